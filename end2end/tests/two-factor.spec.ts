import { test } from '@playwright/test';
import { staffJoinsWithTwoStepVerification } from './staff-two-factor';

test('a new staff member sets up two-step verification before using staff pages', async ({
  page,
}, testInfo) => {
  // Creates an account: one screen size is enough (the no-JavaScript run is in no-js.spec.ts).
  test.skip(testInfo.project.name !== 'desktop');
  // Sign-up, set-up, sign-out and sign-in again, with axe scans on the way.
  test.slow();
  await staffJoinsWithTwoStepVerification(page, 'Desktop', true);
});
