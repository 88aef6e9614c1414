import type { Finding } from '../finding.ts';

/**
 * GitHub Actions workflow commands: each finding becomes an inline annotation on the pull request;
 * each note a notice on the run. `pathOf` names a finding's file as the repository does, since
 * GitHub places an annotation by the file's path in the repository, not from where the check ran.
 */
export function formatGithub(
  findings: readonly Finding[],
  notes: readonly string[] = [],
  pathOf: (file: string) => string = (file) => file,
): string {
  const notices = notes.map((note) => `::notice title=rules-clarity check::${data(note)}\n`).join('');
  return findings
    .map((finding) => {
      const properties = [
        `file=${property(pathOf(finding.file))}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        ...(finding.endLine !== undefined ? [`endLine=${finding.endLine}`] : []),
        ...(finding.endColumn !== undefined && finding.endLine === finding.line ? [`endColumn=${finding.endColumn}`] : []),
        `title=${property(`${finding.field || finding.file} (${finding.code})`)}`,
      ];
      const text = `${finding.field ? `${finding.field}: ` : ''}${finding.message}. Fix: ${finding.hint}`;
      return `::${finding.severity} ${properties.join(',')}::${data(text)}\n`;
    })
    .join('')
    .concat(notices);
}

// The escapes GitHub's runner expects (actions/toolkit, command.ts).
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
