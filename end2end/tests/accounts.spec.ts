import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectSignedInAs,
  mailTo,
  PATIENT_PASSWORD,
  signIn,
  STAFF_PASSWORD,
  waitForHydration,
} from './helpers';

test('a patient signs in and out', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveTitle('Sign in · Wellspring Health');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill('pat@demo.test');
  await page.getByLabel('Password').fill(PATIENT_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectSignedInAs(page, 'Pat Morgan');
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Signed in as Pat Morgan')).toHaveCount(0);
});

test('a wrong password and an unknown email read the same, and the email is kept', async ({
  page,
}) => {
  const attempt = async (email: string, password: string) => {
    await page.goto('/sign-in?lang=en');
    await waitForHydration(page);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue(email);
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(alert).toBeFocused();
    await expectNoAxeViolations(page);
    return (await alert.innerText()).replace(email, '');
  };
  const wrongPassword = await attempt('carer@demo.test', 'not-the-password');
  const unknownEmail = await attempt('nobody-here@demo.test', PATIENT_PASSWORD);
  expect(wrongPassword).toBe(unknownEmail);
  expect(wrongPassword).toContain('The email or password is not right');
  // The summary links to the field to fix, and the link puts the keyboard there.
  await page.getByRole('link', { name: /The email or password is not right/ }).click();
  await expect(page.getByLabel('Email')).toBeFocused();
});

test('the account language wins, and the chooser changes it', async ({ page }, testInfo) => {
  // Changes María's saved language: one project only, so runs in parallel do not collide.
  test.skip(testInfo.project.name !== 'desktop');
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('Email').fill('maria@demo.test');
  await page.getByLabel('Password').fill(PATIENT_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Her account's language outranks ?lang= and the cookie.
  await expect(page.getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await waitForHydration(page);

  await page.getByRole('combobox', { name: 'Idioma (Language)', exact: true }).selectOption({ label: 'English' });
  await page.getByRole('button', { name: 'Cambiar idioma' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Español' });
  await page.getByRole('button', { name: 'Change language' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  // Signed out, the language cookie the chooser set still says Spanish.
  await expect(page.getByRole('link', { name: 'Iniciar sesión' })).toBeVisible();
});

test('"Sign out everywhere else" ends the session held by another browser', async ({
  browser,
  page,
}, testInfo) => {
  // Ends every other session of its account, so the account is this test's own: a new staff
  // member (the demo accounts are signed in by tests running meanwhile). One project only.
  test.skip(testInfo.project.name !== 'desktop');
  const name = 'Morgan Sessions';
  const email = `morgan.sessions.${Date.now()}@example.test`;
  const password = 'granite willow harbor sixty';
  await signIn(page, 'admin@demo.test', STAFF_PASSWORD);
  await page.goto('/admin/staff?lang=en');
  await waitForHydration(page);
  await page.getByLabel('Full name').fill(name);
  await page.getByRole('checkbox', { name: 'front desk' }).check();
  await page.getByRole('button', { name: 'Create invitation code' }).click();
  const issued = page.getByRole('status').filter({ hasText: `Invitation code for ${name}` });
  await expect(issued).toBeVisible();
  const code = (await issued.locator('.code').innerText()).trim();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/sign-up/staff?lang=en');
  await waitForHydration(page);
  await page.getByLabel('Invitation code').fill(code);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Choose a password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectSignedInAs(page, name);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await signIn(laptopPage, email, password);
  await signIn(phonePage, email, password);

  await laptopPage.getByRole('link', { name: 'Account and security' }).click();
  await expect(laptopPage.getByRole('heading', { level: 1, name: 'Sign-in and security' })).toBeVisible();
  const sessions = laptopPage.getByRole('list', { name: 'Your sessions' }).getByRole('listitem');
  await expect(sessions).toHaveCount(2);
  await expect(laptopPage.getByText('This device')).toHaveCount(1);
  await laptopPage.getByRole('button', { name: 'Sign out everywhere else' }).click();
  await expect(laptopPage.getByRole('main').getByRole('status')).toContainText(
    'signed out of 1 other session',
  );
  await expect(sessions).toHaveCount(1);

  await phonePage.reload();
  await expect(phonePage.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await laptopPage.reload();
  await expect(laptopPage.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await laptop.close();
  await phone.close();
});

test('a session cookie replayed after sign-out is refused', async ({ page, context }) => {
  await signIn(page, 'dr.lee@demo.test', STAFF_PASSWORD);
  const saved = await context.cookies();
  expect(saved.find((c) => c.name === 'portal_session')?.httpOnly).toBe(true);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await context.addCookies(saved);
  await page.goto('/account/security?lang=en');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('two minutes before an idle sign-out a dialog asks, and the keyboard answers it', async ({
  page,
}) => {
  await page.clock.install();
  await signIn(page, 'carer@demo.test', PATIENT_PASSWORD);
  await page.goto('/account/security?lang=en');
  await waitForHydration(page);
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(dialog).toBeHidden();
  // Patients are signed out after 30 quiet minutes; the warning comes at 28.
  await page.clock.fastForward('28:05');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
});

test('asking for an address another account has answers as for a free one, and can be cancelled', async ({
  page,
}, testInfo) => {
  // Leaves a change waiting on Dr. Lee's account until it cancels it: one project only. The
  // address asked for is María's (in Spanish), whose mail no other test reads.
  test.skip(testInfo.project.name !== 'desktop');
  await signIn(page, 'dr.lee@demo.test', STAFF_PASSWORD);
  await page.goto('/account/security?lang=en');
  await waitForHydration(page);
  const section = page.getByRole('region', { name: 'Email address' });
  const asked = Date.now() - 1000;
  await section.getByLabel('New email address').fill('maria@demo.test');
  await section.getByLabel('Current password').fill(STAFF_PASSWORD);
  await section.getByRole('button', { name: 'Change email address' }).click();
  await expect(section.getByRole('status')).toContainText('We sent a link to the new address');
  await expect(section.getByText('Waiting for confirmation at m…@demo.test')).toBeVisible();
  await expect(section.getByText('dr.lee@demo.test')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const owner = await mailTo('maria@demo.test', asked);
  expect(owner.subject).toBe('Alguien intentó usar su dirección de correo electrónico');
  expect(owner.text).not.toContain('token=');
  expect(owner.text).not.toContain('Lee');
  const told = await mailTo('dr.lee@demo.test', asked);
  expect(told.subject).toBe('A change of your email address was asked for');
  expect(told.text).toContain('m…@demo.test');
  expect(told.text).not.toContain('maria@demo.test');

  await section.getByRole('button', { name: 'Cancel the change' }).click();
  await expect(section.getByRole('status')).toContainText('The change of email address was cancelled');
  await expect(section.getByText(/Waiting for confirmation/)).toHaveCount(0);
  await expect(section.getByText('dr.lee@demo.test')).toBeVisible();
});
