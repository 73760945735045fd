# Wellspring Health — patient portal and provider management.
# Every user-visible string lives here; code holds message ids only.
# Keep ids identical in every locale: a test fails when one is missing or extra.

## Product

-brand = Wellspring Health
product-name = { -brand }
document-title = { $page } · { -brand }

## Page shell

skip-to-main = Skip to main content
nav-main-label = Main
nav-home = Home
nav-accessibility = Accessibility
language-label = Language
language-submit = Change language
# The language chooser's button: a short word, so the chooser fits on one line of a phone. Its
# accessible name is language-submit, which must contain this word.
language-submit-short = Change
footer-label = Site information
footer-emergency = In an emergency, call 911 or go to the nearest emergency department. Do not use this portal for urgent problems.
footer-rights = { -brand } patient portal

## Accounts: signing in and out

nav-sign-in = Sign in
nav-account = Account and security
signed-in-as = Signed in as { $name }
sign-out = Sign out
sign-in-title = Sign in
sign-in-intro = Use the email address and password of your portal account.
email-label = Email
password-label = Password
sign-in-submit = Sign in
error-summary-title = There is a problem

## Signing up with an invitation code

sign-in-new-here = New to the portal?
sign-in-sign-up-link = Create an account with your invitation code
sign-up-title = Create your account
sign-up-intro = The front desk at your clinic gives you an invitation code. Enter it with your date of birth, then choose the email address and password you will sign in with.
invitation-code-label = Invitation code
invitation-code-hint = Twelve letters and numbers, for example ABCD-EFGH-JKMN.
date-of-birth-label = Date of birth
new-password-label = Choose a password
password-hint = At least 12 characters. A few unrelated words make a strong password that is easy to remember.
sign-up-submit = Create account

## Front desk: finding patients and inviting them

nav-patients = Patients
patients-title = Find a patient
patients-intro = Look up a patient by family name and date of birth to give them an invitation code. Every look-up is recorded, and the patient can see it.
family-name-label = Family name
patients-search = Find patient
patients-results = Matching patients
patients-none = No patient matches that family name and date of birth.
patient-born = Born { $date }
patient-has-account = Already has an account
invitation-create = Create invitation code
# The button's accessible name: it must start with the visible text of invitation-create.
invitation-create-label = Create invitation code for { $name }
invitation-issued-title = Invitation code for { $name }
invitation-issued-expires = It works once, until { $date }. Creating a new code cancels this one.

## Who viewed my record

nav-activity = Who viewed my record
activity-title = Who viewed my record
activity-intro = Every time someone other than you looks at or changes your record, it is listed here: staff at your clinic, and anyone who helps you as a proxy.
activity-none = Nobody else has looked at or changed your record yet.
activity-list = Views and changes of your record
activity-by = { $name }, { $role }
activity-by-unknown = Someone who was not signed in
activity-refused = This attempt was refused.
role-patient = patient
role-provider = care provider
role-front_desk = front desk
role-credentialing_admin = credentialing office
role-system_admin = system administrator
role-proxy = proxy
action-view_patient_summary = Looked up your record
action-issue_invitation = Created an invitation code for you
action-sign_up = Created your account
action-appointment-book = Booked an appointment for you
action-appointment-reschedule = Moved your appointment
action-appointment-cancel = Cancelled your appointment
action-appointment-read = Looked at your appointment
action-appointment-arrive = Recorded that you arrived for your appointment
action-appointment-no_show = Recorded that you missed your appointment
action-schedule-read = Saw your appointment on a clinic schedule
action-patient-book_for = Began booking an appointment for you
action-waitlist-join = Asked for an earlier time for you
action-waitlist-accept = Accepted an earlier time for you
action-waitlist-decline = Turned down an earlier time for you
action-view_audit_log = Searched the audit log for your record
action-other = Used your record

## Audit log (administrators)

nav-audit = Audit log
audit-title = Audit log
audit-intro = Every read of health data and every change, newest first. Dates are in UTC. Searching the log is recorded too.
audit-person-label = Person (email)
audit-patient-label = Patient number
audit-action-label = Action
audit-from-label = From date
audit-until-label = Until date
audit-refusals-only = Refusals only
audit-search = Search
audit-results = Matching entries
audit-none = No entries match.
audit-col-number = No.
audit-col-when = When
audit-col-who = Who
audit-col-action = Action
audit-col-object = Object
audit-col-patient = Patient
audit-col-outcome = Outcome
audit-col-address = Address
# $count is how many refusals of that kind by that person in that minute the row stands for
audit-refusals-count = { $count } refusals that minute
# What each action in the audit log is, for administrators (the person acting is in another column).
audit-action-appointment-book = Booked an appointment
audit-action-appointment-reschedule = Moved an appointment
audit-action-appointment-cancel = Cancelled an appointment
audit-action-appointment-read = Looked at an appointment
audit-action-appointment-arrive = Recorded that a patient arrived
audit-action-appointment-no_show = Recorded that a patient missed an appointment
audit-action-schedule-read = Saw an appointment on a clinic schedule
audit-action-schedule_block-add = Blocked time on a schedule
audit-action-schedule_block-lift = Lifted blocked time
audit-action-patient-book_for = Began booking an appointment for a patient
audit-action-waitlist-join = Asked for an earlier time
audit-action-waitlist-accept = Accepted an earlier time
audit-action-waitlist-decline = Turned down an earlier time
audit-action-view_patient_summary = Looked up a patient
audit-action-issue_invitation = Created an invitation code for a patient
audit-action-sign_up = Created a patient account
audit-action-issue_staff_invitation = Created an invitation code for a member of staff
audit-action-staff_sign_up = Created a staff account
audit-action-sign_in = Signed in
audit-action-sign_in_password = Entered the right password, before the code step
audit-action-sign_in_second_factor = Entered a sign-in code
audit-action-sign_in_lock = Sign-in paused after too many attempts
audit-action-sign_out = Signed out
audit-action-end_session = Signed out one of their sessions
audit-action-end_other_sessions = Signed out everywhere else
audit-action-set_preferred_locale = Changed their language
audit-action-change_password = Changed their password
audit-action-change_email = Changed their email address
audit-action-email_change_requested = Asked to change their email address
audit-action-email_change_cancelled = Cancelled a change of their email address
audit-action-password_reset_requested = Asked for a password reset link
audit-action-password_reset = Reset their password with a link
audit-action-two_factor_begin = Began setting up two-step verification
audit-action-two_factor_confirm = Entered a code to turn on two-step verification
audit-action-two_factor_on = Turned on two-step verification
audit-action-two_factor_off = Turned off two-step verification
audit-action-recovery_codes_new = Made new recovery codes
audit-action-location_create = Added a location
audit-action-location_update = Changed a location's details
audit-action-location_deactivate = Deactivated a location
audit-action-location_reactivate = Reactivated a location
audit-action-provider_create = Added a clinician
audit-action-provider_update = Changed a clinician's details
audit-action-provider_deactivate = Deactivated a clinician
audit-action-provider_reactivate = Reactivated a clinician
audit-action-credential_add = Added a credential
audit-action-credential_edit = Corrected a credential being verified
audit-action-credential_pending = Reopened a credential for renewal
audit-action-credential_verified = Verified a credential
audit-action-credential_expired = Marked a credential expired
audit-action-credential_revoked = Revoked a credential
audit-action-view_audit_log = Searched the audit log
audit-action-staff_location_assign = Assigned a member of front desk staff to a location
audit-action-staff_location_remove = Removed a member of front desk staff from a location

