// Preloaded (`node --import`) into a process the bench times from outside (the `briefbot` bin):
// at exit, its peak RSS and CPU time go to the file BENCH_USAGE_FILE names.
import fs from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  const file = process.env.BENCH_USAGE_FILE;
  if (file)
    fs.writeFileSync(
      file,
      JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }),
    );
});
