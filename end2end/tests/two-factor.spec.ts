import { test } from '@playwright/test';
import { staffJoinsWithTwoStepVerification } from './staff-two-factor';

test('a new staff member sets up two-step verification before using staff pages', async ({
  page,
}, testInfo) => {
  // Creates an account: one screen size is enough (the no-JavaScript run is in no-js.spec.ts).
  test.skip(testInfo.project.name !== 'desktop');
  await staffJoinsWithTwoStepVerification(page, 'Desktop', true);
});
