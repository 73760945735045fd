import { expect, test } from '@playwright/test';
import {
  LOCALES,
  openMenu,
  PATIENT_PASSWORD,
  signIn,
  waitForHydration,
} from './helpers';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForHydration(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('landmarks: banner, the navigation named Main, main and contentinfo', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('banner')).toHaveCount(1);
  await openMenu(page);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toBeVisible();
});

test('a link loads the whole page: its title, its heading, and its section marked current', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await expect(page).toHaveTitle('Welcome to Wellspring Health · Wellspring Health');
  await openMenu(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Accessibility' })
    .click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page).toHaveTitle('Accessibility statement · Wellspring Health');
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  await openMenu(page);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accessibility' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('on a phone the header takes at most a fifth of the screen, in every language, signed in or not', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone');
  test.slow();
  const measure = async (what: string) => {
    for (const locale of LOCALES) {
      await page.goto(`/find-a-doctor?lang=${locale}`);
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height, `${what}, ${locale}`).toBeLessThanOrEqual(844 * 0.2);
    }
  };
  await measure('a visitor');
  await signIn(page, 'carer@demo.test', PATIENT_PASSWORD);
  await measure('signed in');
});

test('on a phone the sections open from "Menu", without JavaScript too, with the current one marked', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone');
  await page.goto('/find-a-doctor?lang=en');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  await page.getByText('Menu', { exact: true }).click();
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Find a doctor' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Accessibility' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  await expect(nav).toBeHidden();
});

test('the language chooser is named in the page\'s language and in English, one step away', async ({
  page,
}) => {
  await page.goto('/?lang=vi');
  const chooser = page.getByRole('combobox', { name: 'Ngôn ngữ (Language)', exact: true });
  await expect(chooser).toBeVisible();
  await chooser.selectOption({ label: 'Español' });
  await page.getByRole('button', { name: 'Đổi ngôn ngữ' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('combobox', { name: 'Idioma (Language)', exact: true })).toBeVisible();
});

test('Arabic renders right to left, Spanish is really Spanish', async ({ page }) => {
  await page.goto('/?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Welcome/);
  await page.goto('/?lang=es');
  await expect(page.getByRole('combobox', { name: 'Idioma (Language)', exact: true })).toBeVisible();
});

test('an unknown address answers 404 with a way home', async ({ page }) => {
  const response = await page.goto('/definitely/not/here?lang=en');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('text reflows at 320 CSS pixels without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const locale of ['en', 'vi', 'ar']) {
    await page.goto(`/accessibility?lang=${locale}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, locale).toBeLessThanOrEqual(0);
  }
});
