// Preloaded into a benched process (node --import): writes its peak resident memory, in KB,
// to the file AED_BENCH_RSS_FILE names, when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.AED_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
