// Colors in the report when, and only when, standard output shows them (a terminal, NO_COLOR
// unset, FORCE_COLOR honoured: node:util's styleText decides). A worker thread's stdout is never
// a terminal, so a worker is told what the main thread's stdout does (workerData.colorful).
import { styleText } from 'node:util';
import { isMainThread, workerData } from 'node:worker_threads';
import type { Style } from '../lib/report/human.ts';

/** Whether this thread's standard output shows colors. Main thread only. */
export function stdoutShowsColors(): boolean {
  return styleText('red', 'x', { stream: process.stdout }) !== 'x';
}

const colorful: boolean = isMainThread ? stdoutShowsColors() : Boolean((workerData as { colorful?: boolean } | null)?.colorful);

export const terminalStyle: Style = (format, text) => (colorful ? styleText(format, text, { validateStream: false }) : text);
