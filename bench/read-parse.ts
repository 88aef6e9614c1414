// The floor for `check` as a process: a process that only lists, reads (synchronously) and parses
// every rule file of a folder with `yaml`, the least any check must do. Prints how many it parsed.
// Run: node bench/read-parse.ts <policy folder>
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { listPolicyFiles } from '../src/lib/policy-files.ts';

const { files } = await listPolicyFiles(process.argv[2] ?? 'policies');
let parsed = 0;
for (const file of files) if (parseDocument(readFileSync(file, 'utf8')).contents) parsed++;
process.stdout.write(`${parsed}\n`);
