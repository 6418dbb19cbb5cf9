-- Schema 9: one meeting model for every body that meets, and the minutes (R-K).
--
-- 1. A working group's meeting becomes a row of `meetings` like the Tavolo's (`group_id` says
--    whose; NULL is the Tavolo; the next issue's planning tables get a column of their own), so
--    that it gains the online link, convocation with the notice check, cancellation, guests,
--    materials, letters and minutes. Every row of `group_meetings` and `group_attendance` moves
--    over: a group meeting held becomes 'held', one not yet held a 'draft' (it may be convened,
--    or recorded as held straight away as before). The new ids follow the Tavolo's; the table
--    `group_meeting_moves` keeps old id → new id, so that the audit rows written under
--    'group_meetings' and 'group_attendance' (kept as they are: nothing deletes audit rows)
--    can still be followed to the meeting they speak of. The moves are audited as inserts
--    into `meetings`, `agenda_items` and `attendance` under the migration's operation.
-- 2. Minutes: one per held meeting, their items (one per agenda item), their corrections
--    (rettifiche). Approved minutes are never edited: the triggers below refuse it whatever
--    the program does (MinutesRules says it in words first).
-- 3. A regulation amendment may name the held meeting that approved it (R-H).
-- The audit triggers of the changed tables are rewritten with every column (pattern: 003).

ALTER TABLE meetings ADD COLUMN group_id INTEGER REFERENCES working_groups (id) ON DELETE RESTRICT;

ALTER TABLE meetings ADD COLUMN ratified_coordinator INTEGER NOT NULL DEFAULT 0
    CHECK (ratified_coordinator IN (0, 1));

CREATE INDEX meetings_by_group ON meetings (group_id, date);

DROP TRIGGER audit_meetings_insert;

DROP TRIGGER audit_meetings_update;

DROP TRIGGER audit_meetings_delete;

CREATE TRIGGER audit_meetings_insert AFTER INSERT ON meetings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'meetings', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'date', NEW.date, 'time', NEW.time, 'place', NEW.place, 'online_link', NEW.online_link, 'request_id', NEW.request_id, 'convened_by', NEW.convened_by, 'joint_with', NEW.joint_with, 'state', NEW.state, 'convened_on', NEW.convened_on, 'cancel_reason', NEW.cancel_reason, 'group_id', NEW.group_id, 'ratified_coordinator', NEW.ratified_coordinator));
END;

CREATE TRIGGER audit_meetings_update AFTER UPDATE ON meetings
WHEN OLD.id IS NOT NEW.id OR OLD.kind IS NOT NEW.kind OR OLD.date IS NOT NEW.date
    OR OLD.time IS NOT NEW.time OR OLD.place IS NOT NEW.place OR OLD.online_link IS NOT NEW.online_link
    OR OLD.request_id IS NOT NEW.request_id OR OLD.convened_by IS NOT NEW.convened_by OR OLD.joint_with IS NOT NEW.joint_with
    OR OLD.state IS NOT NEW.state OR OLD.convened_on IS NOT NEW.convened_on OR OLD.cancel_reason IS NOT NEW.cancel_reason
    OR OLD.group_id IS NOT NEW.group_id OR OLD.ratified_coordinator IS NOT NEW.ratified_coordinator
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'meetings', NEW.rowid, 'update', json_object('id', OLD.id, 'kind', OLD.kind, 'date', OLD.date, 'time', OLD.time, 'place', OLD.place, 'online_link', OLD.online_link, 'request_id', OLD.request_id, 'convened_by', OLD.convened_by, 'joint_with', OLD.joint_with, 'state', OLD.state, 'convened_on', OLD.convened_on, 'cancel_reason', OLD.cancel_reason, 'group_id', OLD.group_id, 'ratified_coordinator', OLD.ratified_coordinator),
            json_object('id', NEW.id, 'kind', NEW.kind, 'date', NEW.date, 'time', NEW.time, 'place', NEW.place, 'online_link', NEW.online_link, 'request_id', NEW.request_id, 'convened_by', NEW.convened_by, 'joint_with', NEW.joint_with, 'state', NEW.state, 'convened_on', NEW.convened_on, 'cancel_reason', NEW.cancel_reason, 'group_id', NEW.group_id, 'ratified_coordinator', NEW.ratified_coordinator));
END;

