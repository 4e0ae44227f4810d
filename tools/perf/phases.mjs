// compile / instantiate / hydrate / effects of one traced cold load (ms, at the trace's CPU rate).
// Start-up is three tasks (instantiate and start, hydrate, first effects: src/start.rs); each is timed.
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
const start = mark('peel:start'), hydrated = mark('peel:hydrated') ?? mark('peel:mounted'), ready = mark('peel:ready');
const taskAt = t => main.find(e => e.name === 'RunTask' && e.ts <= t && e.ts + e.dur >= t);
const [startTask, hydrateTask, readyTask] = [taskAt(start), taskAt(hydrated), taskAt(ready)];
const workers = mine.filter(e => e.tid !== tid && e.ph === 'X' && e.dur);
const lazy = ['wasm.CompileLazy'];
const offThread = workers.filter(e => e.name === 'wasm.ExecuteCompilationUnits').reduce((s,e)=>s+e.dur,0)/1000;
const fcp = mine.find(e => e.name === 'firstContentfulPaint');
const ms = task => task ? task.dur / 1000 : null;
const r = {
  fcp: fcp ? (fcp.ts - t0)/1000 : null,
  streaming_compile_main: sumIn(['v8.wasm.compileConsume','wasm.OnBytesReceived','wasm.FinishStreaming','v8.wasm.compileConsumeDone'], t0, ready),
  compile_off_main_thread: offThread,
  instantiate: sumIn(['wasm.SyncInstantiate'], t0, ready),
  start_task: ms(startTask),
  hydrate_task: ms(hydrateTask),
  hydrate_lazy_compile: hydrateTask ? sumIn(lazy, hydrateTask.ts, hydrateTask.ts + hydrateTask.dur) : null,
  effects_task: readyTask && readyTask !== hydrateTask ? ms(readyTask) : null,
  effects_lazy_compile: readyTask && readyTask !== hydrateTask ? sumIn(lazy, readyTask.ts, readyTask.ts + readyTask.dur) : null,
  ready: (ready - t0)/1000,
  long_tasks_after_fcp_over_50ms: main.filter(e => e.name==='RunTask' && e.dur > 50000 && fcp && e.ts > fcp.ts).map(e => Math.round(e.dur/1000)),
};
console.log(JSON.stringify(r));
