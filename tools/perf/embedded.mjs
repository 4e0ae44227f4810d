// brotli size of each page's embedded data (<script id="page-data">), largest first
import fs from 'node:fs'; import path from 'node:path'; import zlib from 'node:zlib';
const root = process.argv[2]; const out = [];
(function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
  const p = path.join(d, e.name);
  if (e.isDirectory()) { if (e.name !== 'data') walk(p); }
  else if (e.name === 'index.html' || e.name === '404.html') {
    const html = fs.readFileSync(p, 'utf8'); const m = html.match(/<script id="page-data"[^>]*>([\s\S]*?)<\/script>/);
    if (m) out.push([zlib.brotliCompressSync(Buffer.from(m[1]), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length, Buffer.byteLength(m[1]), path.relative(root, p)]);
  } } })(root);
out.sort((a, b) => b[0] - a[0]);
console.log('pages', out.length, 'over 10 KB brotli:', out.filter(r => r[0] > 10240).length);
for (const r of out.slice(0, 6)) console.log(r.join('\t'));
const pick = n => out.find(r => r[2] === n);
for (const n of ['index.html', 'force/northamptonshire/2016/index.html', 'round/2016/index.html', 'force/kent/index.html']) console.log(pick(n)?.join('\t'));
