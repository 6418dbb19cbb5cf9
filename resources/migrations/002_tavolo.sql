-- Schema 2: the Tavolo's history (R-J): offices, delegations, designations, regulation versions,
-- requests, meetings and working groups. Terms end, they are never deleted or rewritten.
-- Dates are ISO text (YYYY-MM-DD), times HH:MM; the rules give the clerk the sentences, the
-- schema refuses what must never be stored whatever the program does.

CREATE TABLE office_terms (
    id        INTEGER PRIMARY KEY,
    office    TEXT NOT NULL CHECK (office IN ('mayors-president', 'planning-office-head',
                                              'asl-social-director', 'asl-district-director')),
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    date_from TEXT NOT NULL,
    date_to   TEXT CHECK (date_to IS NULL OR date_to >= date_from)
);

CREATE TABLE delegations (
    id            INTEGER PRIMARY KEY,
    office        TEXT NOT NULL CHECK (office IN ('mayors-president', 'asl-social-director',
                                                  'asl-district-director')),
    delegate_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    date_from     TEXT NOT NULL,
    date_to       TEXT CHECK (date_to IS NULL OR date_to >= date_from),
    act_date      TEXT NOT NULL,
    act_reference TEXT NOT NULL CHECK (length(trim(act_reference)) > 0)
);

CREATE TABLE designations (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    category        TEXT NOT NULL CHECK (category <> 'other'), -- the organisation's, when designated
    person_id       INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    date_from       TEXT NOT NULL,
    date_to         TEXT CHECK (date_to IS NULL OR date_to >= date_from),
    act_date        TEXT NOT NULL,
    act_reference   TEXT NOT NULL CHECK (length(trim(act_reference)) > 0)
);

CREATE INDEX designations_by_category ON designations (category, date_from);

CREATE TABLE regulation_versions (
    id                    INTEGER PRIMARY KEY,
    effective             TEXT NOT NULL UNIQUE,
    min_meetings_per_year INTEGER NOT NULL CHECK (min_meetings_per_year >= 2),
    notice_days           INTEGER NOT NULL CHECK (notice_days >= 0),
    threshold_numerator   INTEGER NOT NULL CHECK (threshold_numerator > 0),
    threshold_denominator INTEGER NOT NULL CHECK (threshold_numerator * 3 <= threshold_denominator),
    request_deadline_days INTEGER NOT NULL CHECK (request_deadline_days >= 1),
    seats                 TEXT NOT NULL -- JSON object: category id → seats
);

CREATE TABLE regulation_approvals (
    regulation_id INTEGER NOT NULL REFERENCES regulation_versions (id) ON DELETE CASCADE,
    person_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    PRIMARY KEY (regulation_id, person_id)
);

CREATE TABLE requests (
    id         INTEGER PRIMARY KEY,
    date       TEXT NOT NULL,
    motivation TEXT NOT NULL CHECK (length(trim(motivation)) > 0)
);

CREATE TABLE request_signatories (
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    PRIMARY KEY (request_id, person_id)
);

CREATE TABLE meetings (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('ordinary', 'requested', 'joint')),
    date          TEXT NOT NULL,
    time          TEXT,
    place         TEXT,
    online_link   TEXT,
    request_id    INTEGER REFERENCES requests (id) ON DELETE RESTRICT,
    convened_by   TEXT,
    joint_with    TEXT, -- JSON array of the other tables' names
    state         TEXT NOT NULL DEFAULT 'draft'
                  CHECK (state IN ('draft', 'convened', 'held', 'cancelled')),
    convened_on   TEXT,
    cancel_reason TEXT,
    CHECK (kind <> 'requested' OR request_id IS NOT NULL)
);

CREATE INDEX meetings_by_date ON meetings (date);

CREATE TABLE agenda_items (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE materials (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    file_name  TEXT,
    content    BLOB -- the file itself, so that the archive is complete on its own
);

CREATE TABLE guests (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    status     TEXT NOT NULL CHECK (status IN ('present', 'excused', 'absent')),
    PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE working_groups (
    id                      INTEGER PRIMARY KEY,
    name                    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    area                    TEXT,
    proposed_coordinator_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    coordinator_id          INTEGER REFERENCES people (id) ON DELETE RESTRICT
);

CREATE TABLE group_participants (
    group_id  INTEGER NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    PRIMARY KEY (group_id, person_id)
);

CREATE TABLE group_meetings (
    id                   INTEGER PRIMARY KEY,
    group_id             INTEGER NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    date                 TEXT NOT NULL,
    time                 TEXT,
    place                TEXT,
    agenda               TEXT, -- JSON array of items
    held                 INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
    ratified_coordinator INTEGER NOT NULL DEFAULT 0 CHECK (ratified_coordinator IN (0, 1))
);

CREATE TABLE group_attendance (
    group_meeting_id INTEGER NOT NULL REFERENCES group_meetings (id) ON DELETE CASCADE,
    person_id        INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    status           TEXT NOT NULL CHECK (status IN ('present', 'excused', 'absent')),
    PRIMARY KEY (group_meeting_id, person_id)
);
