import { expect, test } from '@playwright/test';
import { openMenu, signIn, STAFF_PASSWORD, waitForHydration } from './helpers';

test('with JavaScript, results follow each changed filter, focus stays on it and the count is announced', async ({
  page,
}) => {
  await page.goto('/find-a-doctor?lang=en');
  await waitForHydration(page);
  const count = page.getByRole('status').filter({ hasText: 'clinicians found' });
  await expect(count).toBeVisible();
  const all = Number((await count.innerText()).match(/\d+/)![0]);
  expect(all).toBeGreaterThanOrEqual(40);

  await page.getByLabel('Language spoken').selectOption({ label: 'Vietnamese' });
  await expect(page).toHaveURL(/language=vi/);
  await expect(count).not.toHaveText(`${all} clinicians found.`);
  // The new page puts the keyboard back on the filter that changed.
  await expect(page.getByLabel('Language spoken')).toBeFocused();
  await expect(page.getByLabel('Language spoken')).toHaveValue('vi');
  const cards = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 3 }),
  });
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    await expect(card).toContainText('Vietnamese');
  }

  await page.getByLabel('Name').fill('zzzz-nobody');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(count).toHaveText('No clinicians found.');
  await expect(page.getByText('No clinician matches all of these filters')).toBeVisible();
});

test('distance from a ZIP code keeps to the nearby region, and an unknown ZIP code says so', async ({
  page,
}) => {
  await page.goto('/find-a-doctor?lang=en&postcode=60601&within=25');
  const cards = page.getByRole('list', { name: 'Search results' }).locator('.provider-card');
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    await expect(card).toContainText('miles away');
    await expect(card).not.toContainText(/New York|Brooklyn|Flushing/);
  }
  await page.goto('/find-a-doctor?lang=en&postcode=00000');
  await expect(page.getByText('We do not know the ZIP code you entered')).toBeVisible();
});

test('a profile shows locations with hours in their zone and credentials with their status', async ({
  page,
}) => {
  await page.goto('/find-a-doctor?lang=en');
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 3 }).first();
  const name = (await first.innerText()).trim();
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Opening hours \((Eastern|Central) Time\)$/ }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Credentials' }).getByRole('cell', { name: 'Verified' }).first()).toBeVisible();

  const missing = await page.goto('/providers/999999?lang=en');
  expect(missing?.status()).toBe(404);
});

test('the credentialing office verifies a pending licence, and the profile stops saying why not', async ({
  page,
}, testInfo) => {
  // Changes the demo data: one project only.
  test.skip(testInfo.project.name !== 'desktop');
  await page.goto('/find-a-doctor?lang=en&name=Njoroge');
  await page.getByRole('link', { name: /Amani Njoroge/ }).click();
  await expect(page.getByText('the licence for Illinois is being verified').first()).toBeVisible();

  await signIn(page, 'admin@demo.test', STAFF_PASSWORD);
  await openMenu(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Credentials' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials to check' })).toBeVisible();
  await waitForHydration(page);
  const summary = page.getByRole('list', { name: 'Summary' });
  await expect(summary.getByRole('listitem').filter({ hasText: 'Ending within 30 days' })).not.toContainText(/^0/);
  const pending = page.getByRole('region', { name: 'Waiting for verification' });
  await pending.getByRole('row', { name: /Amani Njoroge/ }).getByLabel('Evidence').fill('Checked with IDFPR online');
  await pending.getByRole('button', { name: 'Verify: Amani Njoroge, Licence to practise' }).click();
  await expect(pending.getByRole('row', { name: /Amani Njoroge/ })).toHaveCount(0);

  await page.goto('/find-a-doctor?lang=en&name=Njoroge');
  await page.getByRole('link', { name: /Amani Njoroge/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Amani Njoroge/ })).toBeVisible();
  await expect(page.getByText('being verified')).toHaveCount(0);
});
