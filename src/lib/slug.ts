/** `Children & Teens` → `children-teens`: a category's name in a URL. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'category';
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
