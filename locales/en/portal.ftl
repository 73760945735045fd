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
route-announcement = Page loaded: { $title }
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

## Account security

security-title = Sign-in and security
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
error-sign-in-invalid = The email or password is not right. Check them and try again.
error-too-many-attempts = { $minutes ->
    [one] Too many attempts. Try again in 1 minute.
   *[other] Too many attempts. Try again in { $minutes } minutes.
}
error-sign-in-required = Please sign in to see this page.
error-not-found = We could not find that. It may have been removed.
error-request = Your request could not be sent. Check your connection and try again.

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
# $zone is the time zone's abbreviation, e.g. EST.
date-time-in-zone = { $date } at { $time } { $zone }
# $amount is already written with this language's digit grouping and decimal mark.
money-usd = ${ $amount }
