-- Schema 12: a call's form may be a survey (scheda di rilevazione, seed 004's allegato B), whose
-- late submissions are not included in the first synthesis (R-L): `call_forms.survey`, instead
-- of reading it from the form's title. A submission gains the clerk's `notes` (what was
-- corrected and why, anything worth keeping with it). The audit triggers of both tables are
-- written again with the new column (every column compared, as 006).

ALTER TABLE call_forms ADD COLUMN survey INTEGER NOT NULL DEFAULT 0 CHECK (survey IN (0, 1));

ALTER TABLE submissions ADD COLUMN notes TEXT;

DROP TRIGGER audit_call_forms_insert;

CREATE TRIGGER audit_call_forms_insert AFTER INSERT ON call_forms
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'call_forms', NEW.rowid, 'insert', NULL, json_object('call_id', NEW.call_id, 'form', NEW.form, 'title', NEW.title, 'deadline', NEW.deadline, 'deadline_time', NEW.deadline_time, 'survey', NEW.survey));
END;

DROP TRIGGER audit_call_forms_update;

CREATE TRIGGER audit_call_forms_update AFTER UPDATE ON call_forms
WHEN OLD.call_id IS NOT NEW.call_id OR OLD.form IS NOT NEW.form OR OLD.title IS NOT NEW.title OR OLD.deadline IS NOT NEW.deadline OR OLD.deadline_time IS NOT NEW.deadline_time OR OLD.survey IS NOT NEW.survey
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'call_forms', NEW.rowid, 'update', json_object('call_id', OLD.call_id, 'form', OLD.form, 'title', OLD.title, 'deadline', OLD.deadline, 'deadline_time', OLD.deadline_time, 'survey', OLD.survey),
            json_object('call_id', NEW.call_id, 'form', NEW.form, 'title', NEW.title, 'deadline', NEW.deadline, 'deadline_time', NEW.deadline_time, 'survey', NEW.survey));
END;

DROP TRIGGER audit_call_forms_delete;

CREATE TRIGGER audit_call_forms_delete AFTER DELETE ON call_forms
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'call_forms', OLD.rowid, 'delete', json_object('call_id', OLD.call_id, 'form', OLD.form, 'title', OLD.title, 'deadline', OLD.deadline, 'deadline_time', OLD.deadline_time, 'survey', OLD.survey), NULL);
END;

DROP TRIGGER audit_submissions_insert;

CREATE TRIGGER audit_submissions_insert AFTER INSERT ON submissions
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'submissions', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'call_id', NEW.call_id, 'form', NEW.form, 'organisation_id', NEW.organisation_id, 'person_id', NEW.person_id, 'received', NEW.received, 'channel', NEW.channel, 'protocol', NEW.protocol, 'contact_id', NEW.contact_id, 'late', NEW.late, 'decision', NEW.decision, 'decided_on', NEW.decided_on, 'reason', NEW.reason, 'notes', NEW.notes));
END;

DROP TRIGGER audit_submissions_update;

CREATE TRIGGER audit_submissions_update AFTER UPDATE ON submissions
WHEN OLD.id IS NOT NEW.id OR OLD.call_id IS NOT NEW.call_id OR OLD.form IS NOT NEW.form OR OLD.organisation_id IS NOT NEW.organisation_id OR OLD.person_id IS NOT NEW.person_id OR OLD.received IS NOT NEW.received OR OLD.channel IS NOT NEW.channel OR OLD.protocol IS NOT NEW.protocol OR OLD.contact_id IS NOT NEW.contact_id OR OLD.late IS NOT NEW.late OR OLD.decision IS NOT NEW.decision OR OLD.decided_on IS NOT NEW.decided_on OR OLD.reason IS NOT NEW.reason OR OLD.notes IS NOT NEW.notes
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'submissions', NEW.rowid, 'update', json_object('id', OLD.id, 'call_id', OLD.call_id, 'form', OLD.form, 'organisation_id', OLD.organisation_id, 'person_id', OLD.person_id, 'received', OLD.received, 'channel', OLD.channel, 'protocol', OLD.protocol, 'contact_id', OLD.contact_id, 'late', OLD.late, 'decision', OLD.decision, 'decided_on', OLD.decided_on, 'reason', OLD.reason, 'notes', OLD.notes),
            json_object('id', NEW.id, 'call_id', NEW.call_id, 'form', NEW.form, 'organisation_id', NEW.organisation_id, 'person_id', NEW.person_id, 'received', NEW.received, 'channel', NEW.channel, 'protocol', NEW.protocol, 'contact_id', NEW.contact_id, 'late', NEW.late, 'decision', NEW.decision, 'decided_on', NEW.decided_on, 'reason', NEW.reason, 'notes', NEW.notes));
END;

DROP TRIGGER audit_submissions_delete;

CREATE TRIGGER audit_submissions_delete AFTER DELETE ON submissions
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'submissions', OLD.rowid, 'delete', json_object('id', OLD.id, 'call_id', OLD.call_id, 'form', OLD.form, 'organisation_id', OLD.organisation_id, 'person_id', OLD.person_id, 'received', OLD.received, 'channel', OLD.channel, 'protocol', OLD.protocol, 'contact_id', OLD.contact_id, 'late', OLD.late, 'decision', OLD.decision, 'decided_on', OLD.decided_on, 'reason', OLD.reason, 'notes', OLD.notes), NULL);
END;