CREATE TRIGGER audit_meetings_delete AFTER DELETE ON meetings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'meetings', OLD.rowid, 'delete', json_object('id', OLD.id, 'kind', OLD.kind, 'date', OLD.date, 'time', OLD.time, 'place', OLD.place, 'online_link', OLD.online_link, 'request_id', OLD.request_id, 'convened_by', OLD.convened_by, 'joint_with', OLD.joint_with, 'state', OLD.state, 'convened_on', OLD.convened_on, 'cancel_reason', OLD.cancel_reason, 'group_id', OLD.group_id, 'ratified_coordinator', OLD.ratified_coordinator), NULL);
END;

CREATE TABLE group_meeting_moves (
    group_meeting_id INTEGER PRIMARY KEY,
    meeting_id       INTEGER NOT NULL UNIQUE REFERENCES meetings (id) ON DELETE CASCADE
                     DEFERRABLE INITIALLY DEFERRED -- the meetings are inserted just below
);

INSERT INTO group_meeting_moves (group_meeting_id, meeting_id)
SELECT id, id + (SELECT coalesce(max(id), 0) FROM meetings) FROM group_meetings;

INSERT INTO meetings (id, kind, date, time, place, state, group_id, ratified_coordinator)
SELECT mv.meeting_id, 'ordinary', gm.date, gm.time, gm.place,
       CASE gm.held WHEN 1 THEN 'held' ELSE 'draft' END, gm.group_id, gm.ratified_coordinator
FROM group_meetings gm JOIN group_meeting_moves mv ON mv.group_meeting_id = gm.id
ORDER BY gm.id;

INSERT INTO agenda_items (meeting_id, position, text)
SELECT mv.meeting_id, CAST(j.key AS INTEGER) + 1, trim(j.value)
FROM group_meetings gm JOIN group_meeting_moves mv ON mv.group_meeting_id = gm.id,
     json_each(CASE WHEN json_valid(gm.agenda) THEN gm.agenda ELSE '[]' END) j
WHERE length(trim(j.value)) > 0
ORDER BY gm.id, j.key;

INSERT INTO attendance (meeting_id, person_id, status)
SELECT mv.meeting_id, ga.person_id, ga.status
FROM group_attendance ga JOIN group_meeting_moves mv ON mv.group_meeting_id = ga.group_meeting_id
ORDER BY ga.rowid;

DROP TABLE group_attendance;

DROP TABLE group_meetings;

CREATE TABLE minutes (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL UNIQUE REFERENCES meetings (id) ON DELETE RESTRICT,
    opened              TEXT,
    closed              TEXT,
    chair_id            INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    secretary_id        INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    approved_at         INTEGER REFERENCES meetings (id) ON DELETE RESTRICT,
    approval_unanimous  INTEGER CHECK (approval_unanimous IN (0, 1)), -- NULL: no vote recorded
    approval_favourable INTEGER CHECK (approval_favourable >= 0),
    approval_contrary   INTEGER CHECK (approval_contrary >= 0),
    approval_abstained  INTEGER CHECK (approval_abstained >= 0),
    CHECK (approved_at IS NULL OR approved_at <> meeting_id)
);

CREATE TABLE minutes_items (
    minutes_id INTEGER NOT NULL REFERENCES minutes (id) ON DELETE CASCADE,
    item       INTEGER NOT NULL CHECK (item >= 1), -- the agenda's number
    summary    TEXT,
    decision   TEXT,
    unanimous  INTEGER CHECK (unanimous IN (0, 1)), -- NULL: nothing put to the vote
    favourable INTEGER CHECK (favourable >= 0),
    contrary   INTEGER CHECK (contrary >= 0),
    abstained  INTEGER CHECK (abstained >= 0),
    PRIMARY KEY (minutes_id, item)
);

CREATE TABLE minutes_corrections (
    id         INTEGER PRIMARY KEY,
    minutes_id INTEGER NOT NULL REFERENCES minutes (id) ON DELETE RESTRICT,
    date       TEXT NOT NULL,
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0)
);

CREATE TRIGGER minutes_approved_locked BEFORE UPDATE ON minutes
WHEN OLD.approved_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'approved minutes are never edited: add a correction');
END;

CREATE TRIGGER minutes_approved_no_delete BEFORE DELETE ON minutes
WHEN OLD.approved_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'approved minutes are never deleted');
END;

CREATE TRIGGER minutes_items_locked_insert BEFORE INSERT ON minutes_items
WHEN (SELECT approved_at FROM minutes WHERE id = NEW.minutes_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'approved minutes are never edited: add a correction');
END;

CREATE TRIGGER minutes_items_locked_update BEFORE UPDATE ON minutes_items
WHEN (SELECT approved_at FROM minutes WHERE id = OLD.minutes_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'approved minutes are never edited: add a correction');
END;

