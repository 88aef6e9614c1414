import { EDITIONS, type Edition } from '../lib/editions.ts';
import { UsageError } from './usage-error.ts';

/** `--edition` of a command that serves one edition (serve, start, dev). */
export function editionOption(value: string): Edition {
  if (!EDITIONS.includes(value as Edition)) throw new UsageError(`--edition must be one of ${EDITIONS.join(', ')} (got "${value}")`);
  return value as Edition;
}

/** A port given as text; `source` names where it came from in the error ("--port", "the PORT environment variable"). */
export function portNumber(source: string, value: string | number): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`${source} must be a number from 0 to 65535 (got "${value}")`);
  return port;
}
