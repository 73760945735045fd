-- The provider directory: locations (each in one IANA time zone and one licensing
-- jurisdiction), providers with their specialties, languages, insurance plans and visit modes,
-- and their credentials. Nothing is deleted: locations and providers are deactivated, and
-- credentials change status. Names of specialties and languages are translated in the app
-- (`specialty-<code>`, `language-<tag>`); these tables are the controlled lists.

CREATE TABLE specialties (
    code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 60),
    -- a subspecialty names its specialty
    parent_code TEXT REFERENCES specialties (code)
) STRICT;
INSERT INTO specialties (code, parent_code) VALUES
    ('family_medicine', NULL),
    ('internal_medicine', NULL),
    ('pediatrics', NULL),
    ('cardiology', NULL),
    ('interventional_cardiology', 'cardiology'),
    ('pediatric_cardiology', 'cardiology'),
    ('dermatology', NULL),
    ('obstetrics_gynecology', NULL),
    ('psychiatry', NULL),
    ('child_psychiatry', 'psychiatry'),
    ('mental_health_therapy', NULL),
    ('orthopedics', NULL),
    ('sports_medicine', 'orthopedics'),
    ('neurology', NULL),
    ('endocrinology', NULL),
    ('diabetes_care', 'endocrinology'),
    ('gastroenterology', NULL),
    ('ophthalmology', NULL),
    ('physical_therapy', NULL),
    ('geriatrics', NULL),
    ('nursing', NULL);

-- Languages a provider may speak, as BCP 47 tags ('asl' is American Sign Language).
CREATE TABLE spoken_languages (
    tag TEXT PRIMARY KEY CHECK (length(tag) BETWEEN 2 AND 12)
) STRICT;
INSERT INTO spoken_languages (tag) VALUES ('en'), ('es'), ('ar'), ('zh'), ('vi'), ('fr'), ('ht'), ('pt'), ('ru'), ('ko'), ('tl'), ('hi'), ('pl'), ('it'), ('de'), ('ja'), ('fa'), ('so'), ('ur'), ('bn'), ('yue'), ('asl');

CREATE TABLE insurance_plans (
    code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 60),
    -- a plan's own name (a proper noun, not translated)
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
) STRICT;

-- Coordinates of postcodes the directory can measure distance from (no network geocoding).
CREATE TABLE postcodes (
    postcode TEXT PRIMARY KEY CHECK (length(postcode) BETWEEN 3 AND 10),
    latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180)
) STRICT;

CREATE TABLE locations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    street TEXT NOT NULL CHECK (length(street) BETWEEN 1 AND 200),
    city TEXT NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
    -- the licensing jurisdiction, e.g. US-NY
    jurisdiction TEXT NOT NULL CHECK (length(jurisdiction) BETWEEN 2 AND 10),
    postcode TEXT NOT NULL CHECK (length(postcode) BETWEEN 3 AND 10),
    latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    phone TEXT NOT NULL CHECK (length(phone) BETWEEN 3 AND 40),
    -- IANA time zone, e.g. America/New_York
    time_zone TEXT NOT NULL CHECK (length(time_zone) BETWEEN 3 AND 64),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL
) STRICT;

-- Opening hours in the location's own time zone; a weekday without a row is closed.
CREATE TABLE location_hours (
    location_id INTEGER NOT NULL REFERENCES locations (id),
    -- ISO weekday: 1 Monday … 7 Sunday
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens TEXT NOT NULL CHECK (opens GLOB '[0-2][0-9]:[0-5][0-9]'),
    closes TEXT NOT NULL CHECK (closes GLOB '[0-2][0-9]:[0-5][0-9]'),
    PRIMARY KEY (location_id, weekday),
    CHECK (closes > opens)
) STRICT;

