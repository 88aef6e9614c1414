// The public edition of a generated book in three languages (en, es, ar; every rule translated)
// next to the same book in one language, built in the same run: Astro build and Pagefind times,
// pages, index size, and the bytes a first search transfers in Chromium (English on the
// one-language site; English and Spanish on the three-language one). The ratios are the figures.
// Run: npm run bench:languages [-- 1000]
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeSearchVocabulary } from '../src/cli/search-vocabulary.ts';
import { astroBuild, pagefindIndex } from '../src/cli/site-steps.ts';
import { serveStatic } from '../src/server/static-server.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { generateBook } from './generate-book.ts';
import { countSearchBytes } from './search-bytes.ts';

const count = Number(process.argv[2] ?? 1_000);

interface Built {
  label: string;
  out: string;
  astro: number;
  pagefind: number;
  pages: number;
  indexBytes: number;
}

async function build(label: string, languages: string[]): Promise<Built> {
  const policies = resolve(await generateBook(`bench/out/languages-book-${label}`, count, { languages }));
  const out = resolve(`bench/out/languages-site-${label}`);
  const cache = resolve(`bench/out/languages-cache-${label}`);
  // A clean start, so neither build profits from a cache of an earlier run.
  for (const folder of [out, cache]) await rm(folder, { recursive: true, force: true });
  const astro = astroBuild({ edition: 'public', dir: policies, out, env: { RULES_CACHE_DIR: cache } });
  if (!astro.ok) throw new Error(astro.output);
  const pagefind = await pagefindIndex(out);
  if (!pagefind.ok || !pagefind.files) throw new Error(pagefind.output);
  writeSearchVocabulary(out, pagefind.files);
  let indexBytes = 0;
  for (const name of (await readdir(join(out, 'pagefind'), { recursive: true })) as string[]) {
    const info = await stat(join(out, 'pagefind', name));
    if (info.isFile()) indexBytes += info.size;
  }
  return { label, out, astro: astro.seconds, pagefind: pagefind.seconds, pages: pagefind.pages ?? 0, indexBytes };
}

/** Bytes the search page transfers for Pagefind and the word list, from load to the first results of `query`. */
async function firstSearchBytes(site: string, path: string, query: string): Promise<{ bytes: number; results: number }> {
  const server = await serveStatic(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const { search: searchBytes } = await countSearchBytes(page);
    await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    await page.waitForSelector('body[data-search-ready="true"]');
    await page.fill('#q', query);
    await page.waitForSelector('body[data-search="done"]');
    await page.waitForTimeout(300); // let stragglers finish so the byte count is complete
    const results = await page.locator('#results li').count();
    return { bytes: searchBytes(), results };
  } finally {
    await browser.close();
    await server.close();
  }
}

const one = await build('1', ['en']);
const three = await build('3', ['en', 'es', 'ar']);
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
for (const site of [one, three])
  console.log(
    `${count} rules, ${site.label} language(s): astro ${site.astro.toFixed(1)} s | pagefind ${site.pagefind.toFixed(1)} s (${site.pages} pages) | index ${kB(site.indexBytes)}`,
  );
const searchOne = await firstSearchBytes(one.out, '/search/', 'printing');
const searchThreeEn = await firstSearchBytes(three.out, '/search/', 'printing');
const searchThreeEs = await firstSearchBytes(three.out, '/es/search/', 'impresión');
console.log(`first search, 1 language (en "printing"): ${kB(searchOne.bytes)}, ${searchOne.results} results`);
console.log(`first search, 3 languages (en "printing"): ${kB(searchThreeEn.bytes)}, ${searchThreeEn.results} results`);
console.log(`first search, 3 languages (es "impresión"): ${kB(searchThreeEs.bytes)}, ${searchThreeEs.results} results`);
console.log('\nRatios, 3 languages over 1 (same run)');
console.log(`build (astro + pagefind): ${((three.astro + three.pagefind) / (one.astro + one.pagefind)).toFixed(2)}×`);
console.log(
  `astro ${(three.astro / one.astro).toFixed(2)}×, pagefind ${(three.pagefind / one.pagefind).toFixed(2)}×, index ${(three.indexBytes / one.indexBytes).toFixed(2)}×`,
);
console.log(
  `first-search transfer: en ${(searchThreeEn.bytes / searchOne.bytes).toFixed(2)}×, es ${(searchThreeEs.bytes / searchOne.bytes).toFixed(2)}× (each language loads only its own index)`,
);
