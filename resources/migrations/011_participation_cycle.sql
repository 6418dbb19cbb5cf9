-- Schema 11: the Piano di Zona's participation cycle (R-L, R-M). A cycle (triennio) with its
-- sub-areas and comuni; its planning tables (target, plenary, co-programming) whose meetings
-- are rows of `meetings` with `table_id` (as a working group's have `group_id`); the calls for
-- expressions of interest, their forms with deadlines, the submissions received and the
-- clerk's decisions; the files of calls and submissions kept in the archive as the meetings'
-- materials are; the adhesions to the programme agreement. Every table is audited like the
-- others (changes only, as 006). Lists of names (comuni, transversal areas) are JSON arrays.

CREATE TABLE planning_cycles (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE,
    date_from          TEXT NOT NULL,
    date_to            TEXT NOT NULL CHECK (date_to >= date_from),
    plan_approved_date TEXT,
    plan_approved_act  TEXT,
    agreement_date     TEXT,
    agreement_act      TEXT
);

CREATE TABLE cycle_sub_areas (
    cycle_id INTEGER NOT NULL REFERENCES planning_cycles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    comuni   TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (cycle_id, name)
);

CREATE TABLE planning_tables (
    id       INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES planning_cycles (id) ON DELETE RESTRICT,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('target', 'plenary', 'co-programming')),
    level    TEXT, -- NULL: the whole Ambito; else a sub-area's name
    areas    TEXT NOT NULL DEFAULT '[]',
    UNIQUE (cycle_id, name)
);

CREATE TABLE calls (
    id        INTEGER PRIMARY KEY,
    cycle_id  INTEGER NOT NULL REFERENCES planning_cycles (id) ON DELETE RESTRICT,
    title     TEXT NOT NULL,
    published TEXT,
    reference TEXT
);

CREATE TABLE call_tables (
    call_id  INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    table_id INTEGER NOT NULL REFERENCES planning_tables (id) ON DELETE RESTRICT,
    PRIMARY KEY (call_id, table_id)
);

CREATE TABLE call_forms (
    call_id       INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    form          TEXT NOT NULL,
    title         TEXT,
    deadline      TEXT NOT NULL,
    deadline_time TEXT, -- NULL: the whole deadline day counts
    PRIMARY KEY (call_id, form)
);

CREATE TABLE submissions (
    id              INTEGER PRIMARY KEY,
    call_id         INTEGER NOT NULL REFERENCES calls (id) ON DELETE RESTRICT,
    form            TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
    person_id       INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    received        TEXT NOT NULL, -- day and time, ISO 8601 to the minute
    channel         TEXT NOT NULL CHECK (channel IN ('pec', 'email', 'hand', 'post')),
    protocol        TEXT,
    contact_id      INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    late            INTEGER NOT NULL CHECK (late IN (0, 1)),
    decision        TEXT NOT NULL CHECK (decision IN ('pending', 'admitted', 'not-admitted')),
    decided_on      TEXT,
    reason          TEXT,
    FOREIGN KEY (call_id, form) REFERENCES call_forms (call_id, form) ON DELETE RESTRICT,
    CHECK ((organisation_id IS NULL) <> (person_id IS NULL)),
    CHECK (decision = 'pending' OR decided_on IS NOT NULL)
);

CREATE TABLE submission_tables (
    submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    table_id      INTEGER NOT NULL REFERENCES planning_tables (id) ON DELETE RESTRICT,
    PRIMARY KEY (submission_id, table_id)
);

CREATE TABLE table_participants (
    id            INTEGER PRIMARY KEY,
    table_id      INTEGER NOT NULL REFERENCES planning_tables (id) ON DELETE CASCADE,
    person_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    date_from     TEXT NOT NULL,
    date_to       TEXT CHECK (date_to IS NULL OR date_to >= date_from),
    submission_id INTEGER REFERENCES submissions (id) ON DELETE RESTRICT
);

CREATE INDEX table_participants_table ON table_participants (table_id);

