import { expect, test } from '@playwright/test';

// Runs in the project with JavaScript disabled: the office's forms post, redirect and keep what
// was typed by themselves.

async function signInWithoutScript(page: import('@playwright/test').Page) {
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('Email').fill('admin@demo.test');
  await page.getByLabel('Password').fill('demo-staff-pass');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test('adding, correcting and deactivating a location work without JavaScript', async ({ page }) => {
  const name = `Annex no-js ${Date.now()}`;
  await signInWithoutScript(page);
  await page.goto('/admin/locations?lang=en');
  const form = page.getByRole('form', { name: 'Add a location' });
  await form.getByLabel('Street address').fill('200 Lake St');
  await form.getByLabel('City').fill('Chicago');
  await form.getByLabel('ZIP code').fill('60601');
  await form.getByLabel('Licensing jurisdiction').fill('us-il');
  await form.getByLabel('Phone number').fill('312-555-0142');
  await form.getByLabel('Time zone').fill('Mars/Olympus');
  await form.getByLabel('Latitude').fill('41.886');
  await form.getByLabel('Longitude').fill('-87.624');
  await form.getByRole('group', { name: 'Friday' }).getByLabel('Opens').fill('09:00');
  await form.getByRole('button', { name: 'Add location' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: "Enter the location's name." })).toBeVisible();
  await expect(summary.getByRole('link', { name: /We do not know this time zone/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Friday: enter both the opening and the closing time/ })).toBeVisible();
  await expect(form.getByLabel('Time zone')).toHaveValue('Mars/Olympus');
  await expect(form.getByLabel('Time zone')).toHaveAccessibleDescription(/We do not know this time zone/);
  await expect(form.getByLabel('City')).toHaveValue('Chicago');
  await expect(form.getByRole('group', { name: 'Friday' }).getByLabel('Opens')).toHaveValue('09:00');
  await expect(page).not.toHaveURL(/Mars|Olympus|Chicago/);

  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Time zone').fill('America/Chicago');
  await form.getByRole('group', { name: 'Friday' }).getByLabel('Closes').fill('13:00');
  await form.getByRole('button', { name: 'Add location' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} was added.` })).toBeVisible();
  await page.getByRole('row', { name: new RegExp(name) }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByLabel('Licensing jurisdiction')).toHaveValue('US-IL');
  await page.getByRole('button', { name: 'Deactivate this location' }).click();
  await expect(page.getByRole('button', { name: 'Reactivate this location' })).toBeVisible();
});

test('adding a credential works without JavaScript and keeps what was typed', async ({ page }) => {
  const number = `NOJS-${Date.now()}`;
  await signInWithoutScript(page);
  await page.goto('/admin/providers/1?lang=en');
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: 'Board certification' });
  await form.getByLabel('Number').fill(number);
  await form.getByLabel('Valid from').fill('2026-03-01');
  await form.getByLabel('Valid until').fill('2026-02-01');
  await form.getByRole('button', { name: 'Add credential' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: 'Enter who issued the credential.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'The end date cannot be before the start date.' })).toBeVisible();
  await expect(form.getByLabel('Number')).toHaveValue(number);
  await expect(form.getByLabel('Credential')).toHaveValue('board_certification');

  await form.getByLabel('Issued by').fill('ABIM');
  await form.getByLabel('Valid until').fill('2031-02-01');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The credential was saved' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Credentials', exact: true }).getByRole('row', { name: new RegExp(number) }),
  ).toContainText('Being verified');
});
