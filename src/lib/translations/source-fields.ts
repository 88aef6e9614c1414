/** The source-language fields a translation translates. The intent is staff text: not these. */
export const SOURCE_FIELDS = ['title', 'public_wording', 'public_why'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];
