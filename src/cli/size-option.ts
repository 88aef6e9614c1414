import { UsageError } from './usage-error.ts';

/** `1048576`, `512k`, `512KiB`, `2M`, `2MiB` → bytes. */
export function parseSize(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(k|kb|kib|m|mb|mib)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`${option} takes a size such as 1048576, 512k or 2M (got "${value}")`);
  const unit = (match[2] ?? '').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  return Math.floor(Number(match[1]) * factor);
}
