// Preloaded into a benched process (node --import): when it exits, writes its peak resident
// memory in KB to the file AED_BENCH_RSS_FILE names, and its CPU time in ms (user + system,
// all threads) to AED_BENCH_CPU_FILE's.
import { writeFileSync } from 'node:fs';

const rssFile = process.env.AED_BENCH_RSS_FILE;
const cpuFile = process.env.AED_BENCH_CPU_FILE;
process.on('exit', () => {
  if (rssFile) writeFileSync(rssFile, String(process.resourceUsage().maxRSS));
  if (cpuFile) {
    const { user, system } = process.cpuUsage();
    writeFileSync(cpuFile, String((user + system) / 1000));
  }
});
