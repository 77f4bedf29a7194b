/** Preloaded with `node --import` when /usr/bin/time is missing: report the process's peak RSS (kB) on exit. */
process.on('exit', () => {
  process.stderr.write(`\nSIAP_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
