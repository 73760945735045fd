import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  LOCALES,
  PATIENT_PASSWORD,
  signIn,
  waitForHydration,
} from './helpers';

// Every page of the shell, in every locale, at phone and desktop sizes (the two projects).
const PAGES = [
  { path: '/', status: 200 },
  { path: '/accessibility', status: 200 },
  { path: '/no-such-page', status: 404 },
  { path: '/sign-in', status: 200 },
];

for (const locale of LOCALES) {
  for (const { path, status } of PAGES) {
    test(`axe: ${path} in ${locale}`, async ({ page }) => {
      const response = await page.goto(`${path}?lang=${locale}`);
      expect(response?.status()).toBe(status);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await waitForHydration(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  }
}

// Pages behind sign-in, scanned signed in. Carer has no language saved on the account, so
// ?lang= decides, and nobody else's test changes this account.
test('axe: /account/security in every locale', async ({ page }) => {
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
