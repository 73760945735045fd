import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES = ['en', 'es', 'ar', 'zh-CN', 'vi'] as const;

/** Fails on any axe violation of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until the WebAssembly bundle has hydrated the page. */
export async function waitForHydration(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

/** Signs in through the form, as a person would, and waits for the header to say so. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/**
 * On a phone the sections and the account's links sit behind "Menu" (a <details>; its summary has
 * no ARIA role to find it by, so it is found by its text): opens it there. On a wide screen the
 * menu is always shown and this does nothing.
 */
export async function openMenu(page: Page) {
  const summary = page.locator('summary').filter({ hasText: /^(Menu|Menú|القائمة|菜单|Danh mục)$/ });
  if ((await summary.isVisible()) && !(await summary.locator('..').getAttribute('open').then((v) => v !== null))) {
    await summary.click();
  }
}

/** Checks the header names who is signed in (inside the menu on a phone). */
export async function expectSignedInAs(page: Page, name: string) {
  await openMenu(page);
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
}

export const PATIENT_PASSWORD = 'demo-patient-pass';
export const STAFF_PASSWORD = 'demo-staff-pass';

/**
 * The newest email the server's notification worker wrote for `to` (the test server writes
 * emails as `.eml` files into OUTBOX_DIR), waiting until one arrives after `since`.
 */
export async function mailTo(to: string, since: number): Promise<{ subject: string; text: string }> {
  const dir = process.env.OUTBOX_DIR;
  if (!dir) throw new Error('OUTBOX_DIR is not set: run the suite with `cargo xtask test`');
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(
      async () => {
        const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.eml')) : [];
        for (const name of names.sort().reverse()) {
          const path = join(dir, name);
          if (statSync(path).mtimeMs < since) continue;
          const mail = await simpleParser(readFileSync(path));
          const recipients = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address));
          if (recipients.includes(to)) {
            found = { subject: mail.subject ?? '', text: mail.text ?? '' };
            return true;
          }
        }
        return false;
      },
      { message: `an email to ${to}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}
