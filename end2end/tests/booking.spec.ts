import { expect, test, type Page } from '@playwright/test';
import { mailTo, PATIENT_PASSWORD, signIn, waitForHydration } from './helpers';

/** A time link on the booking page reads like "9:30 AM". */
const TIME = /^\d{1,2}:\d{2} [AP]M$/;

/**
 * Opens Dr Lee's booking page a week ahead (beyond the 24-hour cut-off, so the patient may
 * still move and cancel) and picks the `nth` free time, by keyboard.
 */
export async function chooseTime(page: Page, nth: number) {
  await page.goto('/providers/1?lang=en');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'See all times' }).first().press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Book with Jordan Lee/ })).toBeVisible();
  await page.getByRole('link', { name: 'Later times' }).press('Enter');
  await expect(page).toHaveURL(/week=/);
  await page.getByRole('link', { name: TIME }).nth(nth).press('Enter');
  await expect(page.getByRole('heading', { name: 'Confirm your appointment' })).toBeVisible();
}

test('a patient books, moves and cancels an appointment by keyboard, with emails and a calendar file', async ({
  page,
}, testInfo) => {
  // Each browser project takes its own time, so the projects never race for one.
  const nth = testInfo.project.name === 'phone' ? 3 : 1;
  await signIn(page, 'pat@demo.test', PATIENT_PASSWORD);
  const since = Date.now();
  await chooseTime(page, nth);
  await waitForHydration(page);
  await page.getByLabel('Follow-up visit').press('Space');
  await page.getByLabel('Reason for the visit').fill('Knee pain after running');
  await expect(page.getByRole('heading', { name: 'Before your visit' })).toBeVisible();
  await page.getByRole('button', { name: 'Confirm booking' }).press('Enter');

  await expect(page).toHaveURL(/\/appointments\/\d+\?booked/);
  await expect(page.getByRole('status').filter({ hasText: /Your appointment is booked/ })).toBeVisible();
  await expect(page.getByText('Knee pain after running')).toBeVisible();
  const id = page.url().match(/appointments\/(\d+)/)![1];
  const confirmation = await mailTo('pat@demo.test', since);
  expect(confirmation.subject).toBe('Your appointment is booked');
  expect(confirmation.text).toContain(`/appointments/${id}`);
  expect(confirmation.text).toContain('Eastern Time');

  // Move it to another free time.
  await waitForHydration(page);
  const newTime = page.getByLabel('New time');
  // From the end of the list (two weeks ahead), clear of the times the other tests pick.
  const options = newTime.locator('option');
  const choice = await options.nth((await options.count()) - 1 - nth).getAttribute('value');
  await newTime.selectOption(choice!);
  await page.getByRole('button', { name: 'Move appointment' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /Your appointment has been moved/ })).toBeVisible();
  const ics = await page.request.get(`/appointments/${id}/calendar.ics`);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const text = await ics.text();
  expect(text).toContain('METHOD:PUBLISH');
  expect(text).toContain('SEQUENCE:1');
  expect(text).toContain('TZID=America/New_York');
  // The reason stays out of the calendar file unless the patient picks the link that adds it.
  expect(text).not.toContain('Knee pain');
  const withReason = page.getByRole('link', { name: 'Add to calendar with the reason for the visit (.ics)' });
  const withReasonText = await (await page.request.get((await withReason.getAttribute('href'))!)).text();
  expect(withReasonText).toContain('Knee pain after running');

  await page.getByRole('button', { name: 'Cancel appointment' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /Your appointment is cancelled/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel appointment' })).toHaveCount(0);
  const cancelled = await (await page.request.get(`/appointments/${id}/calendar.ics`)).text();
  expect(cancelled).toContain('METHOD:CANCEL');
  expect(cancelled).toContain('STATUS:CANCELLED');

  await page.goto('/appointments?lang=en');
  await expect(page.getByRole('heading', { name: 'Past and cancelled' })).toBeVisible();
});

test('a time taken meanwhile is said, with the nearest free times, and the reason is kept', async ({
  browser,
}, testInfo) => {
  const nth = testInfo.project.name === 'phone' ? 6 : 5;
  const pat = await (await browser.newContext()).newPage();
  const desk = await (await browser.newContext()).newPage();
  await signIn(pat, 'pat@demo.test', PATIENT_PASSWORD);
  await signIn(desk, 'desk@demo.test', 'demo-staff-pass');
  await bookFor(desk, 'Grace Kim', 'Kim', '1962-01-09');
  // Both open the same time; front desk confirms first. Other tests book and cancel meanwhile,
  // which shifts the list of free times, so the desk opens the patient's own address for it.
  await chooseTime(pat, nth);
  await desk.goto(pat.url());
  await expect(desk.getByRole('heading', { name: 'Confirm your appointment' })).toBeVisible();
  await expect(desk.getByText('Booking for Grace Kim')).toBeVisible();
  await waitForHydration(pat);
  await pat.getByLabel('Reason for the visit').fill('Follow-up on blood pressure');
  await desk.getByLabel('Reason for the visit').fill('Annual check-up');
  await desk.getByLabel('Follow-up visit').check();
  await desk.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(desk).toHaveURL(/\/appointments\/\d+\?booked/);

  await pat.getByLabel('Follow-up visit').check();
  await pat.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(pat.getByRole('alert')).toContainText('That time was just taken');
  const nearest = pat.getByRole('group', { name: 'Nearest free times' }).getByRole('radio');
  await expect(nearest).toHaveCount(3);
  await expect(pat.getByLabel('Reason for the visit')).toHaveValue('Follow-up on blood pressure');
  await nearest.first().check();
  await pat.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(pat).toHaveURL(/\/appointments\/\d+\?booked/);
  // Leave the schedule as it was for the next run.
  for (const page of [pat, desk]) {
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(page.getByRole('status').filter({ hasText: /cancelled/ })).toBeVisible();
  }
});

/** Front desk finds a patient and starts booking for them. */
async function bookFor(page: Page, name: string, family: string, born: string) {
  await page.goto(`/staff/patients?family_name=${family}&date_of_birth=${born}&lang=en`);
  await waitForHydration(page);
  await page.getByRole('button', { name: `Book an appointment for ${name}` }).click();
  await expect(page).toHaveURL(/\/find-a-doctor/);
  await expect(page.getByText(`Booking for ${name}`)).toBeVisible();
}

test('front desk books for a patient found at the desk', async ({ page }, testInfo) => {
  const nth = testInfo.project.name === 'phone' ? 9 : 7;
  await signIn(page, 'desk@demo.test', 'demo-staff-pass');
  await bookFor(page, 'Ruth Rivera', 'Rivera', '1941-02-20');
  await chooseTime(page, nth);
  await expect(page.getByText('Booking for Ruth Rivera')).toBeVisible();
  await waitForHydration(page);
  await page.getByLabel('Follow-up visit').check();
  await page.getByLabel('Reason for the visit').fill('Blood pressure check');
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(page).toHaveURL(/\/appointments\/\d+\?booked/);
  await expect(page.getByText('Ruth Rivera')).toBeVisible();
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(page.getByRole('status').filter({ hasText: /cancelled/ })).toBeVisible();
});

test('a patient reads on "Who viewed my record" that front desk booked and cancelled for them', async ({
  browser,
}, testInfo) => {
  const nth = testInfo.project.name === 'phone' ? 11 : 13;
  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, 'desk@demo.test', 'demo-staff-pass');
  await bookFor(desk, 'Alex Rivera', 'Rivera', '1978-11-30');
  await chooseTime(desk, nth);
  await waitForHydration(desk);
  await desk.getByLabel('Follow-up visit').check();
  await desk.getByLabel('Reason for the visit').fill('Flu vaccine');
  await desk.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(desk).toHaveURL(/\/appointments\/\d+\?booked/);
  await waitForHydration(desk);
  await desk.getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(desk.getByRole('status').filter({ hasText: /cancelled/ })).toBeVisible();

  const patient = await (await browser.newContext()).newPage();
  await signIn(patient, 'carer@demo.test', PATIENT_PASSWORD);
  await patient.goto('/account/activity?lang=en');
  const activity = patient.getByRole('list', { name: 'Views and changes of your record' });
  for (const action of [
    'Began booking an appointment for you',
    'Booked an appointment for you',
    'Cancelled your appointment',
  ]) {
    await expect(activity.getByRole('heading', { name: action }).first()).toBeVisible();
  }
  await expect(activity.getByText('Sam Okafor, front desk').first()).toBeVisible();
});
