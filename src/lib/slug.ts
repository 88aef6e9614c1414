/** `Children & Teens` → `children-teens`: a category's name in a URL. */
export function slugify(text: string): string {
  return latinSlug(text) || 'category';
}

/** The text's Latin letters and digits, accents dropped, joined by `-`: empty for a name in another script. */
export function latinSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A unique slug for each category, numbered when two names reduce to the same slug. */
export function categorySlugs(categories: readonly string[]): Map<string, string> {
  const used = new Set<string>();
  const slugs = new Map<string, string>();
  for (const category of categories) {
    const base = slugify(category);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    slugs.set(category, slug);
  }
  return slugs;
}
