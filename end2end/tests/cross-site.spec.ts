import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, PATIENT_PASSWORD, signIn } from './helpers';

// A link on another website to a page that records who reads it does not open the page: the
// portal asks first, and its own same-origin link opens it (security finding 13).
test('a link from another website to an appointment asks before opening it', async ({ page, baseURL }) => {
  await signIn(page, 'pat@demo.test', PATIENT_PASSWORD);
  await page.goto('/appointments?lang=en');
  const href = await page.locator('ul.appointments a').first().getAttribute('href');
  expect(href).toMatch(/^\/appointments\/\d+$/);

  // Another website, served by the browser itself: following its link sends
  // `Sec-Fetch-Site: cross-site`.
  await page.route('http://elsewhere.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!DOCTYPE html><html lang="en"><title>Elsewhere</title><a href="${baseURL}${href}?lang=en">Your visit</a></html>`,
    }),
  );
  await page.goto('http://elsewhere.test/');
  await page.getByRole('link', { name: 'Your visit' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Continue to this page?' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Appointment' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: `Continue to ${href}` }).click();
  await expect(page).toHaveURL(new RegExp(`${href}\\?lang=en$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Appointment' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add to calendar (.ics)' })).toBeVisible();
});

test('a link from another website to the directory opens it at once', async ({ page, baseURL }) => {
  await signIn(page, 'pat@demo.test', PATIENT_PASSWORD);
  await page.route('http://elsewhere.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!DOCTYPE html><html lang="en"><title>Elsewhere</title><a href="${baseURL}/find-a-doctor?lang=en">Doctors</a></html>`,
    }),
  );
  await page.goto('http://elsewhere.test/');
  await page.getByRole('link', { name: 'Doctors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Continue to this page?' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/find-a-doctor\?lang=en$/);
});

test('the page that asks first reads right to left in Arabic, and passes axe', async ({ page, baseURL }) => {
  // Alex has no saved language, so the link's ?lang=ar decides (Pat's saved English would win).
  await signIn(page, 'carer@demo.test', PATIENT_PASSWORD);
  await page.route('http://elsewhere.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!DOCTYPE html><html lang="en"><title>Elsewhere</title><a href="${baseURL}/appointments?lang=ar">Visits</a></html>`,
    }),
  );
  await page.goto('http://elsewhere.test/');
  await page.getByRole('link', { name: 'Visits' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Continue to this page?' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