CREATE TABLE cycle_files (
    id            INTEGER PRIMARY KEY,
    call_id       INTEGER REFERENCES calls (id) ON DELETE CASCADE,
    submission_id INTEGER REFERENCES submissions (id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    file_name     TEXT,
    content       BLOB,
    CHECK ((call_id IS NULL) <> (submission_id IS NULL))
);

CREATE TABLE adhesions (
    id              INTEGER PRIMARY KEY,
    cycle_id        INTEGER NOT NULL REFERENCES planning_cycles (id) ON DELETE RESTRICT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    requested       TEXT NOT NULL,
    act_date        TEXT,
    act_reference   TEXT,
    UNIQUE (cycle_id, organisation_id)
);

-- A planning table's meeting, as a working group's (009): one of the two at most.
ALTER TABLE meetings ADD COLUMN table_id INTEGER REFERENCES planning_tables (id) ON DELETE RESTRICT;

CREATE INDEX meetings_table ON meetings (table_id);

CREATE TRIGGER meetings_one_body_insert BEFORE INSERT ON meetings
WHEN NEW.group_id IS NOT NULL AND NEW.table_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a meeting belongs to one body');
END;

CREATE TRIGGER meetings_one_body_update BEFORE UPDATE ON meetings
WHEN NEW.group_id IS NOT NULL AND NEW.table_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a meeting belongs to one body');
END;

CREATE TRIGGER audit_planning_cycles_insert AFTER INSERT ON planning_cycles
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'planning_cycles', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'name', NEW.name, 'date_from', NEW.date_from, 'date_to', NEW.date_to, 'plan_approved_date', NEW.plan_approved_date, 'plan_approved_act', NEW.plan_approved_act, 'agreement_date', NEW.agreement_date, 'agreement_act', NEW.agreement_act));
END;

CREATE TRIGGER audit_planning_cycles_update AFTER UPDATE ON planning_cycles
WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.date_from IS NOT NEW.date_from OR OLD.date_to IS NOT NEW.date_to OR OLD.plan_approved_date IS NOT NEW.plan_approved_date OR OLD.plan_approved_act IS NOT NEW.plan_approved_act OR OLD.agreement_date IS NOT NEW.agreement_date OR OLD.agreement_act IS NOT NEW.agreement_act
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'planning_cycles', NEW.rowid, 'update', json_object('id', OLD.id, 'name', OLD.name, 'date_from', OLD.date_from, 'date_to', OLD.date_to, 'plan_approved_date', OLD.plan_approved_date, 'plan_approved_act', OLD.plan_approved_act, 'agreement_date', OLD.agreement_date, 'agreement_act', OLD.agreement_act),
            json_object('id', NEW.id, 'name', NEW.name, 'date_from', NEW.date_from, 'date_to', NEW.date_to, 'plan_approved_date', NEW.plan_approved_date, 'plan_approved_act', NEW.plan_approved_act, 'agreement_date', NEW.agreement_date, 'agreement_act', NEW.agreement_act));
END;

CREATE TRIGGER audit_planning_cycles_delete AFTER DELETE ON planning_cycles
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'planning_cycles', OLD.rowid, 'delete', json_object('id', OLD.id, 'name', OLD.name, 'date_from', OLD.date_from, 'date_to', OLD.date_to, 'plan_approved_date', OLD.plan_approved_date, 'plan_approved_act', OLD.plan_approved_act, 'agreement_date', OLD.agreement_date, 'agreement_act', OLD.agreement_act), NULL);
END;

CREATE TRIGGER audit_cycle_sub_areas_insert AFTER INSERT ON cycle_sub_areas
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'cycle_sub_areas', NEW.rowid, 'insert', NULL, json_object('cycle_id', NEW.cycle_id, 'position', NEW.position, 'name', NEW.name, 'comuni', NEW.comuni));
END;

CREATE TRIGGER audit_cycle_sub_areas_update AFTER UPDATE ON cycle_sub_areas
WHEN OLD.cycle_id IS NOT NEW.cycle_id OR OLD.position IS NOT NEW.position OR OLD.name IS NOT NEW.name OR OLD.comuni IS NOT NEW.comuni
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'cycle_sub_areas', NEW.rowid, 'update', json_object('cycle_id', OLD.cycle_id, 'position', OLD.position, 'name', OLD.name, 'comuni', OLD.comuni),
            json_object('cycle_id', NEW.cycle_id, 'position', NEW.position, 'name', NEW.name, 'comuni', NEW.comuni));
END;

