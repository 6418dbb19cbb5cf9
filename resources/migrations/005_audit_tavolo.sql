-- Schema 5: the audit trail (003) extended to the Tavolo's history (002) and the document
-- settings (004), following the pattern documented in 003_audit.sql. Tables keyed by several
-- columns are recorded by their rowid. Binary values (a material's file, the logo) are recorded
-- by their size: the audit says that they changed, the archive keeps them.

CREATE TRIGGER audit_office_terms_insert AFTER INSERT ON office_terms
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'office_terms', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'office', NEW.office, 'person_id', NEW.person_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to));
END;

CREATE TRIGGER audit_office_terms_update AFTER UPDATE ON office_terms
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'office_terms', NEW.rowid, 'update', json_object('id', OLD.id, 'office', OLD.office, 'person_id', OLD.person_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to),
            json_object('id', NEW.id, 'office', NEW.office, 'person_id', NEW.person_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to));
END;

CREATE TRIGGER audit_office_terms_delete AFTER DELETE ON office_terms
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'office_terms', OLD.rowid, 'delete', json_object('id', OLD.id, 'office', OLD.office, 'person_id', OLD.person_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to), NULL);
END;

CREATE TRIGGER audit_delegations_insert AFTER INSERT ON delegations
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'delegations', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'office', NEW.office, 'delegate_id', NEW.delegate_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to, 'act_date', NEW.act_date, 'act_reference', NEW.act_reference));
END;

CREATE TRIGGER audit_delegations_update AFTER UPDATE ON delegations
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'delegations', NEW.rowid, 'update', json_object('id', OLD.id, 'office', OLD.office, 'delegate_id', OLD.delegate_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to, 'act_date', OLD.act_date, 'act_reference', OLD.act_reference),
            json_object('id', NEW.id, 'office', NEW.office, 'delegate_id', NEW.delegate_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to, 'act_date', NEW.act_date, 'act_reference', NEW.act_reference));
END;

CREATE TRIGGER audit_delegations_delete AFTER DELETE ON delegations
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'delegations', OLD.rowid, 'delete', json_object('id', OLD.id, 'office', OLD.office, 'delegate_id', OLD.delegate_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to, 'act_date', OLD.act_date, 'act_reference', OLD.act_reference), NULL);
END;

CREATE TRIGGER audit_designations_insert AFTER INSERT ON designations
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'designations', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'organisation_id', NEW.organisation_id, 'category', NEW.category, 'person_id', NEW.person_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to, 'act_date', NEW.act_date, 'act_reference', NEW.act_reference));
END;

CREATE TRIGGER audit_designations_update AFTER UPDATE ON designations
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'designations', NEW.rowid, 'update', json_object('id', OLD.id, 'organisation_id', OLD.organisation_id, 'category', OLD.category, 'person_id', OLD.person_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to, 'act_date', OLD.act_date, 'act_reference', OLD.act_reference),
            json_object('id', NEW.id, 'organisation_id', NEW.organisation_id, 'category', NEW.category, 'person_id', NEW.person_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to, 'act_date', NEW.act_date, 'act_reference', NEW.act_reference));
END;

CREATE TRIGGER audit_designations_delete AFTER DELETE ON designations
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'designations', OLD.rowid, 'delete', json_object('id', OLD.id, 'organisation_id', OLD.organisation_id, 'category', OLD.category, 'person_id', OLD.person_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to, 'act_date', OLD.act_date, 'act_reference', OLD.act_reference), NULL);
END;

CREATE TRIGGER audit_regulation_versions_insert AFTER INSERT ON regulation_versions
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'regulation_versions', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'effective', NEW.effective, 'min_meetings_per_year', NEW.min_meetings_per_year, 'notice_days', NEW.notice_days, 'threshold_numerator', NEW.threshold_numerator, 'threshold_denominator', NEW.threshold_denominator, 'request_deadline_days', NEW.request_deadline_days, 'seats', NEW.seats));
END;

CREATE TRIGGER audit_regulation_versions_update AFTER UPDATE ON regulation_versions
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'regulation_versions', NEW.rowid, 'update', json_object('id', OLD.id, 'effective', OLD.effective, 'min_meetings_per_year', OLD.min_meetings_per_year, 'notice_days', OLD.notice_days, 'threshold_numerator', OLD.threshold_numerator, 'threshold_denominator', OLD.threshold_denominator, 'request_deadline_days', OLD.request_deadline_days, 'seats', OLD.seats),
            json_object('id', NEW.id, 'effective', NEW.effective, 'min_meetings_per_year', NEW.min_meetings_per_year, 'notice_days', NEW.notice_days, 'threshold_numerator', NEW.threshold_numerator, 'threshold_denominator', NEW.threshold_denominator, 'request_deadline_days', NEW.request_deadline_days, 'seats', NEW.seats));
