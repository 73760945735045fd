import { expect, test } from '@playwright/test';
import { staffJoinsWithTwoStepVerification } from './staff-two-factor';
import { expectSignedInAs, openMenu, PATIENT_PASSWORD, signIn } from './helpers';

// Runs in the project with JavaScript disabled: the server-rendered pages must work alone.

test('the language chooser switches language without JavaScript and remembers it', async ({
  page,
}) => {
  await page.goto('/accessibility?lang=en');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Español' });
  await page.getByRole('button', { name: 'Change language' }).click();
  await expect(page).toHaveURL(/\/accessibility\?lang=es$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('combobox', { name: 'Idioma (Language)', exact: true })).toHaveValue('es');

  // The cookie carries the choice to pages opened without ?lang=.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await page.getByRole('combobox', { name: 'Idioma (Language)', exact: true }).selectOption({ label: 'العربية' });
  await page.getByRole('button', { name: 'Cambiar idioma' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('links navigate without JavaScript', async ({ page }) => {
  await page.goto('/?lang=en');
  await openMenu(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accessibility' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
});

test('the skip link works without JavaScript', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.getByRole('main')).toBeFocused();
});

test('signing in and out works without JavaScript, and a failure keeps the email', async ({
  page,
}) => {
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('Email').fill('pat@demo.test');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The email or password is not right');
  await expect(page.getByLabel('Email')).toHaveValue('pat@demo.test');
  await expect(page).not.toHaveURL(/pat%40demo|pat@demo/);

  await page.getByLabel('Password').fill('demo-patient-pass');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectSignedInAs(page, 'Pat Morgan');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('inviting and joining work without JavaScript', async ({ page }) => {
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('Email').fill('admin@demo.test');
  await page.getByLabel('Password').fill('demo-staff-pass');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.goto('/staff/patients?family_name=Kim&date_of_birth=1962-01-09&lang=en');
  await page.getByRole('button', { name: 'Create invitation code for Grace Kim' }).click();
  const issued = page.getByRole('status').filter({ hasText: 'Invitation code for Grace Kim' });
  await expect(issued).toBeVisible();
  const code = (await issued.locator('.code').innerText()).trim();
  // Shown once: a reload no longer shows it.
  await page.reload();
  await expect(page.getByText(code)).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/sign-up?lang=en');
  await page.getByLabel('Invitation code').fill(code);
  await page.getByLabel('Date of birth').fill('1962-01-10');
  await page.getByLabel('Email').fill('grace@example.test');
  await page.getByLabel('Choose a password').fill('harbor violet compass ninety');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('invitation code or date of birth is not right');
  await expect(page.getByLabel('Email')).toHaveValue('grace@example.test');
  await expect(page.getByLabel('Invitation code')).toHaveValue(code);

  await page.getByLabel('Date of birth').fill('1962-01-09');
  await page.getByLabel('Choose a password').fill('harbor violet compass ninety');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectSignedInAs(page, 'Grace Kim');
  await page.goto('/account/activity?lang=en');
  await expect(page.getByRole('heading', { name: 'Looked up your record' }).first()).toBeVisible();
});

test('staff invitation, two-step verification and the code step work without JavaScript', async ({
  page,
}) => {
  await staffJoinsWithTwoStepVerification(page, 'Plain', false);
});

test('find a doctor without JavaScript: search all, filter by Spanish, follow a result', async ({ page }) => {
  await page.goto('/find-a-doctor?lang=en');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'clinicians found' })).toBeVisible();
  await page.getByLabel('Language spoken').selectOption({ label: 'Spanish' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/language=es/);
  const filtered = page.url();
  const cards = page.getByRole('list', { name: 'Search results' }).locator('.provider-card');
  const names = await cards.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  for (const card of await cards.all()) {
    await expect(card).toContainText('Spanish');
  }
  // The address reproduces the search.
  await page.goto(filtered);
  expect(await cards.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(names);
  for (const card of await cards.all()) {
    await expect(card).toContainText(/Next available|No free times/);
  }
  await cards.first().getByRole('heading').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: names[0].trim() })).toBeVisible();
  await expect(page.getByText('Spanish').first()).toBeVisible();
});

test('booking, moving and cancelling work without JavaScript', async ({ page }) => {
  await signIn(page, 'pat@demo.test', PATIENT_PASSWORD);
  await page.goto('/providers/1?lang=en');
  await page.getByRole('link', { name: 'See all times' }).first().click();
  await page.getByRole('link', { name: 'Later times' }).click();
  await page.getByRole('link', { name: /^\d{1,2}:\d{2} [AP]M$/ }).nth(8).click();
  await expect(page.getByRole('heading', { name: 'Confirm your appointment' })).toBeVisible();
  // A missing reason is refused, and what was chosen stays.
  await page.getByLabel('Follow-up visit').check();
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(page.getByRole('alert')).toContainText('Say briefly what the visit is for');
  await expect(page.getByLabel('Follow-up visit')).toBeChecked();
  await page.getByLabel('Reason for the visit').fill('Sore knee');
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(page).toHaveURL(/\/appointments\/\d+\?booked/);
  await expect(page.getByRole('status').filter({ hasText: /Your appointment is booked/ })).toBeVisible();

  const newTime = page.getByLabel('New time');
  const options = newTime.locator('option');
  await newTime.selectOption((await options.nth((await options.count()) - 5).getAttribute('value'))!);
  await page.getByRole('button', { name: 'Move appointment' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Your appointment has been moved/ })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Your appointment is cancelled/ })).toBeVisible();
});
