-- Schema 10: the names of a counted vote (R-K: "names optional").
--
-- Minutes may say who voted favourable, contrary or abstained on an agenda item: people of the
-- register, one row each, at most one way per person and item. The counts of `minutes_items`
-- stay the record of the vote; when names are given the program makes them agree. Once the
-- minutes are approved the names are locked like the rest of their text, whatever the program
-- does, and every change is audited.

CREATE TABLE minutes_vote_names (
    minutes_id INTEGER NOT NULL,
    item       INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    choice     TEXT NOT NULL CHECK (choice IN ('favourable', 'contrary', 'abstained')),
    PRIMARY KEY (minutes_id, item, person_id),
    FOREIGN KEY (minutes_id, item) REFERENCES minutes_items (minutes_id, item) ON DELETE CASCADE
);

CREATE INDEX minutes_vote_names_person ON minutes_vote_names (person_id);

CREATE TRIGGER minutes_vote_names_locked_insert BEFORE INSERT ON minutes_vote_names
WHEN (SELECT approved_at FROM minutes WHERE id = NEW.minutes_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'approved minutes are never edited: add a correction');
END;

CREATE TRIGGER minutes_vote_names_locked_update BEFORE UPDATE ON minutes_vote_names
WHEN (SELECT approved_at FROM minutes WHERE id = OLD.minutes_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'approved minutes are never edited: add a correction');
END;

CREATE TRIGGER minutes_vote_names_locked_delete BEFORE DELETE ON minutes_vote_names
WHEN (SELECT approved_at FROM minutes WHERE id = OLD.minutes_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'approved minutes are never edited: add a correction');
END;

CREATE TRIGGER audit_minutes_vote_names_insert AFTER INSERT ON minutes_vote_names
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes_vote_names', NEW.rowid, 'insert', NULL, json_object('minutes_id', NEW.minutes_id, 'item', NEW.item, 'person_id', NEW.person_id, 'choice', NEW.choice));
END;

CREATE TRIGGER audit_minutes_vote_names_update AFTER UPDATE ON minutes_vote_names
WHEN OLD.minutes_id IS NOT NEW.minutes_id OR OLD.item IS NOT NEW.item OR OLD.person_id IS NOT NEW.person_id
    OR OLD.choice IS NOT NEW.choice
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes_vote_names', NEW.rowid, 'update', json_object('minutes_id', OLD.minutes_id, 'item', OLD.item, 'person_id', OLD.person_id, 'choice', OLD.choice),
            json_object('minutes_id', NEW.minutes_id, 'item', NEW.item, 'person_id', NEW.person_id, 'choice', NEW.choice));
END;

CREATE TRIGGER audit_minutes_vote_names_delete AFTER DELETE ON minutes_vote_names
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'minutes_vote_names', OLD.rowid, 'delete', json_object('minutes_id', OLD.minutes_id, 'item', OLD.item, 'person_id', OLD.person_id, 'choice', OLD.choice), NULL);
END;