CREATE TRIGGER minutes_items_locked_delete BEFORE DELETE ON minutes_items
WHEN (SELECT approved_at FROM minutes WHERE id = OLD.minutes_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'approved minutes are never edited: add a correction');
END;

CREATE TRIGGER audit_minutes_insert AFTER INSERT ON minutes
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'opened', NEW.opened, 'closed', NEW.closed, 'chair_id', NEW.chair_id, 'secretary_id', NEW.secretary_id, 'approved_at', NEW.approved_at, 'approval_unanimous', NEW.approval_unanimous, 'approval_favourable', NEW.approval_favourable, 'approval_contrary', NEW.approval_contrary, 'approval_abstained', NEW.approval_abstained));
END;

CREATE TRIGGER audit_minutes_update AFTER UPDATE ON minutes
WHEN OLD.id IS NOT NEW.id OR OLD.meeting_id IS NOT NEW.meeting_id OR OLD.opened IS NOT NEW.opened
    OR OLD.closed IS NOT NEW.closed OR OLD.chair_id IS NOT NEW.chair_id OR OLD.secretary_id IS NOT NEW.secretary_id
    OR OLD.approved_at IS NOT NEW.approved_at OR OLD.approval_unanimous IS NOT NEW.approval_unanimous OR OLD.approval_favourable IS NOT NEW.approval_favourable
    OR OLD.approval_contrary IS NOT NEW.approval_contrary OR OLD.approval_abstained IS NOT NEW.approval_abstained
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes', NEW.rowid, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'opened', OLD.opened, 'closed', OLD.closed, 'chair_id', OLD.chair_id, 'secretary_id', OLD.secretary_id, 'approved_at', OLD.approved_at, 'approval_unanimous', OLD.approval_unanimous, 'approval_favourable', OLD.approval_favourable, 'approval_contrary', OLD.approval_contrary, 'approval_abstained', OLD.approval_abstained),
            json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'opened', NEW.opened, 'closed', NEW.closed, 'chair_id', NEW.chair_id, 'secretary_id', NEW.secretary_id, 'approved_at', NEW.approved_at, 'approval_unanimous', NEW.approval_unanimous, 'approval_favourable', NEW.approval_favourable, 'approval_contrary', NEW.approval_contrary, 'approval_abstained', NEW.approval_abstained));
END;

CREATE TRIGGER audit_minutes_delete AFTER DELETE ON minutes
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes', OLD.rowid, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'opened', OLD.opened, 'closed', OLD.closed, 'chair_id', OLD.chair_id, 'secretary_id', OLD.secretary_id, 'approved_at', OLD.approved_at, 'approval_unanimous', OLD.approval_unanimous, 'approval_favourable', OLD.approval_favourable, 'approval_contrary', OLD.approval_contrary, 'approval_abstained', OLD.approval_abstained), NULL);
END;

CREATE TRIGGER audit_minutes_items_insert AFTER INSERT ON minutes_items
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes_items', NEW.rowid, 'insert', NULL, json_object('minutes_id', NEW.minutes_id, 'item', NEW.item, 'summary', NEW.summary, 'decision', NEW.decision, 'unanimous', NEW.unanimous, 'favourable', NEW.favourable, 'contrary', NEW.contrary, 'abstained', NEW.abstained));
END;

CREATE TRIGGER audit_minutes_items_update AFTER UPDATE ON minutes_items
WHEN OLD.minutes_id IS NOT NEW.minutes_id OR OLD.item IS NOT NEW.item OR OLD.summary IS NOT NEW.summary
    OR OLD.decision IS NOT NEW.decision OR OLD.unanimous IS NOT NEW.unanimous OR OLD.favourable IS NOT NEW.favourable
    OR OLD.contrary IS NOT NEW.contrary OR OLD.abstained IS NOT NEW.abstained
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes_items', NEW.rowid, 'update', json_object('minutes_id', OLD.minutes_id, 'item', OLD.item, 'summary', OLD.summary, 'decision', OLD.decision, 'unanimous', OLD.unanimous, 'favourable', OLD.favourable, 'contrary', OLD.contrary, 'abstained', OLD.abstained),
            json_object('minutes_id', NEW.minutes_id, 'item', NEW.item, 'summary', NEW.summary, 'decision', NEW.decision, 'unanimous', NEW.unanimous, 'favourable', NEW.favourable, 'contrary', NEW.contrary, 'abstained', NEW.abstained));
END;

CREATE TRIGGER audit_minutes_items_delete AFTER DELETE ON minutes_items
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes_items', OLD.rowid, 'delete', json_object('minutes_id', OLD.minutes_id, 'item', OLD.item, 'summary', OLD.summary, 'decision', OLD.decision, 'unanimous', OLD.unanimous, 'favourable', OLD.favourable, 'contrary', OLD.contrary, 'abstained', OLD.abstained), NULL);
END;