CREATE TRIGGER audit_cycle_sub_areas_delete AFTER DELETE ON cycle_sub_areas
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'cycle_sub_areas', OLD.rowid, 'delete', json_object('cycle_id', OLD.cycle_id, 'position', OLD.position, 'name', OLD.name, 'comuni', OLD.comuni), NULL);
END;

CREATE TRIGGER audit_planning_tables_insert AFTER INSERT ON planning_tables
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'planning_tables', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'cycle_id', NEW.cycle_id, 'name', NEW.name, 'kind', NEW.kind, 'level', NEW.level, 'areas', NEW.areas));
END;

CREATE TRIGGER audit_planning_tables_update AFTER UPDATE ON planning_tables
WHEN OLD.id IS NOT NEW.id OR OLD.cycle_id IS NOT NEW.cycle_id OR OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.level IS NOT NEW.level OR OLD.areas IS NOT NEW.areas
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'planning_tables', NEW.rowid, 'update', json_object('id', OLD.id, 'cycle_id', OLD.cycle_id, 'name', OLD.name, 'kind', OLD.kind, 'level', OLD.level, 'areas', OLD.areas),
            json_object('id', NEW.id, 'cycle_id', NEW.cycle_id, 'name', NEW.name, 'kind', NEW.kind, 'level', NEW.level, 'areas', NEW.areas));
END;

CREATE TRIGGER audit_planning_tables_delete AFTER DELETE ON planning_tables
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'planning_tables', OLD.rowid, 'delete', json_object('id', OLD.id, 'cycle_id', OLD.cycle_id, 'name', OLD.name, 'kind', OLD.kind, 'level', OLD.level, 'areas', OLD.areas), NULL);
END;

CREATE TRIGGER audit_table_participants_insert AFTER INSERT ON table_participants
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'table_participants', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'table_id', NEW.table_id, 'person_id', NEW.person_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to, 'submission_id', NEW.submission_id));
END;

CREATE TRIGGER audit_table_participants_update AFTER UPDATE ON table_participants
WHEN OLD.id IS NOT NEW.id OR OLD.table_id IS NOT NEW.table_id OR OLD.person_id IS NOT NEW.person_id OR OLD.date_from IS NOT NEW.date_from OR OLD.date_to IS NOT NEW.date_to OR OLD.submission_id IS NOT NEW.submission_id
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'table_participants', NEW.rowid, 'update', json_object('id', OLD.id, 'table_id', OLD.table_id, 'person_id', OLD.person_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to, 'submission_id', OLD.submission_id),
            json_object('id', NEW.id, 'table_id', NEW.table_id, 'person_id', NEW.person_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to, 'submission_id', NEW.submission_id));
END;

CREATE TRIGGER audit_table_participants_delete AFTER DELETE ON table_participants
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'table_participants', OLD.rowid, 'delete', json_object('id', OLD.id, 'table_id', OLD.table_id, 'person_id', OLD.person_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to, 'submission_id', OLD.submission_id), NULL);
END;

CREATE TRIGGER audit_calls_insert AFTER INSERT ON calls
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'calls', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'cycle_id', NEW.cycle_id, 'title', NEW.title, 'published', NEW.published, 'reference', NEW.reference));
END;

CREATE TRIGGER audit_calls_update AFTER UPDATE ON calls
WHEN OLD.id IS NOT NEW.id OR OLD.cycle_id IS NOT NEW.cycle_id OR OLD.title IS NOT NEW.title OR OLD.published IS NOT NEW.published OR OLD.reference IS NOT NEW.reference
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'calls', NEW.rowid, 'update', json_object('id', OLD.id, 'cycle_id', OLD.cycle_id, 'title', OLD.title, 'published', OLD.published, 'reference', OLD.reference),
            json_object('id', NEW.id, 'cycle_id', NEW.cycle_id, 'title', NEW.title, 'published', NEW.published, 'reference', NEW.reference));
END;

CREATE TRIGGER audit_calls_delete AFTER DELETE ON calls
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'calls', OLD.rowid, 'delete', json_object('id', OLD.id, 'cycle_id', OLD.cycle_id, 'title', OLD.title, 'published', OLD.published, 'reference', OLD.reference), NULL);
END;

CREATE TRIGGER audit_call_tables_insert AFTER INSERT ON call_tables
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'call_tables', NEW.rowid, 'insert', NULL, json_object('call_id', NEW.call_id, 'table_id', NEW.table_id));
END;