END;

CREATE TRIGGER audit_regulation_versions_delete AFTER DELETE ON regulation_versions
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'regulation_versions', OLD.rowid, 'delete', json_object('id', OLD.id, 'effective', OLD.effective, 'min_meetings_per_year', OLD.min_meetings_per_year, 'notice_days', OLD.notice_days, 'threshold_numerator', OLD.threshold_numerator, 'threshold_denominator', OLD.threshold_denominator, 'request_deadline_days', OLD.request_deadline_days, 'seats', OLD.seats), NULL);
END;

CREATE TRIGGER audit_regulation_approvals_insert AFTER INSERT ON regulation_approvals
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'regulation_approvals', NEW.rowid, 'insert', NULL, json_object('regulation_id', NEW.regulation_id, 'person_id', NEW.person_id));
END;

CREATE TRIGGER audit_regulation_approvals_update AFTER UPDATE ON regulation_approvals
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'regulation_approvals', NEW.rowid, 'update', json_object('regulation_id', OLD.regulation_id, 'person_id', OLD.person_id),
            json_object('regulation_id', NEW.regulation_id, 'person_id', NEW.person_id));
END;

CREATE TRIGGER audit_regulation_approvals_delete AFTER DELETE ON regulation_approvals
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'regulation_approvals', OLD.rowid, 'delete', json_object('regulation_id', OLD.regulation_id, 'person_id', OLD.person_id), NULL);
END;

CREATE TRIGGER audit_requests_insert AFTER INSERT ON requests
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'requests', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'date', NEW.date, 'motivation', NEW.motivation));
END;

CREATE TRIGGER audit_requests_update AFTER UPDATE ON requests
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'requests', NEW.rowid, 'update', json_object('id', OLD.id, 'date', OLD.date, 'motivation', OLD.motivation),
            json_object('id', NEW.id, 'date', NEW.date, 'motivation', NEW.motivation));
END;

CREATE TRIGGER audit_requests_delete AFTER DELETE ON requests
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'requests', OLD.rowid, 'delete', json_object('id', OLD.id, 'date', OLD.date, 'motivation', OLD.motivation), NULL);
END;

CREATE TRIGGER audit_request_signatories_insert AFTER INSERT ON request_signatories
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'request_signatories', NEW.rowid, 'insert', NULL, json_object('request_id', NEW.request_id, 'person_id', NEW.person_id));
END;

CREATE TRIGGER audit_request_signatories_update AFTER UPDATE ON request_signatories
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'request_signatories', NEW.rowid, 'update', json_object('request_id', OLD.request_id, 'person_id', OLD.person_id),
            json_object('request_id', NEW.request_id, 'person_id', NEW.person_id));
END;

CREATE TRIGGER audit_request_signatories_delete AFTER DELETE ON request_signatories
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'request_signatories', OLD.rowid, 'delete', json_object('request_id', OLD.request_id, 'person_id', OLD.person_id), NULL);
END;

CREATE TRIGGER audit_meetings_insert AFTER INSERT ON meetings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'meetings', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'date', NEW.date, 'time', NEW.time, 'place', NEW.place, 'online_link', NEW.online_link, 'request_id', NEW.request_id, 'convened_by', NEW.convened_by, 'joint_with', NEW.joint_with, 'state', NEW.state, 'convened_on', NEW.convened_on, 'cancel_reason', NEW.cancel_reason));
END;

CREATE TRIGGER audit_meetings_update AFTER UPDATE ON meetings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'meetings', NEW.rowid, 'update', json_object('id', OLD.id, 'kind', OLD.kind, 'date', OLD.date, 'time', OLD.time, 'place', OLD.place, 'online_link', OLD.online_link, 'request_id', OLD.request_id, 'convened_by', OLD.convened_by, 'joint_with', OLD.joint_with, 'state', OLD.state, 'convened_on', OLD.convened_on, 'cancel_reason', OLD.cancel_reason),
            json_object('id', NEW.id, 'kind', NEW.kind, 'date', NEW.date, 'time', NEW.time, 'place', NEW.place, 'online_link', NEW.online_link, 'request_id', NEW.request_id, 'convened_by', NEW.convened_by, 'joint_with', NEW.joint_with, 'state', NEW.state, 'convened_on', NEW.convened_on, 'cancel_reason', NEW.cancel_reason));
END;

