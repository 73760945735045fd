import { expect, test } from '@playwright/test';
import { waitForHydration } from './helpers';

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
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByLabel('Language')).toBeVisible();
});

test('client-side navigation names the page, focuses its heading and announces it', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await waitForHydration(page);
  await expect(page).toHaveTitle('Welcome to Wellspring Health · Wellspring Health');
  // A marker that a full page load would wipe: proves the router handled the click.
  await page.evaluate(() => ((window as unknown as { spa: boolean }).spa = true));
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Accessibility' })
    .click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page).toHaveTitle('Accessibility statement · Wellspring Health');
  const heading = page.getByRole('heading', { level: 1, name: 'Accessibility statement' });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('Page loaded: Accessibility statement');
  expect(await page.evaluate(() => (window as unknown as { spa?: boolean }).spa)).toBe(true);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accessibility' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('Arabic renders right to left, Spanish is really Spanish', async ({ page }) => {
  await page.goto('/?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Welcome/);
  await page.goto('/?lang=es');
  await expect(page.getByLabel('Idioma')).toBeVisible();
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
