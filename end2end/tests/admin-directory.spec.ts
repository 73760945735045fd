import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  openMenu,
  signIn,
  STAFF_PASSWORD,
  waitForHydration,
} from './helpers';

// The credentialing office keeps locations and providers. Each test adds its own location or
// credential (named for the project and the moment), so both projects can run them side by side.

test('a location: each field says what is wrong and keeps what was typed, then it is added, listed and deactivated', async ({
  page,
}, testInfo) => {
  const name = `Harbor Clinic ${testInfo.project.name} ${Date.now()}`;
  await signIn(page, 'admin@demo.test', STAFF_PASSWORD);
  await openMenu(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Locations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Locations' })).toBeVisible();
  await waitForHydration(page);

  const form = page.getByRole('form', { name: 'Add a location' });
  await form.getByLabel('Street address').fill('1 Water St');
  await form.getByLabel('City').fill('New York');
  await form.getByLabel('ZIP code').fill('10004');
  await form.getByLabel('Licensing jurisdiction').fill('US-NY');
  await form.getByLabel('Phone number').fill('212-555-0199');
  await form.getByLabel('Time zone').fill('America/Atlantis');
  await form.getByLabel('Latitude').fill('40.7033');
  await form.getByLabel('Longitude').fill('-74.0170');
  const monday = form.getByRole('group', { name: 'Monday' });
  await monday.getByLabel('Opens').fill('08:00');
  await monday.getByLabel('Closes').fill('17:00');
  const tuesday = form.getByRole('group', { name: 'Tuesday' });
  await tuesday.getByLabel('Opens').fill('18:00');
  await tuesday.getByLabel('Closes').fill('09:00');
  await form.getByRole('button', { name: 'Add location' }).click();

  // The summary lists every problem; each field names its own; nothing typed is lost.
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: "Enter the location's name." })).toBeVisible();
  await expect(summary.getByRole('link', { name: /We do not know this time zone/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Tuesday: the closing time must be later/ })).toBeVisible();
  await expect(summary).toBeFocused();
  const zone = form.getByLabel('Time zone');
  await expect(zone).toHaveValue('America/Atlantis');
  await expect(zone).toHaveAttribute('aria-invalid', 'true');
  await expect(zone).toHaveAccessibleDescription(/We do not know this time zone/);
  await expect(form.getByLabel('Name', { exact: true })).toHaveAccessibleDescription("Enter the location's name.");
  await expect(form.getByLabel('Street address')).toHaveValue('1 Water St');
  await expect(monday.getByLabel('Opens')).toHaveValue('08:00');
  await expectNoAxeViolations(page);

  // A summary link takes the keyboard to its field.
  await summary.getByRole('link', { name: "Enter the location's name." }).click();
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();

  await form.getByLabel('Name', { exact: true }).fill(name);
  await zone.fill('America/New_York');
  await tuesday.getByLabel('Opens').fill('09:00');
  await tuesday.getByLabel('Closes').fill('18:00');
  await form.getByRole('button', { name: 'Add location' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} was added.` })).toBeVisible();
  await expect(summary).toHaveCount(0);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Active');
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('');

  // Its own page: deactivated, it leaves Find a doctor and stays listed, marked.
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Details and opening hours' }).getByLabel('Time zone')).toHaveValue(
    'America/New_York',
  );
  await page.getByRole('button', { name: 'Deactivate this location' }).click();
  await expect(page.getByRole('button', { name: 'Reactivate this location' })).toBeVisible();
  await expect(page.getByText('This location is deactivated')).toBeVisible();
  await page.getByRole('link', { name: 'Back to all locations' }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Inactive');

  await page.goto('/find-a-doctor?lang=en');
  await expect(page.getByLabel('Location', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Location', { exact: true }).getByRole('option', { name })).toHaveCount(0);
});

test('a credential added to a provider waits for verification on the credentials page', async ({
  page,
}, testInfo) => {
  const number = `E2E-${testInfo.project.name}-${Date.now()}`;
  await signIn(page, 'admin@demo.test', STAFF_PASSWORD);
  await openMenu(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Providers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Providers' })).toBeVisible();
  await waitForHydration(page);
  await page.getByRole('search', { name: 'Search providers' }).getByLabel('Name').fill('Lee');
  await page.getByRole('search', { name: 'Search providers' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/name=Lee/);
  // The list follows the address after it changes: read the first result once it is a Lee.
  const first = page.getByRole('region', { name: 'All providers' }).getByRole('link').first();
  await expect(first).toContainText('Lee');
  const provider = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: provider })).toBeVisible();

  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: 'Licence to practise' });
  await form.getByLabel('Issued by').fill('NYSED');
  await form.getByLabel('Number').fill(number);
  await form.getByLabel('Valid from').fill('2026-01-01');
  await form.getByLabel('Valid until').fill('2030-12-31');
  await form.getByRole('button', { name: 'Add credential' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: /Licences and registrations need a jurisdiction/ })).toBeVisible();
  await expect(form.getByLabel('Number')).toHaveValue(number);

  await form.getByLabel('Where it applies').fill('US-NY');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The credential was saved' })).toBeVisible();
  const listed = page.getByRole('region', { name: 'Credentials', exact: true }).getByRole('row', {
    name: new RegExp(number),
  });
  await expect(listed).toContainText('Being verified');

  await page.getByRole('link', { name: 'Credentials to check' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials to check' })).toBeVisible();
  const pending = page.getByRole('region', { name: 'Waiting for verification' });
  await expect(pending.getByRole('row', { name: new RegExp(number) })).toBeVisible();
});
