import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Finding } from '../finding.ts';
import type { InputFile } from '../load-book.ts';
import { schemaFindings } from '../schema-findings.ts';
import { validateRule } from '../schemas.ts';
import { parseYamlFile } from '../yaml-source.ts';
import { guessFromData, guessFromText, type Guess } from './guess.ts';

/** A rule file that reads as a rule: it parses and passes the schema. */
export interface ReadableRule {
  readable: true;
  file: string;
  id: string;
  data: Record<string, unknown>;
}

/** A rule file that does not: why, and what could still be told about it. */
export interface UnreadableRule {
  readable: false;
  file: string;
  /** The `id:` it seems to have, or its file name. */
  id: string;
  /** The first problem, as `line N: field: message`. */
  problem: string;
  guess: Guess;
  /**
   * Of the bytes, so that a file left as it was (as unreadable before as after) is not reported;
   * absent when the file could not be opened.
   */
  digest?: string;
}

export type SnapshotEntry = ReadableRule | UnreadableRule;

/** One side of a comparison: every rule file, readable or not, in file order. */
export type Snapshot = SnapshotEntry[];

/**
 * Reads each file as the check would. A file that does not read as a rule is kept, as unreadable,
 * so that a slip in an edit is never taken for a rule that was removed or added. `problems` are
 * files that could not even be opened (from readPolicyFolder).
 */
export function snapshotOf(files: readonly InputFile[], problems: readonly Finding[] = []): Snapshot {
  const snapshot: Snapshot = [];
  for (const input of files) {
    const { source, findings } = parseYamlFile(input.file, input.bytes);
    if (findings.length > 0) {
      const guess = guessFromText(Buffer.from(input.bytes).toString('utf8'));
      snapshot.push({ ...unreadable(input.file, findings, guess), digest: digest(input.bytes) });
    } else if (validateRule(source.data)) {
      const data = source.data as unknown as Record<string, unknown>;
      snapshot.push({ readable: true, file: input.file, id: source.data.id, data });
    } else {
      const schemaProblems = schemaFindings(source, validateRule.errors ?? [], 'a rule');
      snapshot.push({ ...unreadable(input.file, schemaProblems, guessFromData(source.data)), digest: digest(input.bytes) });
    }
  }
  for (const problem of problems) {
    snapshot.push({
      readable: false,
      file: problem.file,
      id: basename(problem.file, extname(problem.file)),
      problem: problem.message,
      guess: {},
    });
  }
  return snapshot;
}

function unreadable(file: string, findings: readonly Finding[], guess: Guess): UnreadableRule {
  const problem = findings.length === 0 ? 'it does not read as a rule' : firstProblem(findings);
  return { readable: false, file, id: guess.id ?? basename(file, extname(file)), problem, guess };
}

/** The first of a file's problems as a report line: `line N: field: message (and 2 more problems)`. */
export function firstProblem(findings: readonly Finding[]): string {
  const first = findings[0];
  if (first === undefined) return '';
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more ${findings.length === 2 ? 'problem' : 'problems'})` : '';
  const field = first.field ? `${first.field}: ` : '';
  return `line ${first.line}: ${field}${first.message}${more}`;
}

function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