CREATE TRIGGER audit_call_tables_update AFTER UPDATE ON call_tables
WHEN OLD.call_id IS NOT NEW.call_id OR OLD.table_id IS NOT NEW.table_id
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'call_tables', NEW.rowid, 'update', json_object('call_id', OLD.call_id, 'table_id', OLD.table_id),
            json_object('call_id', NEW.call_id, 'table_id', NEW.table_id));
END;

CREATE TRIGGER audit_call_tables_delete AFTER DELETE ON call_tables
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'call_tables', OLD.rowid, 'delete', json_object('call_id', OLD.call_id, 'table_id', OLD.table_id), NULL);
END;

CREATE TRIGGER audit_call_forms_insert AFTER INSERT ON call_forms
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'call_forms', NEW.rowid, 'insert', NULL, json_object('call_id', NEW.call_id, 'form', NEW.form, 'title', NEW.title, 'deadline', NEW.deadline, 'deadline_time', NEW.deadline_time));
END;

CREATE TRIGGER audit_call_forms_update AFTER UPDATE ON call_forms
WHEN OLD.call_id IS NOT NEW.call_id OR OLD.form IS NOT NEW.form OR OLD.title IS NOT NEW.title OR OLD.deadline IS NOT NEW.deadline OR OLD.deadline_time IS NOT NEW.deadline_time
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'call_forms', NEW.rowid, 'update', json_object('call_id', OLD.call_id, 'form', OLD.form, 'title', OLD.title, 'deadline', OLD.deadline, 'deadline_time', OLD.deadline_time),
            json_object('call_id', NEW.call_id, 'form', NEW.form, 'title', NEW.title, 'deadline', NEW.deadline, 'deadline_time', NEW.deadline_time));
END;

CREATE TRIGGER audit_call_forms_delete AFTER DELETE ON call_forms
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'call_forms', OLD.rowid, 'delete', json_object('call_id', OLD.call_id, 'form', OLD.form, 'title', OLD.title, 'deadline', OLD.deadline, 'deadline_time', OLD.deadline_time), NULL);
END;

CREATE TRIGGER audit_submissions_insert AFTER INSERT ON submissions
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'submissions', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'call_id', NEW.call_id, 'form', NEW.form, 'organisation_id', NEW.organisation_id, 'person_id', NEW.person_id, 'received', NEW.received, 'channel', NEW.channel, 'protocol', NEW.protocol, 'contact_id', NEW.contact_id, 'late', NEW.late, 'decision', NEW.decision, 'decided_on', NEW.decided_on, 'reason', NEW.reason));
END;

CREATE TRIGGER audit_submissions_update AFTER UPDATE ON submissions
WHEN OLD.id IS NOT NEW.id OR OLD.call_id IS NOT NEW.call_id OR OLD.form IS NOT NEW.form OR OLD.organisation_id IS NOT NEW.organisation_id OR OLD.person_id IS NOT NEW.person_id OR OLD.received IS NOT NEW.received OR OLD.channel IS NOT NEW.channel OR OLD.protocol IS NOT NEW.protocol OR OLD.contact_id IS NOT NEW.contact_id OR OLD.late IS NOT NEW.late OR OLD.decision IS NOT NEW.decision OR OLD.decided_on IS NOT NEW.decided_on OR OLD.reason IS NOT NEW.reason
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'submissions', NEW.rowid, 'update', json_object('id', OLD.id, 'call_id', OLD.call_id, 'form', OLD.form, 'organisation_id', OLD.organisation_id, 'person_id', OLD.person_id, 'received', OLD.received, 'channel', OLD.channel, 'protocol', OLD.protocol, 'contact_id', OLD.contact_id, 'late', OLD.late, 'decision', OLD.decision, 'decided_on', OLD.decided_on, 'reason', OLD.reason),
            json_object('id', NEW.id, 'call_id', NEW.call_id, 'form', NEW.form, 'organisation_id', NEW.organisation_id, 'person_id', NEW.person_id, 'received', NEW.received, 'channel', NEW.channel, 'protocol', NEW.protocol, 'contact_id', NEW.contact_id, 'late', NEW.late, 'decision', NEW.decision, 'decided_on', NEW.decided_on, 'reason', NEW.reason));