CREATE TRIGGER audit_meetings_delete AFTER DELETE ON meetings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'meetings', OLD.rowid, 'delete', json_object('id', OLD.id, 'kind', OLD.kind, 'date', OLD.date, 'time', OLD.time, 'place', OLD.place, 'online_link', OLD.online_link, 'request_id', OLD.request_id, 'convened_by', OLD.convened_by, 'joint_with', OLD.joint_with, 'state', OLD.state, 'convened_on', OLD.convened_on, 'cancel_reason', OLD.cancel_reason), NULL);
END;

CREATE TRIGGER audit_agenda_items_insert AFTER INSERT ON agenda_items
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'agenda_items', NEW.rowid, 'insert', NULL, json_object('meeting_id', NEW.meeting_id, 'position', NEW.position, 'text', NEW.text));
END;

CREATE TRIGGER audit_agenda_items_update AFTER UPDATE ON agenda_items
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'agenda_items', NEW.rowid, 'update', json_object('meeting_id', OLD.meeting_id, 'position', OLD.position, 'text', OLD.text),
            json_object('meeting_id', NEW.meeting_id, 'position', NEW.position, 'text', NEW.text));
END;

CREATE TRIGGER audit_agenda_items_delete AFTER DELETE ON agenda_items
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'agenda_items', OLD.rowid, 'delete', json_object('meeting_id', OLD.meeting_id, 'position', OLD.position, 'text', OLD.text), NULL);
END;

CREATE TRIGGER audit_materials_insert AFTER INSERT ON materials
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'materials', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'title', NEW.title, 'file_name', NEW.file_name, 'content', CASE WHEN typeof(NEW.content) = 'blob' THEN length(NEW.content) || ' bytes' ELSE NEW.content END));
END;

CREATE TRIGGER audit_materials_update AFTER UPDATE ON materials
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'materials', NEW.rowid, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'title', OLD.title, 'file_name', OLD.file_name, 'content', CASE WHEN typeof(OLD.content) = 'blob' THEN length(OLD.content) || ' bytes' ELSE OLD.content END),
            json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'title', NEW.title, 'file_name', NEW.file_name, 'content', CASE WHEN typeof(NEW.content) = 'blob' THEN length(NEW.content) || ' bytes' ELSE NEW.content END));
END;

CREATE TRIGGER audit_materials_delete AFTER DELETE ON materials
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'materials', OLD.rowid, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'title', OLD.title, 'file_name', OLD.file_name, 'content', CASE WHEN typeof(OLD.content) = 'blob' THEN length(OLD.content) || ' bytes' ELSE OLD.content END), NULL);
END;

CREATE TRIGGER audit_guests_insert AFTER INSERT ON guests
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'guests', NEW.rowid, 'insert', NULL, json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'reason', NEW.reason));
END;

CREATE TRIGGER audit_guests_update AFTER UPDATE ON guests
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'guests', NEW.rowid, 'update', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'reason', OLD.reason),
            json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'reason', NEW.reason));
END;

CREATE TRIGGER audit_guests_delete AFTER DELETE ON guests
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'guests', OLD.rowid, 'delete', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'reason', OLD.reason), NULL);
END;

CREATE TRIGGER audit_attendance_insert AFTER INSERT ON attendance
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'attendance', NEW.rowid, 'insert', NULL, json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status));
END;

CREATE TRIGGER audit_attendance_update AFTER UPDATE ON attendance
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'attendance', NEW.rowid, 'update', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status),
            json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status));
END;

CREATE TRIGGER audit_attendance_delete AFTER DELETE ON attendance
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'attendance', OLD.rowid, 'delete', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status), NULL);
END;

CREATE TRIGGER audit_working_groups_insert AFTER INSERT ON working_groups
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'working_groups', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'name', NEW.name, 'area', NEW.area, 'proposed_coordinator_id', NEW.proposed_coordinator_id, 'coordinator_id', NEW.coordinator_id));
END;

CREATE TRIGGER audit_working_groups_update AFTER UPDATE ON working_groups
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'working_groups', NEW.rowid, 'update', json_object('id', OLD.id, 'name', OLD.name, 'area', OLD.area, 'proposed_coordinator_id', OLD.proposed_coordinator_id, 'coordinator_id', OLD.coordinator_id),
            json_object('id', NEW.id, 'name', NEW.name, 'area', NEW.area, 'proposed_coordinator_id', NEW.proposed_coordinator_id, 'coordinator_id', NEW.coordinator_id));
END;

