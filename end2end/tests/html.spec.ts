import { expect, test, type APIRequestContext } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { signIn } from './helpers';
import { inLocale, PAGES, SIGNED_IN_PAGES } from './pages';

// The HTML standard's own rules and a whole document's (no style preferences): what the server
// sends must parse without errors. Subresource integrity is asked of cross-origin files only: ours
// are same-origin, named for their content.
const checker = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: { 'require-sri': ['error', { target: 'crossorigin' }] },
});

/** The served HTML of `path` (not the DOM a browser makes of it), checked; problems as lines. */
async function problems(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path);
  const html = await response.text();
  const report = await checker.validateString(html);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

// Conformance does not depend on the screen: one project is enough.
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop');
});

test('every page anyone may open is conforming HTML, left to right and right to left', async ({
  request,
}) => {
  const found: string[] = [];
  for (const { path } of PAGES) {
    for (const locale of ['en', 'ar']) {
      found.push(...(await problems(request, inLocale(path, locale))));
    }
  }
  expect(found).toEqual([]);
});

test('every signed-in page is conforming HTML', async ({ page }) => {
  test.slow();
  const found: string[] = [];
  for (const email of [...new Set(SIGNED_IN_PAGES.map((p) => p.email))]) {
    await signIn(page, email, SIGNED_IN_PAGES.find((p) => p.email === email)!.password);
    for (const { path } of SIGNED_IN_PAGES.filter((p) => p.email === email)) {
      // The page's own request context carries its session cookie.
      found.push(...(await problems(page.request, inLocale(path, 'en'))));
    }
    await page.context().clearCookies();
  }
  expect(found).toEqual([]);
});

test('a page for a visitor carries no idle-warning dialog and loads no wasm', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(r.url());
  });
  await page.goto('/accessibility?lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.locator('dialog')).toHaveCount(0);
  expect(wasm).toEqual([]);
});