END;

CREATE TRIGGER audit_submissions_delete AFTER DELETE ON submissions
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'submissions', OLD.rowid, 'delete', json_object('id', OLD.id, 'call_id', OLD.call_id, 'form', OLD.form, 'organisation_id', OLD.organisation_id, 'person_id', OLD.person_id, 'received', OLD.received, 'channel', OLD.channel, 'protocol', OLD.protocol, 'contact_id', OLD.contact_id, 'late', OLD.late, 'decision', OLD.decision, 'decided_on', OLD.decided_on, 'reason', OLD.reason), NULL);
END;

CREATE TRIGGER audit_submission_tables_insert AFTER INSERT ON submission_tables
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'submission_tables', NEW.rowid, 'insert', NULL, json_object('submission_id', NEW.submission_id, 'table_id', NEW.table_id));
END;

CREATE TRIGGER audit_submission_tables_update AFTER UPDATE ON submission_tables
WHEN OLD.submission_id IS NOT NEW.submission_id OR OLD.table_id IS NOT NEW.table_id
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'submission_tables', NEW.rowid, 'update', json_object('submission_id', OLD.submission_id, 'table_id', OLD.table_id),
            json_object('submission_id', NEW.submission_id, 'table_id', NEW.table_id));
END;

CREATE TRIGGER audit_submission_tables_delete AFTER DELETE ON submission_tables
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'submission_tables', OLD.rowid, 'delete', json_object('submission_id', OLD.submission_id, 'table_id', OLD.table_id), NULL);
END;

CREATE TRIGGER audit_cycle_files_insert AFTER INSERT ON cycle_files
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'cycle_files', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'call_id', NEW.call_id, 'submission_id', NEW.submission_id, 'title', NEW.title, 'file_name', NEW.file_name, 'content', CASE WHEN typeof(NEW.content) = 'blob' THEN length(NEW.content) || ' bytes' ELSE NEW.content END));
END;

CREATE TRIGGER audit_cycle_files_update AFTER UPDATE ON cycle_files
WHEN OLD.id IS NOT NEW.id OR OLD.call_id IS NOT NEW.call_id OR OLD.submission_id IS NOT NEW.submission_id OR OLD.title IS NOT NEW.title OR OLD.file_name IS NOT NEW.file_name OR OLD.content IS NOT NEW.content
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'cycle_files', NEW.rowid, 'update', json_object('id', OLD.id, 'call_id', OLD.call_id, 'submission_id', OLD.submission_id, 'title', OLD.title, 'file_name', OLD.file_name, 'content', CASE WHEN typeof(OLD.content) = 'blob' THEN length(OLD.content) || ' bytes' ELSE OLD.content END),
            json_object('id', NEW.id, 'call_id', NEW.call_id, 'submission_id', NEW.submission_id, 'title', NEW.title, 'file_name', NEW.file_name, 'content', CASE WHEN typeof(NEW.content) = 'blob' THEN length(NEW.content) || ' bytes' ELSE NEW.content END));
END;

CREATE TRIGGER audit_cycle_files_delete AFTER DELETE ON cycle_files
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'cycle_files', OLD.rowid, 'delete', json_object('id', OLD.id, 'call_id', OLD.call_id, 'submission_id', OLD.submission_id, 'title', OLD.title, 'file_name', OLD.file_name, 'content', CASE WHEN typeof(OLD.content) = 'blob' THEN length(OLD.content) || ' bytes' ELSE OLD.content END), NULL);
END;

CREATE TRIGGER audit_adhesions_insert AFTER INSERT ON adhesions
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'adhesions', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'cycle_id', NEW.cycle_id, 'organisation_id', NEW.organisation_id, 'requested', NEW.requested, 'act_date', NEW.act_date, 'act_reference', NEW.act_reference));
END;

CREATE TRIGGER audit_adhesions_update AFTER UPDATE ON adhesions
WHEN OLD.id IS NOT NEW.id OR OLD.cycle_id IS NOT NEW.cycle_id OR OLD.organisation_id IS NOT NEW.organisation_id OR OLD.requested IS NOT NEW.requested OR OLD.act_date IS NOT NEW.act_date OR OLD.act_reference IS NOT NEW.act_reference
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'adhesions', NEW.rowid, 'update', json_object('id', OLD.id, 'cycle_id', OLD.cycle_id, 'organisation_id', OLD.organisation_id, 'requested', OLD.requested, 'act_date', OLD.act_date, 'act_reference', OLD.act_reference),
            json_object('id', NEW.id, 'cycle_id', NEW.cycle_id, 'organisation_id', NEW.organisation_id, 'requested', NEW.requested, 'act_date', NEW.act_date, 'act_reference', NEW.act_reference));
