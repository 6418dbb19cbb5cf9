-- Schema 7: a version per register record, for optimistic concurrency (issue 12: two programs
-- on one archive must not overwrite each other silently). A dialog remembers the version it
-- opened; a save whose record has another version by now is refused inside the same
-- transaction (RecordVersion::check), naming who saved it meanwhile and when (the audit row).
-- The version goes up exactly when the audit trail records a change: the triggers below use
-- the same WHEN guard as the UPDATE audit triggers of 006_audit_changes_only.sql, so saving an
-- unchanged form changes neither. The version column itself is not audited. SQLite does not
-- fire a trigger from its own UPDATE (recursive_triggers is off), and the audit triggers see
-- no audited column change in the version's UPDATE.

ALTER TABLE organisations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE people ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER version_organisations_update AFTER UPDATE ON organisations
WHEN OLD.version IS NEW.version AND (OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name
    OR OLD.category IS NOT NEW.category
    OR OLD.tax_code IS NOT NEW.tax_code OR OLD.runts_section IS NOT NEW.runts_section
    OR OLD.runts_number IS NOT NEW.runts_number OR OLD.comune IS NOT NEW.comune
    OR OLD.address IS NOT NEW.address OR OLD.pec IS NOT NEW.pec OR OLD.email IS NOT NEW.email
    OR OLD.phone IS NOT NEW.phone OR OLD.notes IS NOT NEW.notes OR OLD.active IS NOT NEW.active)
BEGIN
    UPDATE organisations SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER version_people_update AFTER UPDATE ON people
WHEN OLD.version IS NEW.version AND (OLD.id IS NOT NEW.id OR OLD.given_name IS NOT NEW.given_name
    OR OLD.family_name IS NOT NEW.family_name OR OLD.tax_code IS NOT NEW.tax_code
    OR OLD.email IS NOT NEW.email OR OLD.pec IS NOT NEW.pec OR OLD.phone IS NOT NEW.phone
    OR OLD.organisation_id IS NOT NEW.organisation_id OR OLD.notes IS NOT NEW.notes)
BEGIN
    UPDATE people SET version = OLD.version + 1 WHERE id = NEW.id;
END;
