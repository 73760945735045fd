import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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

export const PATIENT_PASSWORD = 'demo-patient-pass';
export const STAFF_PASSWORD = 'demo-staff-pass';
