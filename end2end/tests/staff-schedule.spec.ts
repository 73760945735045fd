import { expect, test } from '@playwright/test';
import { openMenu, signIn, STAFF_PASSWORD, waitForHydration } from './helpers';

// The demo has two of Dr Lee's patients due earlier today (Tomás Reyes and Grace Kim): the
// desktop run marks one arrived, the phone run the other a no-show, so the two never collide.
test('front desk works the day by keyboard: an arrival or a no-show, and blocked time added and lifted', async ({
  page,
}, testInfo) => {
  const desktop = testInfo.project.name === 'desktop';
  await signIn(page, 'desk@demo.test', STAFF_PASSWORD);
  await openMenu(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await waitForHydration(page);
  await page.getByRole('combobox', { name: 'Clinician' }).first().selectOption({ label: 'Jordan Lee, MD' });
  await page.getByRole('button', { name: 'Show schedule' }).press('Enter');
  await expect(page).toHaveURL(/provider=\d+/);
  const lee = page.getByRole('region', { name: 'Jordan Lee, MD' });
  await expect(lee).toBeVisible();
  await waitForHydration(page);

  const [who, action, done, status] = desktop
    ? ['Tomás Reyes', 'Mark arrived', 'Marked as arrived.', 'Status: Arrived']
    : ['Grace Kim', 'Mark no-show', 'Marked as a no-show.', 'Status: No-show'];
  await lee.getByRole('button', { name: new RegExp(`^${action}: ${who}, `) }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: done })).toBeVisible();
  const item = lee.getByRole('listitem').filter({ has: page.getByRole('link', { name: who }) });
  await expect(item).toContainText(status);
  await expect(item.getByRole('button')).toHaveCount(0);

  // Blocked time this evening, after hours (so no test's booking is touched): first with an end
  // before its start, which is named in the summary and kept; then corrected.
  const [reason, start, end] = desktop ? ['Training', '21:00', '21:30'] : ['Other', '21:30', '22:00'];
  const form = page.getByRole('region', { name: 'Add blocked time' });
  await form.getByLabel('Reason').selectOption({ label: reason });
  await form.getByLabel('Start time').fill(start);
  await form.getByLabel('End time').fill('20:00');
  await form.getByRole('button', { name: 'Add blocked time' }).press('Enter');
  const summary = form.getByRole('alert');
  await expect(summary.getByRole('link', { name: /The end must be after the start/ })).toBeVisible();
  await expect(form.getByLabel('Start time')).toHaveValue(start);
  await form.getByLabel('End time').fill(end);
  await form.getByRole('button', { name: 'Add blocked time' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Blocked time added.' })).toBeVisible();

  const lift = lee.getByRole('button', { name: new RegExp(`^Lift blocked time: ${reason}, `) });
  await expect(lift).toBeVisible();
  await lift.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Blocked time lifted.' })).toBeVisible();
  await expect(lift).toHaveCount(0);
});
