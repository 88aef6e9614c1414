// Signs on the wall: with `public_url` set (the prefixed book), each carries a QR code to the
// rule's public page and its address in print; a phone's scanner must read it, so the test
// rasterizes the sign's own SVG in Chromium and decodes it with a QR decoder (jsQR).
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openAt, pdfPageCount, useBrowser } from '../helpers/browser.ts';
import { PREFIXED_PUBLIC_URL } from '../setup/built-site.ts';

const browserOf = useBrowser();
const prefixedStaff = () => inject('prefixedStaffUrl');

/** Draws the QR code's SVG, as the page holds it, on a canvas and gives the pixels (white behind). */
async function qrPixels(page: Page, size = 246, nth = 0): Promise<{ data: Uint8ClampedArray; size: number }> {
  const pixels = await page
    .locator('.sign__qr-code svg')
    .nth(nth)
    .evaluate(async (svg, side) => {
      const image = new Image();
      image.src = `data:image/svg+xml;base64,${btoa(new XMLSerializer().serializeToString(svg))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = side;
      canvas.height = side;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, side, side);
      context.drawImage(image, 0, 0, side, side);
      // As one string of bytes: an array of numbers this long is slow to pass out of the page.
      const rgba = context.getImageData(0, 0, side, side).data;
      let gray = '';
      for (let index = 0; index < rgba.length; index += 4) gray += String.fromCharCode(rgba[index]!);
      return gray;
    }, size);
  // Gray back to RGBA, as the decoder reads it.
  const data = new Uint8ClampedArray(size * size * 4);
  for (let index = 0; index < size * size; index += 1) {
    const value = pixels.charCodeAt(index);
    data.set([value, value, value, 255], index * 4);
  }
  return { data, size };
}

describe('a QR code on each sign, when public_url is set', () => {
  it('a bilingual sign has one for each language, to the page in it, said in it (found by a new-user trial)', async () => {
    const page = await openAt(browserOf(), prefixedStaff(), 'signs/phone-calls/en-es/');
    const scanned = [];
    for (const nth of [0, 1]) {
      const { data, size } = await qrPixels(page, 246, nth);
      scanned.push(jsQR(data, size, size)?.data);
    }
    expect(scanned).toEqual([`${PREFIXED_PUBLIC_URL}rules/phone-calls/`, `${PREFIXED_PUBLIC_URL}es/rules/phone-calls/`]);
    const captions = await page.locator('.sign__qr').evaluateAll((blocks) => blocks.map((block) => block.getAttribute('lang')));
    expect(captions).toEqual(['en', 'es']);
    await expect(page.locator('.sign__qr-text').nth(1).innerText()).resolves.toMatch(/example\.github\.io\/rules\/es\/rules\/phone-calls$/);
    await page.emulateMedia({ media: 'print' });
    expect(pdfPageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.close();
  });

  it.each(['late-fees', 'phone-calls', 'children-at-closing'])('the %s sign scans to the rule’s public page', async (id) => {
    const page = await openAt(browserOf(), prefixedStaff(), `signs/${id}/`);
    const { data, size } = await qrPixels(page);
    const decoded = jsQR(data, size, size);
    expect(decoded?.data).toBe(`${PREFIXED_PUBLIC_URL}rules/${id}/`);
    // People without a camera type the address printed beside the code.
    await expect(page.locator('.sign__qr-address').textContent()).resolves.toBe(`example.github.io/rules/rules/${id}`);
    // As the sign reads: a space before the address (it printed as "or go toexample.github.io"; found by a new-user trial).
    await expect(page.locator('.sign__qr-text').innerText()).resolves.toMatch(/or go to example\.github\.io\/rules\/rules\//);
    await page.close();
  });

  it('the printed address wraps only after a slash or a dot, never at the hyphen of an id (found by a new-user trial)', async () => {
    const page = await openAt(browserOf(), prefixedStaff(), 'signs/children-at-closing/');
    // A phone-narrow window, where the address cannot fit one line.
    await page.setViewportSize({ width: 300, height: 800 });
    const lines = await page.locator('.sign__qr-address').evaluate((address) => {
      const lineOf = new Map<number, string>();
      // The runs between break points: after a slash, or after a dot of the host.
      for (const piece of address.querySelectorAll('span.sign__qr-part')) {
        const tops = new Set([...piece.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size !== 1) return [`split: ${piece.textContent}`];
        const top = [...tops][0]!;
        lineOf.set(top, (lineOf.get(top) ?? '') + piece.textContent);
      }
      return [...lineOf.values()];
    });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(`example.github.io/rules/rules/children-at-closing`);
    expect(lines.at(-1)).toBe('children-at-closing');
    await page.close();
  });

  it('an Arabic sign prints the address left to right, as it is typed (found by a desk trial)', async () => {
    for (const path of ['signs/phone-calls/ar/', 'signs/phone-calls/en-ar/']) {
      const page = await openAt(browserOf(), prefixedStaff(), path);
      // Its pieces from left to right on the sheet, each line in turn: in the Arabic sentence
      // they had been laid out right to left ("…/io" first).
      const shown = await page
        .locator('.sign__qr-address')
        .last()
        .evaluate((address) =>
          [...address.querySelectorAll('span.sign__qr-part')]
            .map((part) => ({ text: part.textContent!, box: part.getBoundingClientRect() }))
            .sort((a, b) => Math.round(a.box.top) - Math.round(b.box.top) || a.box.left - b.box.left)
            .map((part) => part.text)
            .join(''),
        );
      expect(shown, path).toBe('example.github.io/rules/ar/rules/phone-calls');
      await page.close();
    }
  });

  it('a sign page fits a 320 px phone, its address and all (found by a desk trial)', async () => {
    for (const path of ['signs/children-at-closing/', 'signs/category/spaces/']) {
      const page = await openAt(browserOf(), prefixedStaff(), path, { width: 320, height: 568 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('the decoder does read pixels: a blank square decodes to nothing', async () => {
    const size = 330;
    expect(jsQR(new Uint8ClampedArray(size * size * 4).fill(255), size, size)).toBeNull();
  });

  it('the public page it opens exists in the public edition built for that address', async () => {
    const response = await fetch(new URL('rules/late-fees/', inject('prefixedPublicUrl')));
    expect(response.status).toBe(200);
  });

  it('a sign with its QR code still prints on exactly one sheet of Letter and of A4', async () => {
    const page = await openAt(browserOf(), prefixedStaff(), 'signs/late-fees/');
    expect(pdfPageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.close();
  });

  it('no sign of any topic is cut off by its QR code: the code and its address fit inside the printed sign', async () => {
    // A4's printable width (210 − 2 × 12 mm), the narrower of the two papers: the most lines.
    const page = await openAt(browserOf(), prefixedStaff(), 'signs/', { width: Math.floor((186 / 25.4) * 96), height: 1000 });
    const topics = await page
      .locator('main a[href*="/signs/category/"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(topics.length).toBeGreaterThan(0);
    let signs = 0;
    for (const topic of topics) {
      await page.goto(topic);
      await page.emulateMedia({ media: 'print' });
      const overflowing = await page.locator('.sign').evaluateAll((all) =>
        all
          .filter((sign) => {
            const bottom = sign.getBoundingClientRect().bottom - parseFloat(getComputedStyle(sign).paddingBottom);
            const qr = sign.querySelector('.sign__qr');
            return !qr || qr.getBoundingClientRect().bottom > bottom + 0.5 || sign.scrollHeight > sign.clientHeight + 1;
          })
          .map((sign) => sign.getAttribute('aria-label')),
      );
      expect(overflowing, topic).toEqual([]);
      signs += await page.locator('.sign').count();
      await page.emulateMedia({ media: 'screen' });
    }
    expect(signs).toBeGreaterThan(40);
    await page.close();
  });

  it('a bilingual sign names each code in its half’s language, and breaks an address too long for its half after a dot or a slash, never inside a word (found by an accessibility audit)', async () => {
    const page = await openAt(browserOf(), prefixedStaff(), 'signs/phone-calls/en-ar/');
    const names = await page.locator('.sign__qr-code').evaluateAll((codes) => codes.map((code) => code.getAttribute('aria-label')));
    expect(names).toEqual([
      'QR code that opens example.github.io/rules/rules/phone-calls',
      'رمز QR يفتح example.github.io/rules/ar/rules/phone-calls',
    ]);
    // Each run of letters between break points that fits a line stays on one, at any width of the half.
    const brokenWords = () =>
      page.locator('.sign__qr-address').evaluateAll((addresses) =>
        addresses.flatMap((address) => {
          const room = address.closest('.sign__qr-text')!.clientWidth;
          const walker = document.createTreeWalker(address, NodeFilter.SHOW_TEXT);
          const parts: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size < 2) continue;
            // Split: wrongly, unless the run alone is wider than its line.
            const whole = document.createElement('span');
            whole.style.whiteSpace = 'nowrap';
            whole.textContent = node.textContent;
            address.append(whole);
            if (whole.getBoundingClientRect().width <= room) parts.push(node.textContent ?? '');
            whole.remove();
          }
          return parts;
        }),
      );
    for (let width = 320; width <= 960; width += 40) {
      await page.setViewportSize({ width, height: 900 });
      expect(await brokenWords(), `${width} px`).toEqual([]);
    }
    await page.close();
  });

  it("a bilingual sheet prints each code at least 2 cm wide, and no address past the sign's edge (found by a new-user trial)", async () => {
    const page = await openAt(browserOf(), prefixedStaff(), 'signs/category/spaces/en-es/', {
      width: Math.floor((186 / 25.4) * 96),
      height: 1000,
    });
    await page.emulateMedia({ media: 'print' });
    const signs = await page.locator('.sign').evaluateAll((all) =>
      all.map((sign) => {
        const right = sign.getBoundingClientRect().right;
        return {
          codes: [...sign.querySelectorAll('.sign__qr-code')].map((code) => (code.getBoundingClientRect().width * 25.4) / 96),
          past: [...sign.querySelectorAll('.sign__qr-text, .sign__qr-piece')].some(
            (text) => text.getBoundingClientRect().right > right + 0.5,
          ),
        };
      }),
    );
    expect(signs.length).toBeGreaterThan(3);
    for (const sign of signs) {
      expect(sign.codes).toHaveLength(2);
      // 26 mm with its quiet zone of 4 modules each side: the code itself a little over 2 cm.
      for (const width of sign.codes) expect(width).toBeGreaterThanOrEqual(25.9);
      expect(sign.past).toBe(false);
    }
    await page.close();
  });

  it('the sign page with its QR code has no axe violations', async () => {
    const page = await openAt(browserOf(), prefixedStaff(), 'signs/late-fees/', undefined, { axe: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('without public_url', () => {
  it('a sign has no QR code and no address', async () => {
    const page = await openAt(browserOf(), inject('staffUrl'), '/signs/late-fees/');
    await expect(page.locator('.sign').count()).resolves.toBe(1);
    await expect(page.locator('.sign__qr, .sign svg').count()).resolves.toBe(0);
    await expect(page.locator('.sign').textContent()).resolves.not.toMatch(/https?:|\/rules\/|scan/i);
    await page.close();
  });
});

describe('every sign, in every language, on A4', () => {
  it('prints its whole text inside the sheet: none is cut off at its foot (found by an accessibility audit: Spanish signs lost their last lines)', async () => {
    // A4's printable width (210 − 2 × 12 mm), the narrower of the two papers: the most lines.
    const page = await openAt(browserOf(), inject('staffUrl'), 'signs/', { width: Math.floor((186 / 25.4) * 96), height: 1000 });
    const sheets = await page
      .locator('main a[href*="/signs/category/"]')
      .evaluateAll((links) => [...new Set(links.map((link) => (link as HTMLAnchorElement).href))]);
    expect(sheets.some((sheet) => sheet.endsWith('/es/'))).toBe(true);
    let signs = 0;
    for (const sheet of sheets) {
      await page.goto(sheet);
      await page.emulateMedia({ media: 'print' });
      const cut = await page
        .locator('.sign')
        .evaluateAll((all) =>
          all.filter((sign) => sign.scrollHeight > sign.clientHeight + 1).map((sign) => sign.getAttribute('aria-label')),
        );
      expect(cut, sheet).toEqual([]);
      signs += await page.locator('.sign').count();
      await page.emulateMedia({ media: 'screen' });
    }
    expect(signs).toBeGreaterThan(100);
    await page.close();
  });
});