CREATE TRIGGER audit_working_groups_delete AFTER DELETE ON working_groups
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'working_groups', OLD.rowid, 'delete', json_object('id', OLD.id, 'name', OLD.name, 'area', OLD.area, 'proposed_coordinator_id', OLD.proposed_coordinator_id, 'coordinator_id', OLD.coordinator_id), NULL);
END;

CREATE TRIGGER audit_group_participants_insert AFTER INSERT ON group_participants
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'group_participants', NEW.rowid, 'insert', NULL, json_object('group_id', NEW.group_id, 'person_id', NEW.person_id));
END;

CREATE TRIGGER audit_group_participants_update AFTER UPDATE ON group_participants
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'group_participants', NEW.rowid, 'update', json_object('group_id', OLD.group_id, 'person_id', OLD.person_id),
            json_object('group_id', NEW.group_id, 'person_id', NEW.person_id));
END;

CREATE TRIGGER audit_group_participants_delete AFTER DELETE ON group_participants
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'group_participants', OLD.rowid, 'delete', json_object('group_id', OLD.group_id, 'person_id', OLD.person_id), NULL);
END;

CREATE TRIGGER audit_group_meetings_insert AFTER INSERT ON group_meetings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'group_meetings', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'group_id', NEW.group_id, 'date', NEW.date, 'time', NEW.time, 'place', NEW.place, 'agenda', NEW.agenda, 'held', NEW.held, 'ratified_coordinator', NEW.ratified_coordinator));
END;

CREATE TRIGGER audit_group_meetings_update AFTER UPDATE ON group_meetings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'group_meetings', NEW.rowid, 'update', json_object('id', OLD.id, 'group_id', OLD.group_id, 'date', OLD.date, 'time', OLD.time, 'place', OLD.place, 'agenda', OLD.agenda, 'held', OLD.held, 'ratified_coordinator', OLD.ratified_coordinator),
            json_object('id', NEW.id, 'group_id', NEW.group_id, 'date', NEW.date, 'time', NEW.time, 'place', NEW.place, 'agenda', NEW.agenda, 'held', NEW.held, 'ratified_coordinator', NEW.ratified_coordinator));
END;

CREATE TRIGGER audit_group_meetings_delete AFTER DELETE ON group_meetings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'group_meetings', OLD.rowid, 'delete', json_object('id', OLD.id, 'group_id', OLD.group_id, 'date', OLD.date, 'time', OLD.time, 'place', OLD.place, 'agenda', OLD.agenda, 'held', OLD.held, 'ratified_coordinator', OLD.ratified_coordinator), NULL);
END;

CREATE TRIGGER audit_group_attendance_insert AFTER INSERT ON group_attendance
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'group_attendance', NEW.rowid, 'insert', NULL, json_object('group_meeting_id', NEW.group_meeting_id, 'person_id', NEW.person_id, 'status', NEW.status));
END;

CREATE TRIGGER audit_group_attendance_update AFTER UPDATE ON group_attendance
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'group_attendance', NEW.rowid, 'update', json_object('group_meeting_id', OLD.group_meeting_id, 'person_id', OLD.person_id, 'status', OLD.status),
            json_object('group_meeting_id', NEW.group_meeting_id, 'person_id', NEW.person_id, 'status', NEW.status));
END;

CREATE TRIGGER audit_group_attendance_delete AFTER DELETE ON group_attendance
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'group_attendance', OLD.rowid, 'delete', json_object('group_meeting_id', OLD.group_meeting_id, 'person_id', OLD.person_id, 'status', OLD.status), NULL);
END;

CREATE TRIGGER audit_document_settings_insert AFTER INSERT ON document_settings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'document_settings', NEW.rowid, 'insert', NULL, json_object('key', NEW.key, 'value', CASE WHEN typeof(NEW.value) = 'blob' THEN length(NEW.value) || ' bytes' ELSE NEW.value END));
END;

CREATE TRIGGER audit_document_settings_update AFTER UPDATE ON document_settings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'document_settings', NEW.rowid, 'update', json_object('key', OLD.key, 'value', CASE WHEN typeof(OLD.value) = 'blob' THEN length(OLD.value) || ' bytes' ELSE OLD.value END),
            json_object('key', NEW.key, 'value', CASE WHEN typeof(NEW.value) = 'blob' THEN length(NEW.value) || ' bytes' ELSE NEW.value END));
END;

CREATE TRIGGER audit_document_settings_delete AFTER DELETE ON document_settings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'document_settings', OLD.rowid, 'delete', json_object('key', OLD.key, 'value', CASE WHEN typeof(OLD.value) = 'blob' THEN length(OLD.value) || ' bytes' ELSE OLD.value END), NULL);
END;
