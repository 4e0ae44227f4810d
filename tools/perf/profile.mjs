// Where a cold load's main-thread time goes, by function: samples V8's CPU profiler during one
// load (CPU slowed by the rate given, default 4) and prints the call tree of the page's renderer,
// branches of at least MIN ms. Function names need a wasm built with its name section (README).
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
const [url, rate = 4, min = 5] = [process.argv[2], Number(process.argv[3] ?? 4), Number(process.argv[4] ?? 5)];
const trace = '/tmp/peel-profile-' + process.pid + '.json';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--user-data-dir=/tmp/profile-' + process.pid] });
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.tracing.start({ path: trace, categories: ['devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', { timeout: 30000 });
  await new Promise(r => setTimeout(r, 1000));
  await page.tracing.stop();
} finally {
  await browser.close();
}
const events = JSON.parse(fs.readFileSync(trace)).traceEvents;
fs.unlinkSync(trace);
// Only the renderer that parsed the page: other processes (browser UI) sample too.
const renderer = events.find(e => e.name === 'ParseHTML' && JSON.stringify(e.args).includes(new URL(url).host)).pid;
const nodes = new Map(); const samples = [];
for (const e of events) if (e.name === 'ProfileChunk' && e.pid === renderer) {
  const profile = e.args.data.cpuProfile || {};
  for (const n of profile.nodes || []) nodes.set(e.id + ':' + n.id, { ...n, chunk: e.id });
  const deltas = e.args.data.timeDeltas || [];
  (profile.samples || []).forEach((id, i) => samples.push({ id: e.id + ':' + id, ms: (deltas[i] || 0) / 1000 }));
}
const name = n => (n.callFrame.functionName || n.callFrame.url?.split('/').pop() || '(anonymous)').replace(/::h[0-9a-f]{16}$/, '').slice(0, 160);
const root = { ms: 0, children: new Map() };
for (const s of samples) {
  const path = [];
  for (let n = nodes.get(s.id); n; n = n.parent ? nodes.get(n.chunk + ':' + n.parent) : null) path.unshift(name(n));
  let at = root; at.ms += s.ms;
  for (const p of path) {
    if (!at.children.has(p)) at.children.set(p, { ms: 0, children: new Map() });
    at = at.children.get(p); at.ms += s.ms;
  }
}
(function print(node, depth) {
  for (const [label, child] of [...node.children].filter(([, c]) => c.ms >= min).sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(' '.repeat(depth) + child.ms.toFixed(1).padStart(7) + ' ' + label);
    print(child, depth + 1);
  }
})(root, 0);
