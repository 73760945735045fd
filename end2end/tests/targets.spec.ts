import { expect, test, type Page } from '@playwright/test';
import { PATIENT_PASSWORD, signIn } from './helpers';

// On a 390 px phone every link and button a patient can use is at least 44 × 44 CSS px (WCAG 2.5.5
// enhanced target size), menu open or closed.
const VISITOR_PAGES = [
  '/',
  '/sign-in',
  '/sign-up',
  '/forgot-password',
  '/find-a-doctor',
  '/find-a-doctor?language=es&new_patients=yes',
  '/providers/1',
  '/accessibility',
];
const PATIENT_PAGES = [
  '/providers/1/book?location=1',
  '/appointments',
  '/account/security',
  '/account/activity',
];

/** Every visible link, button and disclosure smaller than 44 × 44, named with its size. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, summary, [role="button"]')]
      .filter((el) => (el as HTMLElement).offsetParent !== null || el.tagName === 'SUMMARY')
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 43.5 || box.height < 43.5))
      .map(
        ({ el, box }) =>
          `${location.pathname}: ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

async function check(page: Page, paths: string[]) {
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=en`);
    found.push(...(await smallTargets(page)));
    await page.getByText('Menu', { exact: true }).click();
    found.push(...(await smallTargets(page)));
  }
  expect([...new Set(found)]).toEqual([]);
}

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone');
});

test('every link and button on pages for visitors is a 44 px target on a phone', async ({ page }) => {
  test.slow();
  await check(page, VISITOR_PAGES);
});

test('every link and button on a signed-in patient\'s pages is a 44 px target on a phone', async ({
  page,
}) => {
  test.slow();
  await signIn(page, 'carer@demo.test', PATIENT_PASSWORD);
  await check(page, PATIENT_PAGES);
});
