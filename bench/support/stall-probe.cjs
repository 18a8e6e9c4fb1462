/**
 * Preloaded into a process under test (`node --require bench/support/stall-probe.cjs ...`): once a
 * second it writes to stderr the longest event-loop delay and the garbage collector's pauses of
 * that second, so a bench can line its slow sends up with the server's stalls. On SIGUSR2 it
 * collects garbage (with --expose-gc) and writes the heap in use and the RSS, so a bench can
 * measure what held connections cost without the garbage not yet collected. Plain CommonJS
 * because the built app runs under plain node.
 */
const { monitorEventLoopDelay, PerformanceObserver, performance } = require('node:perf_hooks');
const process = require('node:process');
const { setInterval } = require('node:timers');

const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
let gcMs = 0;
let gcMaxMs = 0;
let gcMajorMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    gcMaxMs = Math.max(gcMaxMs, entry.duration);
    // NODE_PERFORMANCE_GC_MAJOR (mark-compact)
    if (entry.detail && entry.detail.kind === 4) gcMajorMs += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

setInterval(() => {
  const at = Math.round(performance.timeOrigin + performance.now());
  process.stderr.write(`stall-probe ${at} ${(loop.max / 1e6).toFixed(1)} ${gcMs.toFixed(1)} ${gcMaxMs.toFixed(1)} ${gcMajorMs.toFixed(1)}\n`);
  loop.reset();
  gcMs = 0;
  gcMaxMs = 0;
  gcMajorMs = 0;
}, 1000).unref();

process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') global.gc();
  const { heapUsed, rss } = process.memoryUsage();
  process.stderr.write(`stall-probe-memory ${heapUsed} ${rss}\n`);
});