CREATE TRIGGER audit_minutes_corrections_insert AFTER INSERT ON minutes_corrections
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes_corrections', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'minutes_id', NEW.minutes_id, 'date', NEW.date, 'text', NEW.text, 'reason', NEW.reason));
END;

CREATE TRIGGER audit_minutes_corrections_update AFTER UPDATE ON minutes_corrections
WHEN OLD.id IS NOT NEW.id OR OLD.minutes_id IS NOT NEW.minutes_id OR OLD.date IS NOT NEW.date
    OR OLD.text IS NOT NEW.text OR OLD.reason IS NOT NEW.reason
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes_corrections', NEW.rowid, 'update', json_object('id', OLD.id, 'minutes_id', OLD.minutes_id, 'date', OLD.date, 'text', OLD.text, 'reason', OLD.reason),
            json_object('id', NEW.id, 'minutes_id', NEW.minutes_id, 'date', NEW.date, 'text', NEW.text, 'reason', NEW.reason));
END;

CREATE TRIGGER audit_minutes_corrections_delete AFTER DELETE ON minutes_corrections
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes_corrections', OLD.rowid, 'delete', json_object('id', OLD.id, 'minutes_id', OLD.minutes_id, 'date', OLD.date, 'text', OLD.text, 'reason', OLD.reason), NULL);
END;

ALTER TABLE regulation_versions ADD COLUMN approved_at_meeting INTEGER
    REFERENCES meetings (id) ON DELETE RESTRICT;

DROP TRIGGER audit_regulation_versions_insert;

DROP TRIGGER audit_regulation_versions_update;

DROP TRIGGER audit_regulation_versions_delete;

CREATE TRIGGER audit_regulation_versions_insert AFTER INSERT ON regulation_versions
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'regulation_versions', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'effective', NEW.effective, 'min_meetings_per_year', NEW.min_meetings_per_year, 'notice_days', NEW.notice_days, 'threshold_numerator', NEW.threshold_numerator, 'threshold_denominator', NEW.threshold_denominator, 'request_deadline_days', NEW.request_deadline_days, 'seats', NEW.seats, 'approved_at_meeting', NEW.approved_at_meeting));
END;

CREATE TRIGGER audit_regulation_versions_update AFTER UPDATE ON regulation_versions
WHEN OLD.id IS NOT NEW.id OR OLD.effective IS NOT NEW.effective OR OLD.min_meetings_per_year IS NOT NEW.min_meetings_per_year
    OR OLD.notice_days IS NOT NEW.notice_days OR OLD.threshold_numerator IS NOT NEW.threshold_numerator OR OLD.threshold_denominator IS NOT NEW.threshold_denominator
    OR OLD.request_deadline_days IS NOT NEW.request_deadline_days OR OLD.seats IS NOT NEW.seats OR OLD.approved_at_meeting IS NOT NEW.approved_at_meeting
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'regulation_versions', NEW.rowid, 'update', json_object('id', OLD.id, 'effective', OLD.effective, 'min_meetings_per_year', OLD.min_meetings_per_year, 'notice_days', OLD.notice_days, 'threshold_numerator', OLD.threshold_numerator, 'threshold_denominator', OLD.threshold_denominator, 'request_deadline_days', OLD.request_deadline_days, 'seats', OLD.seats, 'approved_at_meeting', OLD.approved_at_meeting),
            json_object('id', NEW.id, 'effective', NEW.effective, 'min_meetings_per_year', NEW.min_meetings_per_year, 'notice_days', NEW.notice_days, 'threshold_numerator', NEW.threshold_numerator, 'threshold_denominator', NEW.threshold_denominator, 'request_deadline_days', NEW.request_deadline_days, 'seats', NEW.seats, 'approved_at_meeting', NEW.approved_at_meeting));
END;

CREATE TRIGGER audit_regulation_versions_delete AFTER DELETE ON regulation_versions
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'regulation_versions', OLD.rowid, 'delete', json_object('id', OLD.id, 'effective', OLD.effective, 'min_meetings_per_year', OLD.min_meetings_per_year, 'notice_days', OLD.notice_days, 'threshold_numerator', OLD.threshold_numerator, 'threshold_denominator', OLD.threshold_denominator, 'request_deadline_days', OLD.request_deadline_days, 'seats', OLD.seats, 'approved_at_meeting', OLD.approved_at_meeting), NULL);
END;
