// Cold load of one page at 4x CPU, traced through the DevTools protocol; writes trace JSON.
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
const [url, out] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--user-data-dir=/tmp/trace-prof-' + process.pid] });
const page = await browser.newPage();
await page.evaluateOnNewDocument(() => {
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      performance.mark('wasm:' + name + ':begin');
      return original.apply(this, args).then(r => { performance.mark('wasm:' + name + ':end'); return r; });
    };
  }
});
const cdp = await page.createCDPSession();
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.tracing.start({ path: out, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline',
  'v8', 'v8.wasm', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel', 'disabled-by-default-v8.compile'] });
await page.goto(url, { waitUntil: 'load' });
await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', { timeout: 30000 });
await new Promise(r => setTimeout(r, 1500));
await page.tracing.stop();
await browser.close();
