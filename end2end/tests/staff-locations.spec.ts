import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, STAFF_PASSWORD, waitForHydration } from './helpers';

// A system administrator assigns the demo front desk (who works at the three New York
// locations) a Chicago location, sees it listed, and removes it again, leaving the demo as it
// was. One project only: both would change the same list.
test('a system administrator assigns front desk a location, and it shows', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop');
  await signIn(page, 'admin@demo.test', STAFF_PASSWORD);
  await page.goto('/admin/staff?lang=en');
  await page.getByRole('link', { name: 'Where front desk staff work' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where front desk staff work' })).toBeVisible();
  await waitForHydration(page);
  const sam = page.getByRole('region', { name: 'Sam Okafor' });
  await expect(sam.getByRole('listitem')).toHaveCount(3);
  const remove = sam.getByRole('button', { name: 'Remove Wellspring Lakeshore Clinic for Sam Okafor' });
  await expect(remove).toHaveCount(0);

  await sam.getByLabel('Location to add').selectOption({ label: 'Wellspring Lakeshore Clinic' });
  await sam.getByRole('button', { name: 'Assign to Sam Okafor' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The location was assigned.' })).toBeVisible();
  await expect(sam.getByRole('listitem')).toHaveCount(4);
  await expect(sam.getByRole('listitem').filter({ hasText: 'Wellspring Lakeshore Clinic' })).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);

  await remove.click();
  await expect(page.getByRole('status').filter({ hasText: 'The location was removed.' })).toBeVisible();
  await expect(sam.getByRole('listitem')).toHaveCount(3);
  await expect(remove).toHaveCount(0);
});
