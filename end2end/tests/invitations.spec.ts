import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectSignedInAs,
  openMenu,
  signIn,
  STAFF_PASSWORD,
  waitForHydration,
} from './helpers';

test('front desk invites a patient, who joins and sees who looked at their record', async ({
  page,
}, testInfo) => {
  // Uses up Tomás Reyes's invitation: one project only.
  test.skip(testInfo.project.name !== 'desktop');
  await signIn(page, 'admin@demo.test', STAFF_PASSWORD);
  await openMenu(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find a patient' })).toBeVisible();
  await page.getByLabel('Family name').fill('reyes');
  await page.getByLabel('Date of birth').fill('1988-07-22');
  await page.getByRole('button', { name: 'Find patient' }).click();
  await expect(page).toHaveURL(/family_name=reyes&date_of_birth=1988-07-22/);
  await page.getByRole('button', { name: 'Create invitation code for Tomás Reyes' }).click();
  const issued = page.getByRole('status').filter({ hasText: 'Invitation code for Tomás Reyes' });
  await expect(issued).toBeVisible();
  const code = (await issued.locator('.code').innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/sign-up?lang=en');
  await waitForHydration(page);
  await page.getByLabel('Invitation code').fill(code.toLowerCase().replaceAll('-', ' '));
  await page.getByLabel('Date of birth').fill('1988-07-22');
  await page.getByLabel('Email').fill('tomas@example.test');
  await page.getByLabel('Choose a password').fill('tomasreyes1988');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('too easy to guess');
  await expect(page.getByLabel('Invitation code')).not.toHaveValue('');
  await expect(page.getByLabel('Choose a password')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Choose a password').fill('harbor violet compass ninety');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectSignedInAs(page, 'Tomás Reyes');

  await openMenu(page);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Who viewed my record' })
    .click();
  const entries = page.getByRole('list', { name: 'Views and changes of your record' }).getByRole('listitem');
  // Every display of her record to staff is listed: the search, and the list shown again
  // after the code was created. (Robin holds both administrator roles; the one closer to
  // patient care is named.)
  await expect(entries.filter({ hasText: 'Looked up your record' }).first()).toContainText(
    'Robin Chen, system administrator',
  );
  await expect(entries.filter({ hasText: 'Created an invitation code for you' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  // A new account changes its password: the current one is asked again.
  await page.goto('/account/security?lang=en');
  await waitForHydration(page);
  const passwordForm = page.getByRole('region', { name: 'Change your password' });
  await passwordForm.getByLabel('Current password').fill('not my password');
  await passwordForm.getByLabel('Choose a password').fill('lantern orchard velvet rain');
  await passwordForm.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('alert')).toContainText('Your current password is not right');
  await expect(passwordForm.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  // The page came back with the problem; passwords are never sent back, so both are typed again.
  await passwordForm.getByLabel('Current password').fill('harbor violet compass ninety');
  await passwordForm.getByLabel('Choose a password').fill('lantern orchard velvet rain');
  await passwordForm.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Your password was changed');

  // The code was single use.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/sign-up?lang=en');
  await page.getByLabel('Invitation code').fill(code);
  await page.getByLabel('Date of birth').fill('1988-07-22');
  await page.getByLabel('Email').fill('someone-else@example.test');
  await page.getByLabel('Choose a password').fill('harbor violet compass ninety');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('invitation code or date of birth is not right');
});

test('only staff who may invite reach patient look-up', async ({ page }) => {
  await signIn(page, 'carer@demo.test', 'demo-patient-pass');
  await page.goto('/staff/patients?family_name=Rivera&date_of_birth=1941-02-20&lang=en');
  await expect(page.getByText('We could not find that')).toBeVisible();
  await expect(page.getByText('Ruth Rivera')).toHaveCount(0);
});
