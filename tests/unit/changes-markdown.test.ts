import { expect, it } from 'vitest';
import { inline } from '../../src/lib/changes/markdown.ts';

it('makes rule text inert in a pull-request comment: no HTML, tables, links or @mentions', () => {
  expect(inline('<img src=x onerror=alert(1)> | [a](http://x) @library/director see https://evil.example or www.evil.example'))
    .toBe('&lt;img src=x onerror=alert\\(1\\)\\> \\| \\[a\\]\\(http&#58;//x\\) &#64;library/director see https&#58;//evil.example or www&#46;evil.example');
});
