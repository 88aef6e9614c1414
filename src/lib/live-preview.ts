/**
 * Set by `rules-clarity dev` for Astro's dev server, to the command that builds and serves the
 * book it previews (\`npm start -- --dir …\`): its pages may say they are a preview, and what to
 * run for what a preview cannot do.
 */
export const LIVE_PREVIEW_ENV = 'RULES_LIVE_PREVIEW';

/** The command a preview's pages name for a built site, or undefined outside the live preview. */
export function livePreviewStart(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[LIVE_PREVIEW_ENV] || undefined;
}
