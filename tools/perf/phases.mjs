// compile / instantiate / hydrate / effects of one traced cold load (ms, at the trace's CPU rate)
import fs from 'node:fs';
const t = JSON.parse(fs.readFileSync(process.argv[2]));
const ev = t.traceEvents ?? t;
const pe = ev.find(e => e.name === 'ParseHTML' && JSON.stringify(e.args).includes('127.0.0.1'));
const pid = pe.pid, tid = pe.tid;
const mine = ev.filter(e => e.pid === pid);
const main = mine.filter(e => e.tid === tid && e.ph === 'X' && e.dur).sort((a,b)=>a.ts-b.ts);
const nav = mine.filter(e => e.name === 'navigationStart').sort((a,b)=>a.ts-b.ts).find(e => JSON.stringify(e.args).includes('127.0.0.1')) ?? mine.find(e=>e.name==='navigationStart');
const t0 = nav.ts;
const mark = n => { const m = mine.find(e => e.name === n && (e.cat||'').includes('user_timing')); return m ? m.ts : null; };
const sumIn = (names, a, b, thread = main) => thread.filter(e => names.includes(e.name) && e.ts >= a && e.ts < b).reduce((s, e) => s + e.dur, 0) / 1000;
const start = mark('peel:start'), hydrated = mark('peel:hydrated') ?? mark('peel:mounted');
const task = main.find(e => e.name === 'RunTask' && e.ts <= start && e.ts + e.dur >= start);
const end = task.ts + task.dur;
const workers = mine.filter(e => e.tid !== tid && e.ph === 'X' && e.dur);
const lazy = ['wasm.CompileLazy'];
const offThread = workers.filter(e => e.name === 'wasm.ExecuteCompilationUnits').reduce((s,e)=>s+e.dur,0)/1000;
const fcp = mine.find(e => e.name === 'firstContentfulPaint');
const r = {
  fcp: fcp ? (fcp.ts - t0)/1000 : null,
  streaming_compile_main: sumIn(['v8.wasm.compileConsume','wasm.OnBytesReceived','wasm.FinishStreaming','v8.wasm.compileConsumeDone'], t0, end),
  compile_off_main_thread: offThread,
  instantiate: sumIn(['wasm.SyncInstantiate'], t0, end),
  long_task_start: (task.ts - t0)/1000,
  long_task: task.dur/1000,
  before_start: (start - task.ts)/1000,
  hydrate: (hydrated - start)/1000,
  hydrate_lazy_compile: sumIn(lazy, start, hydrated),
  effects: (end - hydrated)/1000,
  effects_lazy_compile: sumIn(lazy, hydrated, end),
  ready: (mark('peel:ready') - t0)/1000,
  long_tasks_after_fcp_over_50ms: main.filter(e => e.name==='RunTask' && e.dur > 50000 && fcp && e.ts > fcp.ts).map(e => Math.round(e.dur/1000)),
};
console.log(JSON.stringify(r));
