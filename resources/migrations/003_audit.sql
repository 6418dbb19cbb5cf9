-- Schema 3: the audit trail ("nothing lost, ever"; R-J). Every INSERT, UPDATE and DELETE of an
-- audited table appends one row to `audit`: when (UTC), which operating-system user, which
-- operation of the program ("org.update", "import orgs", an undo command's name), the table and
-- row, and the row's values before and after as JSON. Nothing can change or delete audit rows.
--
-- Who and what reach the triggers through `audit_context`, a table of exactly one row that the
-- Archive rewrites at the start of every transaction (Archive::setActor / setOperation /
-- AuditScope). The triggers read it with scalar sub-queries, so that if the row were ever
-- missing the NOT NULL columns make the write fail instead of going unrecorded.
--
-- PATTERN to audit another table T (copy into a later migration, e.g. 004_audit_rules.sql;
-- list EVERY column of T in json_object, with the column name as key; `id` is the row id):
--
--   CREATE TRIGGER audit_T_insert AFTER INSERT ON T
--   BEGIN
--       INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
--       VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
--               'T', NEW.id, 'insert', NULL, json_object('col1', NEW.col1, 'col2', NEW.col2));
--   END;
--   CREATE TRIGGER audit_T_update AFTER UPDATE ON T
--   BEGIN
--       INSERT INTO audit (...same columns...)
--       VALUES (..., 'T', NEW.id, 'update', json_object('col1', OLD.col1, ...),
--               json_object('col1', NEW.col1, ...));
--   END;
--   CREATE TRIGGER audit_T_delete AFTER DELETE ON T
--   BEGIN
--       INSERT INTO audit (...same columns...)
--       VALUES (..., 'T', OLD.id, 'delete', json_object('col1', OLD.col1, ...), NULL);
--   END;
--
-- A table that holds a person's contacts must also be added to the personal-data scrub
-- (core/storage/personaldata.cpp), or anonymising a person would leave them in its audit rows.
-- (Each trigger must end with a line that is exactly "END;": see Migrations::statements.)

CREATE TABLE audit_context (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    actor        TEXT NOT NULL DEFAULT '',
    operation    TEXT NOT NULL DEFAULT '',
    -- Set only while PersonalData::anonymise scrubs the audit rows of this person.
    scrub_person INTEGER
);

INSERT INTO audit_context (id) VALUES (1);

CREATE TRIGGER audit_context_keep BEFORE DELETE ON audit_context
BEGIN
    SELECT RAISE(ABORT, 'the audit context row cannot be deleted');
END;

CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    os_user     TEXT NOT NULL,
    operation   TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
    after_json  TEXT CHECK (after_json IS NULL OR json_valid(after_json))
);

CREATE INDEX audit_by_row ON audit (table_name, row_id);
CREATE INDEX audit_by_time ON audit (at);

-- Append-only. The one exception is the scrub of a person's audit rows by anonymisation
-- (GDPR art. 17): allowed only for the person named in audit_context.scrub_person, only on the
-- two JSON columns, and only to the values the register now holds for that person (the
-- pseudonym and cleared fields), so that even the exception cannot rewrite history.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed')
    WHERE NOT (
        OLD.table_name = 'people'
        AND OLD.row_id = (SELECT scrub_person FROM audit_context)
        AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.os_user = OLD.os_user
        AND NEW.operation = OLD.operation AND NEW.table_name = OLD.table_name
        AND NEW.row_id = OLD.row_id AND NEW.action = OLD.action
        AND NEW.before_json IS (SELECT json_set(OLD.before_json,
                '$.given_name', p.given_name, '$.family_name', p.family_name,
                '$.tax_code', p.tax_code, '$.email', p.email, '$.pec', p.pec,
                '$.phone', p.phone, '$.notes', p.notes)
            FROM people p WHERE p.id = OLD.row_id)
        AND NEW.after_json IS (SELECT json_set(OLD.after_json,
                '$.given_name', p.given_name, '$.family_name', p.family_name,
                '$.tax_code', p.tax_code, '$.email', p.email, '$.pec', p.pec,
                '$.phone', p.phone, '$.notes', p.notes)
            FROM people p WHERE p.id = OLD.row_id));
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be deleted');
END;

