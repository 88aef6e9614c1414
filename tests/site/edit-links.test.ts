// A staff member who spots an out-of-date rule: with `repository` set (the prefixed book), the rule
// page offers to edit its file or suggest a change; without it (the sample book), nothing.
import { describe, expect, inject, it } from 'vitest';
import { openAt, useBrowser } from '../helpers/browser.ts';
import { PREFIXED_BRANCH } from '../setup/built-site.ts';

const browserOf = useBrowser();

describe('edit and suggest links on a staff rule page', () => {
  it('with `repository`, "Edit this rule on GitHub" opens the rule file on the default branch, and "Suggest a change" a filled-in issue', async () => {
    const page = await openAt(browserOf(), inject('prefixedStaffUrl'), 'rules/phone-calls/');
    const edit = await page.getByRole('link', { name: 'Edit this rule on GitHub' }).getAttribute('href');
    // The book lives in tests/.tmp/prefixed-book of this repository: that is the file's path there.
    expect(edit).toBe(
      `https://github.com/riverside-library/rules/edit/${PREFIXED_BRANCH}/tests/.tmp/prefixed-book/spaces/phone-calls.yaml`,
    );
    const suggest = new URL((await page.getByRole('link', { name: 'Suggest a change' }).getAttribute('href'))!);
    expect(suggest.origin + suggest.pathname).toBe('https://github.com/riverside-library/rules/issues/new');
    expect(suggest.searchParams.get('title')).toBe('Suggestion for "Phone calls in reading rooms" (phone-calls)');
    expect(suggest.searchParams.get('body')).toContain('Id: phone-calls\nFile: tests/.tmp/prefixed-book/spaces/phone-calls.yaml\n');
    // Both stay off paper: a printed rule page is read away from a screen.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.repository-links').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('without `repository`, no rule page links to a repository', async () => {
    const page = await openAt(browserOf(), inject('staffUrl'), '/rules/phone-calls/');
    await expect(page.locator('.repository-links').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Suggest a change' }).count()).resolves.toBe(0);
    await page.close();
  });
});
