import { expect, test } from '@playwright/test';
import { PATIENT_PASSWORD, signIn, STAFF_PASSWORD } from './helpers';

// Runs in the project with JavaScript disabled (once, so one refusal per minute is this test's).
// A patient who opens another patient's appointment sees "not found", and administrators find
// the refusal in the audit log with "Refusals only" (security finding 9). The two patients read
// English (María's saved language is Spanish, and another test changes it meanwhile).
test('a refused appointment is not found for the patient and listed for administrators', async ({ browser }) => {
  const pat = await (await browser.newContext()).newPage();
  await signIn(pat, 'pat@demo.test', PATIENT_PASSWORD);
  await pat.goto('/appointments?lang=en');
  const href = await pat.locator('ul.appointments a').first().getAttribute('href');
  const id = href!.match(/^\/appointments\/(\d+)$/)![1];

  const alex = await (await browser.newContext()).newPage();
  await signIn(alex, 'carer@demo.test', PATIENT_PASSWORD);
  const response = await alex.goto(`/appointments/${id}?lang=en`);
  expect(response!.status()).toBe(404);
  await expect(alex.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin@demo.test', STAFF_PASSWORD);
  await admin.goto('/admin/audit?lang=en');
  await admin.getByLabel('Person (email)').fill('carer@demo.test');
  await admin.getByRole('checkbox', { name: 'Refusals only' }).check();
  await admin.getByRole('button', { name: 'Search' }).click();
  await expect(admin).toHaveURL(/refused=on/);
  await expect(admin.getByRole('checkbox', { name: 'Refusals only' })).toBeChecked();
  // The object's own cell (a row's text runs its cells together: "appointment 1" then patient "1").
  const rows = admin
    .getByRole('row')
    .filter({ has: admin.getByRole('cell', { name: `appointment ${id}`, exact: true }) });
  await expect(rows.first()).toContainText('denied');
  await expect(rows.first()).toContainText('Looked at an appointment');
  // Only refusals are listed: none of Alex's sign-ins, which succeeded.
  await expect(admin.getByRole('cell', { name: 'success', exact: true })).toHaveCount(0);
});
