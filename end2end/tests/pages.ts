import { PATIENT_PASSWORD, STAFF_PASSWORD } from './helpers';

/** Pages anyone may open, with the status each answers. */
export const PAGES = [
  { path: '/', status: 200 },
  { path: '/accessibility', status: 200 },
  { path: '/no-such-page', status: 404 },
  { path: '/sign-in', status: 200 },
  { path: '/sign-up', status: 200 },
  { path: '/sign-up/staff', status: 200 },
  { path: '/sign-in/code', status: 200 },
  { path: '/forgot-password', status: 200 },
  { path: '/find-a-doctor', status: 200 },
  { path: '/find-a-doctor?language=es&new_patients=yes', status: 200 },
  { path: '/providers/1', status: 200 },
  { path: '/providers/1/book?location=1', status: 200 },
  { path: '/find-a-doctor?sort=soonest', status: 200 },
  { path: '/reset-password?token=expired', status: 200 },
  { path: '/account/email/confirm?token=expired', status: 200 },
];

/**
 * Pages behind sign-in, with the account that sees each. These accounts have no language saved, so
 * ?lang= decides, and no test ends their sessions.
 */
export const SIGNED_IN_PAGES = [
  { path: '/account/security', email: 'carer@demo.test', password: PATIENT_PASSWORD },
  { path: '/account/activity', email: 'carer@demo.test', password: PATIENT_PASSWORD },
  {
    path: '/staff/patients?family_name=Rivera&date_of_birth=1941-02-20',
    email: 'admin@demo.test',
    password: STAFF_PASSWORD,
  },
  { path: '/admin/audit', email: 'admin@demo.test', password: STAFF_PASSWORD },
  { path: '/admin/audit?refused=on', email: 'admin@demo.test', password: STAFF_PASSWORD },
  { path: '/admin/staff', email: 'admin@demo.test', password: STAFF_PASSWORD },
  { path: '/admin/staff/locations', email: 'admin@demo.test', password: STAFF_PASSWORD },
  { path: '/admin/credentials', email: 'admin@demo.test', password: STAFF_PASSWORD },
  { path: '/appointments', email: 'carer@demo.test', password: PATIENT_PASSWORD },
  // Front desk's day of a location's clinicians (with its forms), and a provider's own week.
  { path: '/staff/schedule', email: 'desk@demo.test', password: STAFF_PASSWORD },
  { path: '/staff/schedule?span=week', email: 'dr.lee@demo.test', password: STAFF_PASSWORD },
  { path: '/admin/locations', email: 'admin@demo.test', password: STAFF_PASSWORD },
  { path: '/admin/locations/1', email: 'admin@demo.test', password: STAFF_PASSWORD },
  { path: '/admin/providers', email: 'admin@demo.test', password: STAFF_PASSWORD },
  { path: '/admin/providers?name=a', email: 'admin@demo.test', password: STAFF_PASSWORD },
  { path: '/admin/providers/1', email: 'admin@demo.test', password: STAFF_PASSWORD },
];

/** `path` with `?lang=` (or `&lang=`) added. */
export function inLocale(path: string, locale: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;
}
