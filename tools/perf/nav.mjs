// Warm client navigation between force pages: click to the next painted frame showing the new page.
import puppeteer from 'puppeteer-core';
const [base, rate] = [process.argv[2], Number(process.argv[3] ?? 4)];
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--user-data-dir=/tmp/nav-prof-' + process.pid] });
const page = await browser.newPage();
await page.setViewport({ width: 390, height: 844 });
const cdp = await page.createCDPSession();
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
await page.goto(base + '/force/northamptonshire/2016/', { waitUntil: 'load' });
await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', { timeout: 30000 });
const hop = async (path) => page.evaluate((path) => new Promise((done) => {
  const a = [...document.querySelectorAll('main a, header a')].find(a => a.getAttribute('href') === path);
  if (!a) return done(-1);
  const before = location.pathname;
  const t0 = performance.now();
  const check = () => {
    if (location.pathname === path && !document.querySelector('main p.status') && document.querySelector('main h1')) {
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
    } else requestAnimationFrame(check);
  };
  a.click(); requestAnimationFrame(check);
}), path);
const out = [];
// first visits of other rounds fetch the index and the force file; the hops after are warm
for (const p of ['/force/northamptonshire/2017/', '/force/northamptonshire/2016/', '/force/northamptonshire/2017/', '/force/northamptonshire/2016/', '/force/northamptonshire/2017/'])
  out.push(Math.round(await hop(p)));
console.log(JSON.stringify({ rate, cold_then_warm_ms: out }));
await browser.close();
