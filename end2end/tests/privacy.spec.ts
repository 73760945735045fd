import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectSignedInAs, signIn, STAFF_PASSWORD } from './helpers';

// Personal data never reaches the server's log: unique sentinel values are sent through every
// form that takes personal data, then every line the server wrote is searched for them.
test('no personal data in the server log', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop');
  const log = process.env.SERVER_LOG;
  expect(log, 'SERVER_LOG is set by `cargo xtask test`').toBeTruthy();
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const name = `Qxsentinel${tag}`;
  const email = `sentinel.${tag}@example.test`;
  const birth = '1931-03-17';

  // A failed sign-in with the sentinel email.
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(`wrong ${name}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();

  // A password reset for it.
  await page.goto('/forgot-password?lang=en');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText('If an account uses this address')).toBeVisible();

  // A sign-up attempt with a wrong code.
  await page.goto('/sign-up?lang=en');
  await page.getByLabel('Invitation code').fill('ABCD-EFGH-JKMN');
  await page.getByLabel('Date of birth').fill(birth);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Choose a password').fill(`${name} harbour`);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toBeVisible();

  // Staff: a patient search and a staff invitation with the sentinel name, then the sign-up.
  await signIn(page, 'admin@demo.test', STAFF_PASSWORD);
  await page.goto(`/staff/patients?family_name=${name}&date_of_birth=${birth}&lang=en`);
  await expect(page.getByText('No patient matches')).toBeVisible();
  await page.goto('/admin/staff?lang=en');
  await page.getByLabel('Full name').fill(name);
  await page.getByRole('checkbox', { name: 'care provider' }).check();
  await page.getByRole('button', { name: 'Create invitation code' }).click();
  const issued = page.getByRole('status').filter({ hasText: name });
  const code = (await issued.locator('.code').innerText()).trim();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/sign-up/staff?lang=en');
  await page.getByLabel('Invitation code').fill(code);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Choose a password').fill('quartz meadow lantern sorrel');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectSignedInAs(page, name);

  const written = readFileSync(log!, 'utf8').toLowerCase();
  expect(written.length, 'the server wrote a log').toBeGreaterThan(0);
  for (const value of [name, email, encodeURIComponent(email), birth, tag]) {
    expect(written.includes(value.toLowerCase()), `"${value}" in the server log`).toBe(false);
  }
});
