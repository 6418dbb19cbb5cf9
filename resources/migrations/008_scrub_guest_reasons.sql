-- Schema 8: anonymising a person (GDPR art. 17) also clears the reasons for which the person was
-- invited to a meeting as a guest from the audit trail. The reason is free text that usually
-- names the person ("Mario Rossi, esperto di housing sociale"); anonymisation replaces it in
-- `guests` with a fixed sentence, but the audit rows of `guests` (insert, update, delete) kept
-- it in their before/after JSON, and audit_no_update (003_audit.sql) allowed the scrub on
-- `people` rows only.
--
-- audit_no_update is recreated: besides the scrub of `people` rows (unchanged), it accepts, for
-- the person in audit_context.scrub_person, an update of a `guests` row whose person_id (before
-- or after) is that person, on the two JSON columns only, and only to the same JSON with
-- `reason` set to the fixed sentence below (AuditLog::scrubPerson writes exactly that). The
-- condition is wrapped in coalesce(…, 0): with no scrub in progress (scrub_person NULL) the
-- comparison is NULL, and `WHERE NOT NULL` would have let the update through.
--
-- People anonymised before this schema: their guest rows and the audit rows of those are
-- scrubbed here, once (the register knows them by the pseudonym PersonalData gives,
-- "Persona anonimizzata" / "n. <id>"), before the guard is back in place.

DROP TRIGGER audit_no_update;

UPDATE audit_context SET operation = 'migration 8: guest reasons of anonymised people';

UPDATE guests SET reason = '(motivo rimosso: persona anonimizzata)'
WHERE reason IS NOT '(motivo rimosso: persona anonimizzata)'
    AND person_id IN (SELECT id FROM people
                      WHERE given_name = 'Persona anonimizzata' AND family_name = 'n. ' || id);

UPDATE audit
SET before_json = json_set(before_json, '$.reason', '(motivo rimosso: persona anonimizzata)'),
    after_json = json_set(after_json, '$.reason', '(motivo rimosso: persona anonimizzata)')
WHERE table_name = 'guests'
    AND EXISTS (SELECT 1 FROM people p
                WHERE p.given_name = 'Persona anonimizzata' AND p.family_name = 'n. ' || p.id
                    AND p.id IN (json_extract(audit.before_json, '$.person_id'),
                                 json_extract(audit.after_json, '$.person_id')));

UPDATE audit_context SET operation = '';

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed')
    WHERE NOT coalesce((
        (SELECT scrub_person FROM audit_context) IS NOT NULL
        AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.os_user = OLD.os_user
        AND NEW.operation = OLD.operation AND NEW.table_name = OLD.table_name
        AND NEW.row_id = OLD.row_id AND NEW.action = OLD.action
        AND ((OLD.table_name = 'people'
              AND OLD.row_id = (SELECT scrub_person FROM audit_context)
              AND NEW.before_json IS (SELECT json_set(OLD.before_json,
                      '$.given_name', p.given_name, '$.family_name', p.family_name,
                      '$.tax_code', p.tax_code, '$.email', p.email, '$.pec', p.pec,
                      '$.phone', p.phone, '$.notes', p.notes)
                  FROM people p WHERE p.id = OLD.row_id)
              AND NEW.after_json IS (SELECT json_set(OLD.after_json,
                      '$.given_name', p.given_name, '$.family_name', p.family_name,
                      '$.tax_code', p.tax_code, '$.email', p.email, '$.pec', p.pec,
                      '$.phone', p.phone, '$.notes', p.notes)
                  FROM people p WHERE p.id = OLD.row_id))
             OR (OLD.table_name = 'guests'
                 AND (SELECT scrub_person FROM audit_context)
                     IN (json_extract(OLD.before_json, '$.person_id'),
                         json_extract(OLD.after_json, '$.person_id'))
                 AND NEW.before_json IS json_set(OLD.before_json, '$.reason',
                     '(motivo rimosso: persona anonimizzata)')
                 AND NEW.after_json IS json_set(OLD.after_json, '$.reason',
                     '(motivo rimosso: persona anonimizzata)')))), 0);
END;