END;

CREATE TRIGGER audit_adhesions_delete AFTER DELETE ON adhesions
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'adhesions', OLD.rowid, 'delete', json_object('id', OLD.id, 'cycle_id', OLD.cycle_id, 'organisation_id', OLD.organisation_id, 'requested', OLD.requested, 'act_date', OLD.act_date, 'act_reference', OLD.act_reference), NULL);
END;

DROP TRIGGER audit_meetings_insert;

DROP TRIGGER audit_meetings_update;

DROP TRIGGER audit_meetings_delete;

CREATE TRIGGER audit_meetings_insert AFTER INSERT ON meetings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'meetings', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'date', NEW.date, 'time', NEW.time, 'place', NEW.place, 'online_link', NEW.online_link, 'request_id', NEW.request_id, 'convened_by', NEW.convened_by, 'joint_with', NEW.joint_with, 'state', NEW.state, 'convened_on', NEW.convened_on, 'cancel_reason', NEW.cancel_reason, 'group_id', NEW.group_id, 'ratified_coordinator', NEW.ratified_coordinator, 'table_id', NEW.table_id));
END;

CREATE TRIGGER audit_meetings_update AFTER UPDATE ON meetings
WHEN OLD.id IS NOT NEW.id OR OLD.kind IS NOT NEW.kind OR OLD.date IS NOT NEW.date OR OLD.time IS NOT NEW.time OR OLD.place IS NOT NEW.place OR OLD.online_link IS NOT NEW.online_link OR OLD.request_id IS NOT NEW.request_id OR OLD.convened_by IS NOT NEW.convened_by OR OLD.joint_with IS NOT NEW.joint_with OR OLD.state IS NOT NEW.state OR OLD.convened_on IS NOT NEW.convened_on OR OLD.cancel_reason IS NOT NEW.cancel_reason OR OLD.group_id IS NOT NEW.group_id OR OLD.ratified_coordinator IS NOT NEW.ratified_coordinator OR OLD.table_id IS NOT NEW.table_id
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'meetings', NEW.rowid, 'update', json_object('id', OLD.id, 'kind', OLD.kind, 'date', OLD.date, 'time', OLD.time, 'place', OLD.place, 'online_link', OLD.online_link, 'request_id', OLD.request_id, 'convened_by', OLD.convened_by, 'joint_with', OLD.joint_with, 'state', OLD.state, 'convened_on', OLD.convened_on, 'cancel_reason', OLD.cancel_reason, 'group_id', OLD.group_id, 'ratified_coordinator', OLD.ratified_coordinator, 'table_id', OLD.table_id),
            json_object('id', NEW.id, 'kind', NEW.kind, 'date', NEW.date, 'time', NEW.time, 'place', NEW.place, 'online_link', NEW.online_link, 'request_id', NEW.request_id, 'convened_by', NEW.convened_by, 'joint_with', NEW.joint_with, 'state', NEW.state, 'convened_on', NEW.convened_on, 'cancel_reason', NEW.cancel_reason, 'group_id', NEW.group_id, 'ratified_coordinator', NEW.ratified_coordinator, 'table_id', NEW.table_id));
END;

CREATE TRIGGER audit_meetings_delete AFTER DELETE ON meetings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'meetings', OLD.rowid, 'delete', json_object('id', OLD.id, 'kind', OLD.kind, 'date', OLD.date, 'time', OLD.time, 'place', OLD.place, 'online_link', OLD.online_link, 'request_id', OLD.request_id, 'convened_by', OLD.convened_by, 'joint_with', OLD.joint_with, 'state', OLD.state, 'convened_on', OLD.convened_on, 'cancel_reason', OLD.cancel_reason, 'group_id', OLD.group_id, 'ratified_coordinator', OLD.ratified_coordinator, 'table_id', OLD.table_id), NULL);
END;

