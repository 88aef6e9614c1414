import { fileURLToPath } from 'node:url';

/** The project's folder: Astro runs here, and the content loader names rule files from here. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