## Idle sign-out warning

idle-title = Are you still there?
idle-body = { $minutes ->
    [one] For your security, you will be signed out in 1 minute unless you choose to stay.
   *[other] For your security, you will be signed out in { $minutes } minutes unless you choose to stay.
}
idle-stay = Stay signed in

## Account security

security-title = Sign-in and security
password-heading = Change your password
current-password-label = Current password
password-change-submit = Change password
password-changed = Your password was changed. You were signed out everywhere else.
sessions-heading = Where you are signed in
sessions-intro = If you see a device you do not recognise, sign it out.
sessions-caption = Your sessions
sessions-device = Device
sessions-network = Network
sessions-started = Signed in
sessions-last-active = Last active
sessions-actions = Actions
# $browser and $system are product names such as Chrome and Android.
session-device = { $browser } on { $system }
session-device-unknown = Unknown device
network-this-computer = This computer (the portal's own server)
# $address is the network address with its last part hidden, e.g. 192.168.1.x
network-local = A local network, such as a clinic's or a home's ({ $address })
network-internet = The internet ({ $address })
network-unknown = Unknown network
session-this-device = This device
session-end = Sign out
# The button's accessible name: it must start with the visible text of session-end.
session-end-label = Sign out the session on { $device }
sessions-end-others = Sign out everywhere else
sessions-ended = { $count ->
    [one] You were signed out of 1 other session.
   *[other] You were signed out of { $count } other sessions.
}
session-ended = That session was signed out.
email-heading = Email address
email-current = You sign in with:
email-new-label = New email address
email-change-submit = Change email address
email-changed = Your email address was changed. Sign in with the new address from now on.
email-change-sent = We sent a link to the new address. Your address changes when you open it; until then, keep signing in with your current address.
# $address is the new address with most of it hidden, e.g. n…@example.org
email-pending = Waiting for confirmation at { $address }. Open the link we sent there within 24 hours.
email-cancel-submit = Cancel the change
email-change-cancelled = The change of email address was cancelled. Its link no longer works.
confirm-email-title = Confirm your new email address
confirm-email-intro = Press the button to sign in with this address from now on. Until you do, we keep using your current address.
confirm-email-submit = Confirm new email address
email-change-confirm-subject = Confirm your new email address
# $name is the account holder's name; $link opens the confirmation page; $hours is how long it works.
email-change-confirm-body = Hello { $name },

    You asked to sign in to the patient portal with this email address. To confirm it, open this link within { $hours } hours and press the button on the page:

    { $link }

    If this was not you, ignore this email: nothing changes.
email-change-taken-subject = Someone tried to use your email address
# $link is the portal's address.
email-change-taken-body = Hello,

    Someone asked to use this email address for a patient portal account, but an account already uses it, so nothing has changed.

    If you want to sign in, go to { $link }. If you forgot your password, use "Forgot your password?" on the sign-in page. If this was not you, you can ignore this email.
email-change-requested-subject = A change of your email address was asked for
# $address is the new address with most of it hidden; $link opens the account's security page.
email-change-requested-body = Hello { $name },

    Someone asked to change the email address of your patient portal account to { $address }. It changes only when the link we sent to that address is opened; until then we keep using this one.

    If this was not you, open { $link }, cancel the change and change your password.
email-change-done-subject = Your email address was changed
email-change-done-body = Hello { $name },

    The email address of your patient portal account is now { $address }. We will no longer send messages to this address.

    If this was not you, call the clinic at once.
forgot-link = Forgot your password?
forgot-title = Reset your password
forgot-intro = Enter the email address you sign in with. We will send you a link to choose a new password.
forgot-submit = Send reset link
forgot-sent = If an account uses this address, we have sent a link to it. The link works for 30 minutes. Check your spam folder if it does not arrive.
reset-title = Choose a new password
reset-intro = Choose a new password for your account. You will be signed out everywhere, then you can sign in with it.
reset-submit = Save new password
reset-done = Your password was changed. Sign in with your new password.
error-reset-link = This link has expired or has already been used. Ask for a new one.
email-reset-subject = Reset your password
# $name is the account holder's name; $link is the address to open; $minutes is how long it works.
email-reset-body = Hello { $name },

    Someone asked to reset the password of your patient portal account. To choose a new password, open this link within { $minutes } minutes:

    { $link }

    If this was not you, you can ignore this email: your password has not changed.

## Two-step verification

two-factor-heading = Two-step verification
two-factor-intro = After your password, also enter a code from an authenticator app on your phone. Someone who learns your password still cannot sign in.
two-factor-needed = Your staff role needs two-step verification. Set it up here before you can use the staff pages.
two-factor-start = Set up two-step verification
two-factor-scan = Scan this QR code with your authenticator app, or type the key into the app.
two-factor-qr-alt = QR code for your authenticator app. The same key is written below as text.
two-factor-key = Key:
two-factor-code-label = The 6-digit code your app shows
two-factor-confirm = Turn on two-step verification
two-factor-on = Two-step verification is on.
two-factor-turn-off = Turn off two-step verification
two-factor-turned-off = Two-step verification was turned off.
recovery-codes-left = { $count ->
    [one] You have 1 unused recovery code.
   *[other] You have { $count } unused recovery codes.
}
recovery-codes-new = Make new recovery codes
recovery-codes-heading = Your recovery codes
recovery-codes-intro = If you lose your phone, sign in with one of these codes instead. Each code works once. Print them or write them down and keep them somewhere safe: they will not be shown again.
sign-in-code-title = Enter your code
sign-in-code-intro = Open your authenticator app and enter the code it shows for this portal. If you do not have your phone, enter one of your recovery codes.
sign-in-code-label = Code
sign-in-code-submit = Continue
sign-in-code-start-over = Start signing in again
staff-title = Staff accounts
staff-intro = Create an invitation code for a new member of staff. Give it to them in person; they choose their own email address and password, then set up two-step verification.
staff-name-label = Full name
staff-roles-legend = Roles
staff-invitation-create = Create invitation code
# $name is the new staff member's name.
staff-invitation-issued-title = Invitation code for { $name }
staff-invitation-issued-how = They sign up at "Staff sign-up" on this portal with this code. It works once.
staff-locations-link = Where front desk staff work
staff-locations-title = Where front desk staff work
staff-locations-intro = Front desk staff see and change appointments, schedules and blocked time only at the locations assigned to them here.
staff-locations-none = There are no front desk accounts yet.
staff-locations-nowhere = Not assigned to any location: they cannot see any appointments.
staff-locations-everywhere = Assigned to every active location.
staff-locations-remove = Remove
staff-locations-remove-label = Remove { $location } for { $name }
staff-locations-location-label = Location to add
staff-locations-assign = Assign
staff-locations-assign-label = Assign to { $name }
staff-locations-done-assigned = The location was assigned.
staff-locations-done-removed = The location was removed.
staff-sign-up-title = Staff sign-up
staff-sign-up-intro = Enter the invitation code your administrator gave you, and choose the email address and password you will sign in with. Next you will set up two-step verification.
nav-staff = Staff accounts
error-name-required = Enter a name of 1 to 200 characters.
error-role-required = Choose at least one role.
error-code = That code is not right or has already been used. Enter the code your app shows now.
error-stale-form = This page was out of date. It has been updated; please try again.

## Find a doctor

nav-find = Find a doctor
find-title = Find a doctor
find-intro = Search our clinicians by name, specialty, place, language and insurance. Every search has its own address, so you can bookmark or share it.
find-filters = Search filters
find-name-label = Name
find-specialty-label = Specialty
find-location-label = Location
find-postcode-label = Near ZIP code
find-within-label = Distance
# $miles is a number of miles.
find-within-option = Within { $miles } miles
find-language-label = Language spoken
find-plan-label = Insurance plan
find-visit-label = Visit type
find-visit-in-person = In person
find-visit-telehealth = Video visit
find-any = Any
find-new-patients-label = Accepting new patients
find-submit = Search
# $count is the number of clinicians found.
find-count = { $count ->
    [0] No clinicians found.
    [one] 1 clinician found.
   *[other] { $count } clinicians found.
}
find-none = No clinician matches all of these filters. Try removing a filter, choosing a larger distance, or searching by specialty instead of name.
find-unknown-postcode = We do not know the ZIP code you entered, so distance was not used. Check it, or choose a location instead.
find-results = Search results
find-speaks = Speaks
find-accepting = Accepting new patients
find-not-accepting = Not accepting new patients
find-visit-modes = Visits
# $miles is a distance, already rounded.
find-distance = { $miles } miles away
find-pages = Pages
find-previous = Previous page
find-next = Next page
# $page and $pages are numbers.
find-page-of = Page { $page } of { $pages }

provider-role-physician = Physician
provider-role-nurse_practitioner = Nurse practitioner
provider-role-physician_assistant = Physician assistant
provider-role-therapist = Therapist
provider-role-nurse = Nurse
provider-role-midwife = Midwife

specialty-family_medicine = Family medicine
specialty-internal_medicine = Internal medicine
specialty-pediatrics = Pediatrics
specialty-cardiology = Cardiology
specialty-interventional_cardiology = Interventional cardiology
specialty-pediatric_cardiology = Pediatric cardiology
specialty-dermatology = Dermatology
specialty-obstetrics_gynecology = Obstetrics and gynecology
specialty-psychiatry = Psychiatry
specialty-child_psychiatry = Child and adolescent psychiatry
specialty-mental_health_therapy = Counseling and therapy
specialty-orthopedics = Orthopedics
specialty-sports_medicine = Sports medicine
specialty-neurology = Neurology
specialty-endocrinology = Endocrinology
specialty-diabetes_care = Diabetes care
specialty-gastroenterology = Gastroenterology
specialty-ophthalmology = Ophthalmology
specialty-physical_therapy = Physical therapy
specialty-geriatrics = Geriatrics
specialty-nursing = Nursing care

language-en = English
language-es = Spanish
language-ar = Arabic
language-zh = Chinese (Mandarin)
language-yue = Chinese (Cantonese)
language-vi = Vietnamese
language-fr = French
language-ht = Haitian Creole
language-pt = Portuguese
language-ru = Russian
language-ko = Korean
language-tl = Tagalog
language-hi = Hindi
language-pl = Polish
language-it = Italian
language-de = German
language-ja = Japanese
language-fa = Persian
language-so = Somali
language-ur = Urdu
language-bn = Bengali
language-asl = American Sign Language

credential-kind-licence = Licence to practise
credential-kind-board_certification = Board certification
credential-kind-registration = Registration (DEA)
credential-kind-malpractice = Malpractice cover
credential-status-pending = Being verified
credential-status-verified = Verified
credential-status-expired = Expired
credential-status-revoked = Revoked

profile-new-patients = New patients
profile-plans = Insurance accepted
profile-locations = Where to see this clinician
profile-credentials = Credentials
profile-credentials-intro = We check every licence and certification with the body that issued it. A clinician can be booked at a location only while they hold a verified, current licence for that state.
profile-credential-kind = Credential
profile-credential-issuer = Issued by
profile-credential-jurisdiction = Where it applies
profile-credential-valid-to = Valid until
profile-credential-status = Status
# $zone is the time zone's name in words, e.g. Central Time.
profile-hours-caption = Opening hours ({ $zone })
# $opens and $closes are times of day.
profile-hours-range = { $opens } to { $closes }
profile-closed = Closed
profile-not-bookable-inactive = This clinician is not seeing patients at the moment.
profile-not-bookable-new-patients = This clinician is not taking new patients at the moment.
# $jurisdiction is a state's name.
profile-not-bookable-licence-pending = Cannot be booked here yet: the licence for { $jurisdiction } is being verified.
# $jurisdiction is a state's name.
profile-not-bookable-no-licence = Cannot be booked here: we hold no current, verified licence for { $jurisdiction }.
jurisdiction-us-ny = New York
jurisdiction-us-il = Illinois
# A time zone by the name people use, whatever the location's IANA zone id is.
zone-eastern = Eastern Time
zone-central = Central Time
zone-mountain = Mountain Time
# The Mountain zone where clocks do not change in summer (America/Phoenix).
zone-arizona = Mountain Time (Arizona)
zone-pacific = Pacific Time
zone-alaska = Alaska Time
zone-hawaii-aleutian = Hawaii–Aleutian Time
# Puerto Rico and the US Virgin Islands.
zone-atlantic = Atlantic Time
zone-utc = Coordinated Universal Time (UTC)
# A zone without a name of its own: $city is the city it is named after, e.g. Berlin.
zone-city = { $city } time

## Credentialing

nav-credentials = Credentials
credentials-title = Credentials to check
credentials-intro = Licences, board certifications, registrations and malpractice cover that have expired, end within 90 days, or wait for verification. A clinician cannot be booked at a location without a current, verified licence for its state.
credentials-summary = Summary
credentials-band-expired = Expired
credentials-band-30 = Ending within 30 days
credentials-band-60 = Ending in 31 to 60 days
credentials-band-90 = Ending in 61 to 90 days
credentials-band-pending = Waiting for verification
credentials-none = Nothing here.
credentials-col-provider = Clinician
credentials-col-actions = Actions
credentials-evidence-label = Evidence
credentials-verify = Verify
credentials-revoke = Revoke
credentials-reopen = Reopen for renewal
# $what names the clinician and the credential, e.g. "Ana Ruiz, Licence to practise".
credentials-verify-label = Verify: { $what }
# $what names the clinician and the credential.
credentials-revoke-label = Revoke: { $what }
# $what names the clinician and the credential.
credentials-reopen-label = Reopen for renewal: { $what }
error-transition = That change is not allowed for this credential now (for example, an expired credential cannot be verified). The list has been updated.

## Directory administration: locations, providers and their credentials

nav-providers = Providers
nav-locations = Locations
directory-admin-active = Active
directory-admin-inactive = Inactive
directory-admin-col-status = Status
directory-admin-status-heading = Status
directory-admin-save = Save changes
directory-admin-saved = Changes saved.
# $name is the name of what was just added.
directory-admin-added = { $name } was added.
# $name is the name of what was just added.
directory-admin-open = Open { $name }
error-fields = Some fields need correcting. Each problem is listed below and next to its field.
error-jurisdiction = Enter the jurisdiction as a country code and a state code, like US-NY.

locations-title = Locations
locations-intro = Every clinic location, including deactivated ones. A deactivated location disappears from Find a doctor, and its history is kept. Nothing is ever deleted.
locations-list-heading = All locations
locations-none = No locations yet.
locations-col-providers = Clinicians
locations-back = Back to all locations
location-add-heading = Add a location
location-add-submit = Add location
location-edit-heading = Details and opening hours
# $status is Active or Inactive.
location-page-lead = Location · { $status }
location-name-label = Name
location-street-label = Street address
location-city-label = City
location-postcode-label = ZIP code
location-jurisdiction-label = Licensing jurisdiction
location-jurisdiction-hint = Country and state code, like US-NY. Clinicians need a licence for it to be booked here.
location-phone-label = Phone number
location-time-zone-label = Time zone
location-time-zone-hint = An IANA time zone name, like America/New_York or America/Chicago. Opening hours and appointments are shown in it.
# A location's time zone in the list of locations: $name is its name in words (Eastern Time), $zone its IANA id (America/New_York).
location-time-zone-named = { $name } ({ $zone })
location-position-legend = Position on the map
location-position-hint = In decimal degrees, like 40.7128 and -74.0060. Used to measure distance from a ZIP code.
location-latitude-label = Latitude
location-longitude-label = Longitude
location-hours-legend = Opening hours (local time)
location-hours-hint = Leave both times empty on days the location is closed.
location-opens-label = Opens
location-closes-label = Closes
location-active-explanation = This location is active: it is shown in Find a doctor.
location-inactive-explanation = This location is deactivated: it is hidden from Find a doctor. Its hours, clinicians and history are kept.
location-deactivate = Deactivate this location
location-reactivate = Reactivate this location
error-location-name-missing = Enter the location's name.
error-location-name-too-long = The name can have at most 200 characters.
error-location-street-missing = Enter the street address.
error-location-street-too-long = The street address can have at most 200 characters.
error-location-city-missing = Enter the city.
error-location-city-too-long = The city can have at most 100 characters.
error-location-postcode = Enter a ZIP code of 3 to 10 letters, digits, spaces or hyphens.
error-location-latitude = Enter the latitude as a number from -90 to 90, like 40.7128.
error-location-longitude = Enter the longitude as a number from -180 to 180, like -74.0060.
error-location-phone = Enter a phone number with at least 3 digits, using only digits, spaces and + ( ) - .
error-location-time-zone-missing = Enter the location's time zone, like America/New_York.
error-location-time-zone-unknown = We do not know this time zone. Enter an IANA time zone name, like America/New_York or America/Chicago.
# $weekday is a day's name.
error-hours-incomplete = { $weekday }: enter both the opening and the closing time, or leave both empty if closed.
# $weekday is a day's name.
error-hours-opens = { $weekday }: enter the opening time in hours and minutes, like 08:30.
# $weekday is a day's name.
error-hours-closes = { $weekday }: enter the closing time in hours and minutes, like 17:00.
# $weekday is a day's name.
error-hours-order = { $weekday }: the closing time must be later than the opening time.

providers-title = Providers
providers-intro = Every clinician in the directory, including deactivated ones. A deactivated clinician disappears from Find a doctor, and their credentials and history are kept. Nothing is ever deleted.
providers-list-heading = All providers
providers-search-label = Search providers
providers-count = { $count ->
    [one] 1 clinician.
   *[other] { $count } clinicians.
}
providers-count-found = { $count ->
    [0] No clinician has this name.
    [one] 1 clinician found.
   *[other] { $count } clinicians found.
}
# $limit is a number.
providers-more = Only the first { $limit } are listed. Search by name to find others.
providers-col-pending = Credentials to verify
providers-back = Back to all providers
provider-add-heading = Add a provider
provider-add-submit = Add provider
provider-edit-heading = Details
# $role is the clinician's role, $status is Active or Inactive.
provider-page-lead = { $role } · { $status }
provider-public-profile = Public profile
provider-given-name-label = Given name
provider-family-name-label = Family name
provider-suffix-label = Qualifications (optional)
provider-suffix-hint = Shown after the name, like MD, DO, NP or LCSW.
provider-role-label = Role
provider-role-choose = Choose a role
provider-gender-label = Gender (optional)
provider-gender-not-stated = Not stated
provider-gender-female = Female
provider-gender-male = Male
provider-gender-nonbinary = Non-binary
provider-visit-modes-legend = How patients can see them
provider-specialties-legend = Specialties
provider-languages-legend = Languages spoken
provider-plans-legend = Insurance plans accepted
provider-locations-legend = Locations
provider-locations-hint = Only active locations can be added. A deactivated location the clinician already has is kept until you untick it.
# $name is a location's name and city.
provider-location-inactive = { $name } (deactivated)
provider-bios-legend = Bio (optional)
provider-bios-hint = A short introduction for patients, in each language you have it in. Patients read it in their language, or else in English.
# $language is a language's name.
provider-bio-label = Bio in { $language }
provider-active-explanation = This clinician is active: they are shown in Find a doctor.
provider-inactive-explanation = This clinician is deactivated: they are hidden from Find a doctor. Their credentials and history are kept.
provider-deactivate = Deactivate this clinician
provider-reactivate = Reactivate this clinician
provider-credentials-none = No credentials recorded yet.
provider-credentials-dashboard-link = Credentials to check
provider-credential-add-heading = Add a credential
provider-credential-add-intro = A new credential waits for verification on the credentials page before it counts.
provider-credential-add = Add credential
provider-credential-correct-heading = Correct a credential being verified
provider-credential-correct = Correct
# $what names the credential, e.g. "Licence to practise 312456".
provider-credential-correct-label = Correct: { $what }
provider-credential-save = Save credential
provider-credential-cancel = Cancel
provider-credential-saved = The credential was saved and is waiting for verification.
credential-kind-choose = Choose a kind
credential-number-label = Number
credential-issuer-hint = The board or agency that issued it, like NYSED or the DEA.
credential-jurisdiction-hint = Needed for licences and registrations: country and state code, like US-NY.
credential-valid-from-label = Valid from
error-provider-given-name-missing = Enter the given name.
error-provider-given-name-too-long = The given name can have at most 100 characters.
error-provider-family-name-missing = Enter the family name.
error-provider-family-name-too-long = The family name can have at most 100 characters.
error-provider-suffix-too-long = Qualifications can have at most 40 characters.
error-provider-role = Choose a role.
error-provider-gender = Choose a gender from the list, or Not stated.
error-provider-visit-mode = Choose in person, video visit or both.
error-provider-specialty = Choose specialties from the list only.
error-provider-language = Choose languages from the list only.
error-provider-plan = Choose insurance plans from the list only.
error-provider-location = Choose active locations only: a deactivated location cannot be added.
# $language is a language's name.
error-provider-bio-too-long = The bio in { $language } can have at most 2000 characters.
error-provider-bio-locale = A bio can only be written in one of the portal's languages.
error-credential-kind = Choose the kind of credential.
error-credential-issuer-missing = Enter who issued the credential.
error-credential-issuer-too-long = The issuer can have at most 200 characters.
error-credential-number-missing = Enter the credential's number.
error-credential-number-too-long = The number can have at most 100 characters.
error-credential-jurisdiction-missing = Licences and registrations need a jurisdiction, like US-NY.
error-credential-valid-from = Enter the date it is valid from.
error-credential-valid-to = Enter the date it is valid until.
error-credential-order = The end date cannot be before the start date.

## Home page

home-title = Welcome to { -brand }
home-intro = Manage your care online, in your language, on any device.
home-features-heading = With your portal you will be able to
home-feature-find = find a doctor who speaks your language and accepts your insurance,
home-feature-book = book, change or cancel appointments,
home-feature-message = send non-urgent messages to your care team,
home-feature-records = read your visit summaries and test results.
home-help-heading = Need help?
home-help-body = Our front desk can help you get started. Read how we make this portal work for everyone in our accessibility statement.
home-help-link = Read the accessibility statement

## Accessibility statement

accessibility-title = Accessibility statement
accessibility-intro = We want everyone to be able to use this portal, including people who use a screen reader, a keyboard, voice control or magnification, and people who read a language other than English.
accessibility-standard-heading = The standard we follow
accessibility-standard-body = This portal aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every page is checked automatically in every language before each release.
accessibility-features-heading = What you can expect
accessibility-feature-keyboard = Every task can be done with a keyboard alone.
accessibility-feature-languages = Every page is available in English, Spanish, Arabic, Simplified Chinese and Vietnamese.
accessibility-feature-zoom = Text can be enlarged to 400% without losing any content.
accessibility-feature-no-script = The main tasks work even when JavaScript is turned off or slow to load.
accessibility-help-heading = If something does not work for you
accessibility-help-body = Tell the front desk at your clinic, or ask them for this information in another format. We reply within five working days.

## Not found

not-found-title = Page not found
not-found-body = We could not find the page you asked for. It may have moved, or the address may have a typing mistake.
not-found-home = Go to the home page

## Errors

error-title = Something went wrong
error-body = We could not complete your request. Nothing you entered was lost. Please try again in a moment.
error-reference = Reference code: { $code }
error-reference-help = If you contact us about this problem, tell us this code so we can find out what happened.
error-forbidden-origin = This request came from another website, so we refused it to protect your account.
continue-title = Continue to this page?
continue-body = You followed a link from another website to a page that records who looks at it. To protect your record, the portal opens it only from its own link.
# $page is the address of the page on this site, without anything after a question mark
continue-link = Continue to { $page }
error-sign-in-invalid = The email or password is not right. Check them and try again.
error-too-many-attempts = { $minutes ->
    [one] Too many attempts. Try again in 1 minute.
   *[other] Too many attempts. Try again in { $minutes } minutes.
}
error-sign-in-required = Please sign in to see this page.
error-not-found = We could not find that. It may have been removed.
error-request = Your request could not be sent. Check your connection and try again.
error-invitation-invalid = The invitation code or date of birth is not right. Check them, or ask the front desk for a new code.
error-already-has-account = This patient already has an account.
error-password-too-short = Choose a password of at least 12 characters.
error-password-too-long = Choose a password of at most 256 characters.
error-password-guessable = This password is too easy to guess. Avoid common words, your name and your email address.
error-email-invalid = Enter an email address like name@example.com.
error-email-taken = An account with this email address already exists. Sign in instead, or use another address.
error-email-change-link = This link has expired, was replaced or cancelled, or has already been used. Ask for a new one on your account's security page.
error-email-taken-meanwhile = Another account started using this address before you confirmed it, so your email address has not changed. Choose another address.
error-current-password = Your current password is not right.

## Formatting of dates, times and money

# $weekday is one of: mon tue wed thu fri sat sun
weekday-name = { $weekday ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}
# $month is 1 to 12
month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# $weekday and $month are already names; $day and $year are numbers.
date-long = { $weekday }, { $month } { $day }, { $year }
# $hour12 is 1 to 12, $hour24 is 00 to 23, $minute is 00 to 59, $period is am or pm.
time-short = { $hour12 }:{ $minute } { $period ->
    [am] AM
   *[pm] PM
}
# $zone is the time zone's name in words, e.g. Eastern Time.
date-time-in-zone = { $date } at { $time } { $zone }
# $amount is already written with this language's digit grouping and decimal mark.
money-usd = ${ $amount }

## Booking and appointments
error-slot-taken = That time was just taken. Choose one of the nearest free times below, or another time.
error-patient-busy = You already have an appointment at that time. Choose another time.
error-visit-not-offered = That time is not offered for this kind of visit. Choose another kind of visit or another time.
error-reason-required = Say briefly what the visit is for.
error-reason-too-long = The reason can be at most 500 characters.
# $hours is the location's cut-off in hours
error-change-too-late = This appointment starts in less than { $hours } hours, so it can no longer be changed online. Please call the clinic.
# $hours is the location's cut-off in hours
error-offer-replaces-too-late = Your current appointment starts in less than { $hours } hours, so it can no longer be swapped for this time online. Please call the clinic.
error-not-changeable = This appointment can no longer be changed.
# $name is the clinician's name
book-title = Book with { $name }
book-choose-time = Choose a time
# $zone is the time zone's name in words, e.g. Eastern Time.
book-times-local = Times are in the clinic's local time ({ $zone }).
book-no-times = No free times this week. Try a later week.
book-weeks = Weeks
book-earlier = Earlier times
book-later = Later times
book-confirm-title = Confirm your appointment
# $when is the date and time with its zone; $place is the clinic
book-chosen = { $when } at { $place }
book-nearest = Nearest free times
book-visit-type = Kind of visit
book-new-patient = First visit with this clinician
book-follow-up = Follow-up visit
book-visit-mode = How you will meet
book-reason = Reason for the visit
book-reason-hint = A few words are enough, for example "knee pain" or "repeat prescription". At most 500 characters.
book-instructions-title = Before your visit
book-instructions-in-person = Please arrive 15 minutes early. Bring a photo ID, your insurance card and a list of the medicines you take.
book-instructions-telehealth = For a video visit, use a phone or computer with a camera in a quiet, private place. We send the link by email 15 minutes before the start.
book-confirm = Confirm booking
book-other-time = Choose another time
book-next-available = Next available
book-see-all-times = See all times
appointments-title = Appointments
appointments-book-new = Book a new appointment
appointments-upcoming = Coming up
appointments-past = Past and cancelled
appointments-none-upcoming = You have no appointments coming up.
appointments-none-past = No past appointments.
# $provider is the clinician's name, $place the clinic
appointments-with = With { $provider } at { $place }
appointment-title = Appointment
appointment-when = When
# $start is the date and start time with the zone, $end the end time
appointment-when-range = { $start } to { $end }
appointment-with = With
appointment-where = Where
appointment-patient = Patient
appointment-status = Status
appointment-add-to-calendar = Add to calendar (.ics)
appointment-add-to-calendar-with-reason = Add to calendar with the reason for the visit (.ics)
appointment-calendar-reason-note = The first file leaves out why you are going, so a shared or synced calendar does not show it.
appointment-reschedule = Move to another time
appointment-new-time = New time
appointment-reschedule-submit = Move appointment
appointment-cancel = Cancel this appointment
appointment-cancel-submit = Cancel appointment
appointment-all = All appointments
appointment-booked-notice = Your appointment is booked. We sent a confirmation by email.
appointment-rescheduled-notice = Your appointment has been moved. We sent the new time by email.
appointment-cancelled-notice = Your appointment is cancelled.
appointment-status-held = Offered to you
appointment-status-booked = Booked
appointment-status-arrived = Arrived
appointment-status-completed = Completed
appointment-status-no_show = Missed
appointment-status-cancelled = Cancelled
appointment-status-lapsed = Offer expired
# $provider is the clinician's name
calendar-summary = Appointment with { $provider }
# $reason is what the patient wrote; $phone the clinic's number
calendar-description = Reason: { $reason }. To change or cancel, use the portal or call { $phone }.
# $phone is the clinic's number
calendar-description-no-reason = To change or cancel, use the portal or call { $phone }.
email-appointment-booked-subject = Your appointment is booked
email-appointment-rescheduled-subject = Your appointment has moved
email-appointment-cancelled-subject = Your appointment is cancelled
# $when is the date and time with the zone
email-appointment-reminder-subject = Reminder: appointment on { $when }
email-appointment-booked = Your appointment is booked.
# $previous is the old date and time with the zone
email-appointment-rescheduled = Your appointment has moved. It was on { $previous }.
email-appointment-cancelled = Your appointment has been cancelled. If you did not ask for this, please call the clinic.
email-appointment-reminder = This is a reminder of your coming appointment.
email-appointment-in-person = In person
email-appointment-telehealth = Video visit
# $when, $provider, $place and $mode are already written out
email-appointment-details =
    When: { $when }
    With: { $provider }
    Where: { $place }
    How: { $mode }
# $name is the patient's name; $opening, $details and $link are already written out
email-appointment-body = Hello { $name },

    { $opening }

    { $details }

    To see, move or cancel it, or to add it to your calendar:
    { $link }
profile-no-times = No free times in the next two weeks. See all times for later weeks.
find-sort-label = Sort by
find-sort-relevance = Best match
find-sort-soonest = Soonest available
# $count is how many of the best matches were sorted (a formatted number)
find-soonest-among = Sorted by the soonest time among the { $count } best matches. Narrow your search, or sign in, to sort every match.
# $when is the date and time with its zone; $place is the clinic
find-next-available-at = Next available: { $when } at { $place }
find-no-times = No free times in the next 60 days.
appointment-phone = Clinic phone
waitlist-title = Want an earlier time?
waitlist-intro = We can tell you when an earlier time with this clinician frees up. We hold it for you for up to two hours; if you book it, this appointment is cancelled.
waitlist-join = Tell me about earlier times
waitlist-joined-notice = You are on the waitlist. We will email you when an earlier time frees up.
offer-title = An earlier time is free for you
# $when is the date and time with its zone; $provider the clinician; $place the clinic; $until the time the hold ends
offer-text = { $when } with { $provider } at { $place }. We hold it for you until { $until }.
offer-accept = Book this time
offer-decline = No, thanks
email-offer-subject = An earlier appointment time is free
# $name, $when, $provider, $place, $until and $link are already written out
email-offer-body = Hello { $name },

    An earlier time has freed up: { $when } with { $provider } at { $place }.

    We hold it for you until { $until }. To book it (your later appointment is then cancelled), or to let it go:
    { $link }
# $name is the patient's name
book-for-patient = Booking for { $name }
book-for-patient-start = Book an appointment
# $name is the patient's name
book-for-patient-start-label = Book an appointment for { $name }
book-for-patient-stop = Stop booking for this patient

## Staff schedule (/staff/schedule)
nav-schedule = Schedule
staff-schedule-title = Schedule
staff-schedule-intro-desk = A location's clinicians by day or by week: working hours, appointments and arrivals, blocked time and who is on call.
staff-schedule-intro-provider = Your appointments, working hours, blocked time and on-call duty.
staff-schedule-location = Location
staff-schedule-provider = Clinician
staff-schedule-all-providers = All clinicians
staff-schedule-all-locations = All my locations
staff-schedule-day = Date
staff-schedule-span = Show
staff-schedule-span-day = One day
staff-schedule-span-week = The whole week
staff-schedule-show = Show schedule
staff-schedule-dates = Dates
staff-schedule-previous-day = Previous day
staff-schedule-next-day = Next day
staff-schedule-previous-week = Previous week
staff-schedule-next-week = Next week
staff-schedule-today = Today
# $place is the clinic, $zone its time zone's name in words, e.g. Eastern Time.
staff-schedule-zone = Times are local to { $place } ({ $zone }).
staff-schedule-none = No clinicians to show.
# $jurisdiction is a state's name
staff-schedule-licence-none = Licence problem: no current, verified licence for { $jurisdiction }. Patients cannot book this clinician here.
# $jurisdiction is a state's name
staff-schedule-licence-pending = Licence problem: the licence for { $jurisdiction } is still being verified. Patients cannot book this clinician here yet.
staff-schedule-hours = Working hours
staff-schedule-not-working = Not working
# $start and $end are times of day
staff-schedule-hours-range = { $start } to { $end }
staff-schedule-on-call = On call
staff-schedule-blocks = Blocked time
staff-schedule-appointments = Appointments
staff-schedule-no-appointments = No appointments.
# $start and $end are times of day, $zone the time zone's name in words, e.g. Eastern Time.
staff-schedule-time-range = { $start } to { $end } { $zone }
# $start and $end are dates and times with their zone
staff-schedule-date-range = { $start } to { $end }
# $status is the appointment's status
staff-schedule-status = Status: { $status }
staff-schedule-during-block = During blocked time
staff-schedule-whole-location = Everyone at this location
staff-schedule-affected = Appointments during this time (they keep their time until someone moves or cancels them):
staff-schedule-mark-arrived = Mark arrived
# $who is the patient's name and the appointment's time
staff-schedule-mark-arrived-label = Mark arrived: { $who }
staff-schedule-mark-no-show = Mark no-show
# $who is the patient's name and the appointment's time
staff-schedule-mark-no-show-label = Mark no-show: { $who }
staff-schedule-lift = Lift
# $what is the reason and the time of the blocked time
staff-schedule-lift-label = Lift blocked time: { $what }
staff-schedule-add-block = Add blocked time
staff-schedule-block-intro = Blocked time is no longer offered to patients. Appointments already booked in it keep their time; the schedule lists them so you can move or cancel them.
# $zone is the time zone's name in words, e.g. Eastern Time.
staff-schedule-block-zone = Enter the dates and times in the location's local time ({ $zone }).
staff-schedule-block-who = Clinician
staff-schedule-block-reason = Reason
staff-schedule-block-start-date = Start date
staff-schedule-block-start-time = Start time
staff-schedule-block-end-date = End date
staff-schedule-block-end-time = End time
staff-schedule-block-submit = Add blocked time
staff-block-reason-procedure = Procedure
staff-block-reason-leave = Leave
staff-block-reason-holiday = Holiday
staff-block-reason-training = Training
staff-block-reason-other = Other
staff-status-held = Held for a waitlist offer
staff-status-booked = Booked
staff-status-arrived = Arrived
staff-status-completed = Completed
staff-status-no_show = No-show
staff-status-cancelled = Cancelled
staff-status-lapsed = Offer expired
staff-visit-new-patient = New patient
staff-visit-follow-up = Follow-up
staff-schedule-done-arrived = Marked as arrived.
staff-schedule-done-no_show = Marked as a no-show.
staff-schedule-done-blocked = Blocked time added. Its times are no longer offered to patients.
# $count is the number of appointments during the blocked time
staff-schedule-done-blocked-affected = { $count ->
    [one] It falls on one appointment, listed with it below.
   *[other] It falls on { $count } appointments, listed with it below.
}
staff-schedule-done-lifted = Blocked time lifted. Its times are offered again.
staff-error-not-booked = This appointment is no longer booked, so it cannot be marked. The schedule now shows its status.
staff-error-not-its-day = A patient can be marked arrived only on the day of their appointment.
staff-error-not-started = An appointment can be marked as a no-show only once it has started.
staff-block-error = Check the blocked time: some fields need correcting.
staff-block-error-missing-date = Enter a date.
staff-block-error-missing-time = Enter a time.
staff-block-error-not-a-date = Enter a date as year, month and day, for example 2027-01-18.
staff-block-error-not-a-time = Enter a time as hours and minutes, for example 09:30.
staff-block-error-end-not-after-start = The end must be after the start.
staff-block-error-too-long = Blocked time can be at most 366 days long. Enter a longer leave in parts.
# $field is the field's name, $problem what is wrong with it
staff-block-error-in-field = { $field }: { $problem }

## Shell: menu, language and display preferences
# The disclosure that holds the sections on narrow screens.
menu = Menu
nav-appointments = Appointments
# The language chooser's label in the page's language ($here) with the English one ($english) beside it.
language-label-with-english = { $here } ({ $english })
display-legend = Display
display-text-size = Text size
# $percent is a number such as 150
display-text-size-option = { $percent }%
display-high-contrast = High contrast
display-submit = Apply
