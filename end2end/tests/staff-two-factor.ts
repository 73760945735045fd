import { expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expectNoAxeViolations, mailTo, signIn, STAFF_PASSWORD, waitForHydration } from './helpers';

/** Waits for hydration when the page runs JavaScript; without it there is nothing to wait for. */
async function ready(page: Page, javaScript: boolean) {
  if (javaScript) await waitForHydration(page);
}

/** Scans with axe when the page runs JavaScript (axe itself is a script). */
async function scan(page: Page, javaScript: boolean) {
  if (javaScript) await expectNoAxeViolations(page);
}

/** The code an authenticator app shows now for the key the set-up page shows as text. */
function appCode(key: string): string {
  return new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, '')) }).generate();
}

/**
 * The whole path of a new staff member, in one browser: a system administrator invites them,
 * they sign up, find the staff pages closed until two-step verification is on, set it up with
 * the key shown as text, keep their recovery codes, and sign in again with one.
 */
export async function staffJoinsWithTwoStepVerification(page: Page, who: string, javaScript: boolean) {
  const name = `Casey ${who}`;
  const email = `casey.${who.toLowerCase()}@example.test`;
  const password = 'juniper lighthouse cobalt meadow';

  await signIn(page, 'admin@demo.test', STAFF_PASSWORD);
  await page.goto('/admin/staff?lang=en');
  await ready(page, javaScript);
  await page.getByLabel('Full name').fill(name);
  await page.getByRole('button', { name: 'Create invitation code' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose at least one role');
  await expect(page.getByLabel('Full name')).toHaveValue(name);
  await page.getByRole('checkbox', { name: 'front desk' }).check();
  await page.getByRole('button', { name: 'Create invitation code' }).click();
  const issued = page.getByRole('status').filter({ hasText: `Invitation code for ${name}` });
  await expect(issued).toBeVisible();
  const code = (await issued.locator('.code').innerText()).trim();
  await scan(page, javaScript);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/sign-up/staff?lang=en');
  await ready(page, javaScript);
  await scan(page, javaScript);
  await page.getByLabel('Invitation code').fill(code);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Choose a password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();

  // The staff pages stay closed until two-step verification is on.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByText('Your staff role needs two-step verification').first()).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Patients' })).toHaveCount(0);
  await page.goto('/staff/patients?family_name=Rivera&date_of_birth=1941-02-20&lang=en');
  await expect(page.getByText('We could not find that')).toBeVisible();
  await expect(page.getByText('Ruth Rivera')).toHaveCount(0);

  await page.goto('/account/security?lang=en');
  await ready(page, javaScript);
  const section = page.getByRole('region', { name: 'Two-step verification' });
  await section.getByLabel('Current password').fill('not my password');
  await section.getByRole('button', { name: 'Set up two-step verification' }).click();
  await expect(page.getByRole('alert')).toContainText('Your current password is not right');
  await section.getByLabel('Current password').fill(password);
  await section.getByRole('button', { name: 'Set up two-step verification' }).click();
  await expect(section.getByRole('img', { name: /QR code for your authenticator app/ })).toBeVisible();
  const key = (await section.locator('code.secret').innerText()).trim();
  await scan(page, javaScript);
  await section.getByLabel('The 6-digit code your app shows').fill('000000');
  await section.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await expect(page.getByRole('alert')).toContainText('That code is not right');
  await section.getByLabel('The 6-digit code your app shows').fill(appCode(key));
  await section.getByRole('button', { name: 'Turn on two-step verification' }).click();
  const codes = section.getByRole('heading', { name: 'Your recovery codes' });
  await expect(codes).toBeVisible();
  const recovery = await section.locator('.recovery-codes code').allInnerTexts();
  expect(recovery).toHaveLength(10);
  await expect(section.getByText('Two-step verification is on.')).toBeVisible();
  await scan(page, javaScript);
  await expect(nav.getByRole('link', { name: 'Patients' })).toBeVisible();

  // Signing in again asks for a code; a recovery code works once.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/sign-in?lang=en');
  await ready(page, javaScript);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your code' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await ready(page, javaScript);
  await scan(page, javaScript);
  // Starting over signs out: the session waiting for the code ends, so a right code given on
  // that page afterwards is refused.
  await page.getByRole('button', { name: 'Start signing in again' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/sign-in/code?lang=en');
  await ready(page, javaScript);
  await page.getByLabel('Code').fill(recovery[0]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('That code is not right');
  await page.goto('/sign-in?lang=en');
  await ready(page, javaScript);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your code' })).toBeVisible();
  await ready(page, javaScript);
  await page.getByLabel('Code').fill('123456');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('That code is not right');
  await page.getByLabel('Code').fill(recovery[0]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
  await nav.getByRole('link', { name: 'Patients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find a patient' })).toBeVisible();

  // Changing the email asks for the password again, keeps what was typed on a refusal, and waits
  // for the link sent to the new address; the old address is told, and kept until then.
  await page.goto('/account/security?lang=en');
  await ready(page, javaScript);
  const emailSection = page.getByRole('region', { name: 'Email address' });
  const newEmail = `casey.${who.toLowerCase()}@clinic.example.test`;
  await expect(emailSection.getByText(email)).toBeVisible();
  await emailSection.getByLabel('New email address').fill(newEmail);
  await emailSection.getByLabel('Current password').fill('not my password');
  await emailSection.getByRole('button', { name: 'Change email address' }).click();
  await expect(page.getByRole('alert')).toContainText('Your current password is not right');
  await expect(emailSection.getByLabel('New email address')).toHaveValue(newEmail);
  const changeAsked = Date.now() - 1000;
  await emailSection.getByLabel('Current password').fill(password);
  await emailSection.getByRole('button', { name: 'Change email address' }).click();
  await expect(emailSection.getByRole('status')).toContainText('We sent a link to the new address');
  await expect(emailSection.getByText('Waiting for confirmation at c…@clinic.example.test')).toBeVisible();
  await expect(emailSection.getByText(email)).toBeVisible();
  await scan(page, javaScript);
  const told = await mailTo(email, changeAsked);
  expect(told.subject).toBe('A change of your email address was asked for');
  expect(told.text).toContain('c…@clinic.example.test');
  expect(told.text).not.toContain(newEmail);
  const confirmation = await mailTo(newEmail, changeAsked);
  expect(confirmation.subject).toBe('Confirm your new email address');
  expect(confirmation.text).toContain(`Hello ${name}`);
  const confirmLink = confirmation.text.match(/https?:\/\/\S+\/account\/email\/confirm\?token=\S+/)?.[0];
  expect(confirmLink, confirmation.text).toBeTruthy();
  // Opening the link changes nothing by itself (mail scanners open links): its button does.
  await page.goto(new URL(confirmLink!).pathname + new URL(confirmLink!).search);
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your new email address' })).toBeVisible();
  await ready(page, javaScript);
  await scan(page, javaScript);
  const confirming = Date.now();
  await page.getByRole('button', { name: 'Confirm new email address' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Your email address was changed');
  const changed = await mailTo(email, confirming);
  expect(changed.subject).toBe('Your email address was changed');
  await page.goto('/account/security?lang=en');
  await expect(emailSection.getByText(newEmail)).toBeVisible();
  await expect(emailSection.getByText(/Waiting for confirmation/)).toHaveCount(0);
  // The link works once.
  await page.goto(new URL(confirmLink!).pathname + new URL(confirmLink!).search);
  await ready(page, javaScript);
  await page.getByRole('button', { name: 'Confirm new email address' }).click();
  await expect(page.getByRole('alert')).toContainText('This link has expired, was replaced or cancelled, or has already been used');

  // Forgot the password: a link by email (in the account's language) sets a new one.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/sign-in?lang=en');
  await ready(page, javaScript);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await ready(page, javaScript);
  await scan(page, javaScript);
  const asked = Date.now() - 1000;
  await page.getByLabel('Email').fill(newEmail);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText('If an account uses this address, we have sent a link')).toBeVisible();
  const mail = await mailTo(newEmail, asked);
  expect(mail.subject).toBe('Reset your password');
  expect(mail.text).toContain(`Hello ${name}`);
  const link = mail.text.match(/https?:\/\/\S+reset-password\?token=\S+/)?.[0];
  expect(link, mail.text).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await ready(page, javaScript);
  await scan(page, javaScript);
  const newPassword = 'orchid satellite fennel harbour';
  await page.getByLabel('Choose a password').fill(newPassword);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByText('Your password was changed. Sign in with your new password.')).toBeVisible();
  await ready(page, javaScript);
  await page.getByLabel('Email').fill(newEmail);
  await page.getByLabel('Password').fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your code' })).toBeVisible();
  await ready(page, javaScript);
  await page.getByLabel('Code').fill(recovery[1]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
}