CREATE TRIGGER audit_organisations_insert AFTER INSERT ON organisations
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'organisations', NEW.id, 'insert', NULL,
            json_object('name', NEW.name, 'category', NEW.category, 'tax_code', NEW.tax_code,
                'runts_section', NEW.runts_section, 'runts_number', NEW.runts_number,
                'comune', NEW.comune, 'address', NEW.address, 'pec', NEW.pec,
                'email', NEW.email, 'phone', NEW.phone, 'notes', NEW.notes,
                'active', NEW.active));
END;

CREATE TRIGGER audit_organisations_update AFTER UPDATE ON organisations
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'organisations', NEW.id, 'update',
            json_object('name', OLD.name, 'category', OLD.category, 'tax_code', OLD.tax_code,
                'runts_section', OLD.runts_section, 'runts_number', OLD.runts_number,
                'comune', OLD.comune, 'address', OLD.address, 'pec', OLD.pec,
                'email', OLD.email, 'phone', OLD.phone, 'notes', OLD.notes,
                'active', OLD.active),
            json_object('name', NEW.name, 'category', NEW.category, 'tax_code', NEW.tax_code,
                'runts_section', NEW.runts_section, 'runts_number', NEW.runts_number,
                'comune', NEW.comune, 'address', NEW.address, 'pec', NEW.pec,
                'email', NEW.email, 'phone', NEW.phone, 'notes', NEW.notes,
                'active', NEW.active));
END;

CREATE TRIGGER audit_organisations_delete AFTER DELETE ON organisations
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'organisations', OLD.id, 'delete',
            json_object('name', OLD.name, 'category', OLD.category, 'tax_code', OLD.tax_code,
                'runts_section', OLD.runts_section, 'runts_number', OLD.runts_number,
                'comune', OLD.comune, 'address', OLD.address, 'pec', OLD.pec,
                'email', OLD.email, 'phone', OLD.phone, 'notes', OLD.notes,
                'active', OLD.active),
            NULL);
END;

CREATE TRIGGER audit_people_insert AFTER INSERT ON people
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'people', NEW.id, 'insert', NULL,
            json_object('given_name', NEW.given_name, 'family_name', NEW.family_name,
                'tax_code', NEW.tax_code, 'email', NEW.email, 'pec', NEW.pec,
                'phone', NEW.phone, 'organisation_id', NEW.organisation_id,
                'notes', NEW.notes));
END;

CREATE TRIGGER audit_people_update AFTER UPDATE ON people
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'people', NEW.id, 'update',
            json_object('given_name', OLD.given_name, 'family_name', OLD.family_name,
                'tax_code', OLD.tax_code, 'email', OLD.email, 'pec', OLD.pec,
                'phone', OLD.phone, 'organisation_id', OLD.organisation_id,
                'notes', OLD.notes),
            json_object('given_name', NEW.given_name, 'family_name', NEW.family_name,
                'tax_code', NEW.tax_code, 'email', NEW.email, 'pec', NEW.pec,
                'phone', NEW.phone, 'organisation_id', NEW.organisation_id,
                'notes', NEW.notes));
END;

CREATE TRIGGER audit_people_delete AFTER DELETE ON people
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'people', OLD.id, 'delete',
            json_object('given_name', OLD.given_name, 'family_name', OLD.family_name,
                'tax_code', OLD.tax_code, 'email', OLD.email, 'pec', OLD.pec,
                'phone', OLD.phone, 'organisation_id', OLD.organisation_id,
                'notes', OLD.notes),
            NULL);
END;
