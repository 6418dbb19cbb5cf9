-- Schema 1: the register of organisations (enti del Terzo Settore) and people.
-- The schema enforces what it can; the domain rules give the clerk the sentences.

CREATE TABLE organisations (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category      TEXT NOT NULL CHECK (category IN (
                      'social-cooperative', 'volunteer-organisation',
                      'social-promotion-association', 'care-home-foundation',
                      'local-foundation', 'patronage', 'family-association',
                      'family-forum', 'religious-body', 'other')),
    tax_code      TEXT NOT NULL UNIQUE CHECK (length(tax_code) = 11),
    runts_section TEXT,
    runts_number  TEXT,
    comune        TEXT,
    address       TEXT,
    pec           TEXT,
    email         TEXT,
    phone         TEXT,
    notes         TEXT,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE INDEX organisations_by_name ON organisations (name COLLATE NOCASE);

CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    given_name      TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
    family_name     TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
    tax_code        TEXT UNIQUE CHECK (tax_code IS NULL OR length(tax_code) = 16),
    email           TEXT,
    pec             TEXT,
    phone           TEXT,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
    notes           TEXT
);

CREATE INDEX people_by_organisation ON people (organisation_id);
CREATE INDEX people_by_name ON people (family_name COLLATE NOCASE, given_name COLLATE NOCASE);