CREATE TABLE providers (
    id INTEGER PRIMARY KEY,
    -- the staff account that is this provider, when they have one
    user_id INTEGER UNIQUE REFERENCES users (id),
    given_name TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    -- e.g. MD, DO, NP, LCSW: shown after the name
    credentials_suffix TEXT CHECK (length(credentials_suffix) <= 40),
    role TEXT NOT NULL CHECK (role IN ('physician', 'nurse_practitioner', 'physician_assistant',
        'therapist', 'nurse', 'midwife')),
    gender TEXT CHECK (gender IN ('female', 'male', 'nonbinary')),
    accepting_new_patients INTEGER NOT NULL DEFAULT 1 CHECK (accepting_new_patients IN (0, 1)),
    in_person INTEGER NOT NULL DEFAULT 1 CHECK (in_person IN (0, 1)),
    telehealth INTEGER NOT NULL DEFAULT 0 CHECK (telehealth IN (0, 1)),
    photo_path TEXT CHECK (length(photo_path) <= 200),
    photo_alt TEXT CHECK (length(photo_alt) <= 300),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL,
    CHECK (in_person = 1 OR telehealth = 1),
    CHECK ((photo_path IS NULL) = (photo_alt IS NULL))
) STRICT;
CREATE INDEX providers_by_family_name ON providers (lower(family_name));

CREATE TABLE provider_bios (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    locale TEXT NOT NULL CHECK (locale IN ('en', 'es', 'ar', 'zh-CN', 'vi')),
    bio TEXT NOT NULL CHECK (length(bio) BETWEEN 1 AND 2000),
    PRIMARY KEY (provider_id, locale)
) STRICT;

CREATE TABLE provider_specialties (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    specialty_code TEXT NOT NULL REFERENCES specialties (code),
    PRIMARY KEY (provider_id, specialty_code)
) STRICT;
CREATE INDEX provider_specialties_by_code ON provider_specialties (specialty_code, provider_id);

CREATE TABLE provider_locations (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    location_id INTEGER NOT NULL REFERENCES locations (id),
    PRIMARY KEY (provider_id, location_id)
) STRICT;
CREATE INDEX provider_locations_by_location ON provider_locations (location_id, provider_id);

CREATE TABLE provider_languages (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    language TEXT NOT NULL REFERENCES spoken_languages (tag),
    PRIMARY KEY (provider_id, language)
) STRICT;
CREATE INDEX provider_languages_by_language ON provider_languages (language, provider_id);

CREATE TABLE provider_plans (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    plan_code TEXT NOT NULL REFERENCES insurance_plans (code),
    PRIMARY KEY (provider_id, plan_code)
) STRICT;
CREATE INDEX provider_plans_by_plan ON provider_plans (plan_code, provider_id);

-- Licences, board certifications, DEA/registrations and malpractice cover. Status moves only
-- as `domain::credentials::transition` allows; expiry moves a credential to 'expired'.
CREATE TABLE credentials (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    kind TEXT NOT NULL CHECK (kind IN ('licence', 'board_certification', 'registration',
        'malpractice')),
    issuer TEXT NOT NULL CHECK (length(issuer) BETWEEN 1 AND 200),
    number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 100),
    -- where a licence or registration applies, e.g. US-NY; matched to locations.jurisdiction
    jurisdiction TEXT CHECK (length(jurisdiction) BETWEEN 2 AND 10),
    valid_from TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    valid_to TEXT NOT NULL CHECK (valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'verified', 'expired', 'revoked')),
    verified_by INTEGER REFERENCES users (id),
    verified_at INTEGER,
    evidence_note TEXT CHECK (length(evidence_note) <= 2000),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (kind NOT IN ('licence', 'registration') OR jurisdiction IS NOT NULL),
    CHECK (valid_to >= valid_from),
    CHECK (status <> 'verified' OR (verified_at IS NOT NULL AND verified_by IS NOT NULL))
) STRICT;
CREATE INDEX credentials_by_provider ON credentials (provider_id, kind, jurisdiction);
CREATE INDEX credentials_by_expiry ON credentials (status, valid_to);
