// What a search page transfers for search (Pagefind's script, WebAssembly, index chunks and
// fragments, and the typo word list) and, apart, for everything else. Counted from the browser's
// own network log (compressed bytes on the wire, cache off), from the moment it is started.
import type { Page } from 'playwright-core';
import { VOCABULARY_PATH } from '../src/lib/search/vocabulary.ts';

/** Starts counting on `page`; the returned functions read the bytes counted so far. */
export async function countSearchBytes(page: Page): Promise<{ search: () => number; other: () => number }> {
  const client = await page.context().newCDPSession(page);
  await client.send('Network.enable');
  await client.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  let search = 0;
  let other = 0;
  client.on('Network.responseReceived', (event: { requestId: string; response: { url: string } }) =>
    urls.set(event.requestId, event.response.url),
  );
  client.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
    const url = urls.get(event.requestId) ?? '';
    if (url.includes('/pagefind/') || url.endsWith(VOCABULARY_PATH)) search += event.encodedDataLength;
    else other += event.encodedDataLength;
  });
  return { search: () => search, other: () => other };
}
