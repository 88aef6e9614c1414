// A misspelt option gets the option meant, as git and npm say it, in one line with exit code 2.
import { describe, expect, it } from 'vitest';
import { nearestOption } from '../../src/cli/parse-options.ts';
import { runCli } from '../helpers/run-cli.ts';

describe('a misspelt option', () => {
  it('names the nearest option of the command, within two edits', () => {
    expect(nearestOption('--strcit', ['dir', 'format', 'strict'])).toBe('strict');
    expect(nearestOption('--formt=json', ['dir', 'format', 'strict'])).toBe('format');
    expect(nearestOption('--out', ['dir', 'format', 'strict'])).toBeUndefined();
  });

  it('is said in one line, with the option meant, by check (in its worker) and by build', () => {
    const check = runCli(['check', '--strcit']);
    expect(check.status).toBe(2);
    expect(check.stderr.trim()).toBe("rules-clarity: Unknown option '--strcit'. Did you mean --strict?");
    const build = runCli(['build', '--timngs']);
    expect(build.status).toBe(2);
    expect(build.stderr.trim()).toBe("rules-clarity: Unknown option '--timngs'. Did you mean --timings?");
    // Nothing near: parseArgs' own words.
    expect(runCli(['check', '--zzzzzz']).stderr).toContain("Unknown option '--zzzzzz'");
  });
});
