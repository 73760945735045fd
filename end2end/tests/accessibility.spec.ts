import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  LOCALES,
  PATIENT_PASSWORD,
  signIn,
  STAFF_PASSWORD,
  waitForHydration,
} from './helpers';
import { PAGES, SIGNED_IN_PAGES } from './pages';

// Every page of the shell (pages.ts), in every locale, at phone and desktop sizes (the two
// projects).
for (const locale of LOCALES) {
  for (const { path, status } of PAGES) {
    test(`axe: ${path} in ${locale}`, async ({ page }) => {
      const separator = path.includes('?') ? '&' : '?';
      const response = await page.goto(`${path}${separator}lang=${locale}`);
      expect(response?.status()).toBe(status);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await waitForHydration(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  }
}

// Pages behind sign-in, scanned signed in.
for (const { path, email, password } of SIGNED_IN_PAGES) {
  test(`axe: ${path} signed in, in every locale`, async ({ page }) => {
    // Five scans or more in one test: axe takes seconds a page on two busy cores.
    test.slow();
    await signIn(page, email, password);
    for (const locale of LOCALES) {
      const separator = path.includes('?') ? '&' : '?';
      await page.goto(`${path}${separator}lang=${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await waitForHydration(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('button', { name: /.+/ }).first()).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test('axe: /account/security with the session list', async ({ page }) => {
  // Five scans or more in one test: axe takes seconds a page on two busy cores.
  test.slow();
  await signIn(page, 'carer@demo.test', PATIENT_PASSWORD);
  for (const locale of LOCALES) {
    await page.goto(`/account/security?lang=${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('list').last()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

// The demo patient's appointment (found as the patient, whose account is in English, then
// scanned as front desk, whose language follows ?lang=) and the booking form.
test('axe: /appointments/{id} and the booking form, in every locale', async ({ page, browser }) => {
  // Five scans or more in one test: axe takes seconds a page on two busy cores.
  test.slow();
  const patient = await (await browser.newContext()).newPage();
  await signIn(patient, 'pat@demo.test', PATIENT_PASSWORD);
  await patient.goto('/appointments?lang=en');
  await patient.getByRole('link', { name: / at \d{1,2}:\d{2} [AP]M/ }).first().click();
  await expect(patient).toHaveURL(/\/appointments\/\d+/);
  const appointment = new URL(patient.url()).pathname;
  await signIn(page, 'desk@demo.test', STAFF_PASSWORD);
  await page.goto('/providers/1/book?location=1&lang=en');
  await page.getByRole('link', { name: /^\d{1,2}:\d{2} [AP]M$/ }).first().click();
  await expect(page).toHaveURL(/start=/);
  const form = new URL(page.url());
  for (const locale of LOCALES) {
    for (const path of [appointment, `${form.pathname}${form.search}`]) {
      const separator = path.includes('?') ? '&' : '?';
      await page.goto(`${path}${separator}lang=${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await waitForHydration(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
  }
});
