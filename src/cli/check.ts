import { parseArgs, styleText } from 'node:util';
import { localToday, loadBook } from '../lib/load-book.ts';
import { formatGithub } from '../lib/report/github.ts';
import { formatHuman, type Style } from '../lib/report/human.ts';
import { formatJson } from '../lib/report/json.ts';
import { summarize } from '../lib/summary.ts';
import { readLines } from '../lib/report/read-lines.ts';
import { parseSize } from './size-option.ts';
import { assertFolder, UsageError } from './usage-error.ts';

export const checkHelp = `Usage: rules-clarity check [options]

Checks every rule in the policy folder and reports each problem as file:line:column.

Options:
  --dir <path>       policy folder to check (default: policies)
  --format <name>    human (default), github (pull-request annotations) or json
  --strict           fail on warnings too
  --today <date>     check review dates against this YYYY-MM-DD instead of today
  --max-file-size <size>  refuse rule files larger than this (default: 1M)
  -h, --help         show this help

Exit code: 0 no errors, 1 errors (or warnings with --strict), 2 wrong usage.
`;

const FORMATS = ['human', 'github', 'json'] as const;

export async function runCheck(args: string[], write: (text: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      dir: { type: 'string', default: 'policies' },
      format: { type: 'string', default: 'human' },
      strict: { type: 'boolean', default: false },
      today: { type: 'string' },
      'max-file-size': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    write(checkHelp);
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
  if (values.today !== undefined && !isRealDate(values.today)) throw new UsageError(`--today must be a real date as YYYY-MM-DD (got "${values.today}")`);
  assertFolder(values.dir);

  const book = await loadBook(values.dir, { today: values.today ?? localToday(), maxFileBytes: parseSize('--max-file-size', values['max-file-size']) });
  const summary = summarize(book);
  if (format === 'json') write(formatJson(book.findings, summary));
  else if (format === 'github') write(formatGithub(book.findings));
  else write(formatHuman(book.findings, summary, readLines, terminalStyle));
  const failing = summary.errors + (values.strict ? summary.warnings : 0);
  return failing > 0 ? 1 : 0;
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

// styleText leaves the text plain when stdout is not a terminal or NO_COLOR is set.
export const terminalStyle: Style = (format, text) => styleText(format, text, { stream: process.stdout });
