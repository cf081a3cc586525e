// Preloaded into every Node process of a measured command (NODE_OPTIONS=--require): at exit,
// appends one JSON line with this process's CPU time and peak RSS to $MATIH_BENCH_USAGE.
'use strict';
const fs = require('node:fs');
const file = process.env.MATIH_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const line = {
      pid: process.pid,
      script: process.argv[1] || '',
      cpuUs: usage.userCPUTime + usage.systemCPUTime,
      maxRssKb: usage.maxRSS,
    };
    try {
      fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
    } catch {
      // the bench reports missing figures; never fail the measured command
    }
  });
}
