// Runs the build's check in a child process (in-child.ts): what the check held is all given back
// before Astro starts, not kept beside it.
import type { BuildCheck } from './build-check.ts';
import { dataFromParent, reportToProcessParent } from './in-child.ts';

// Listened for before the check's modules load: a message with no listener yet would be lost.
const data = await dataFromParent<BuildCheck>();
const { checkAndHandOver } = await import('./build-check.ts');
await reportToProcessParent((write) => checkAndHandOver(data, write));
