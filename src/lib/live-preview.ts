/** Set (to 1) by `rules-clarity dev` for Astro's dev server: its pages may say they are a preview. */
export const LIVE_PREVIEW_ENV = 'RULES_LIVE_PREVIEW';
