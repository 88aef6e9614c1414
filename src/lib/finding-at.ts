import { catalogue, type FindingCode } from './catalogue.ts';
import { fieldName, type Finding } from './finding.ts';
import type { Part, Path, YamlSource } from './yaml-source.ts';

/** A finding about the field at `path` of a parsed file, with the catalogue's severity and hint. */
export function findingAt(source: YamlSource, code: FindingCode, path: Path, part: Part, message: string, hint?: string): Finding {
  const entry = catalogue[code];
  return {
    code,
    severity: entry.severity,
    file: source.file,
    ...source.at(path, part),
    field: fieldName(path),
    message,
    hint: hint ?? entry.hint,
  };
}

/** A finding about a whole file (it cannot be read, is missing, too large): placed at its start. */
export function fileFinding(file: string, code: FindingCode, message: string): Finding {
  const { severity, hint } = catalogue[code];
  return { code, severity, file, line: 1, column: 1, field: '', message, hint };
}
