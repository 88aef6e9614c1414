// Runs a rules-clarity command in this process, then prints its peak memory (maximum resident set
// size, in kB) on stderr as `max-rss-kb <n>`. Run: node bench/max-rss.ts <rules-clarity.ts> check …
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [cli] = process.argv.splice(2, 1);
process.on('exit', () => process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(resolve(cli ?? 'src/cli/rules-clarity.ts')).href);
