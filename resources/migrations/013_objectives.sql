-- Schema 13: the objectives the office reports against (seed 002, the PEG's objective sheet):
-- an objective with its link to the DUP, its weighted phases (planned and actual days,
-- progress) and its indicators (expected value as a number or a ratio written "80/15"; actual
-- values typed in as readings with their day, or computed by a named measure, kept by id).
-- Every table is audited like the others (changes only, as 006). 012 is the survey-form flag
-- of call_forms; this file does not depend on it.

CREATE TABLE objectives (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title               TEXT NOT NULL,
    type                TEXT,
    classification      TEXT,
    direction           TEXT,
    director            TEXT,
    service             TEXT,
    manager             TEXT,
    dup_direction_code  TEXT,
    dup_direction_title TEXT,
    dup_objective_code  TEXT,
    dup_objective_title TEXT,
    first_year          INTEGER NOT NULL,
    last_year           INTEGER NOT NULL CHECK (last_year >= first_year),
    description         TEXT
);

CREATE TABLE objective_phases (
    id                    INTEGER PRIMARY KEY,
    objective_id          INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
    number                INTEGER NOT NULL,
    description           TEXT NOT NULL,
    weight                REAL NOT NULL CHECK (weight > 0 AND weight <= 100),
    planned_from          TEXT NOT NULL,
    planned_to            TEXT NOT NULL CHECK (planned_to >= planned_from),
    actual_from           TEXT,
    actual_to             TEXT CHECK (actual_to IS NULL OR (actual_from IS NOT NULL AND actual_to >= actual_from)),
    responsible           TEXT,
    responsibility_centre TEXT,
    notes                 TEXT,
    progress              REAL NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 100),
    UNIQUE (objective_id, number)
);

CREATE TABLE objective_indicators (
    id           INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    description  TEXT NOT NULL,
    type         TEXT,
    expected     TEXT NOT NULL, -- "2", "80/15"
    measure      TEXT, -- NULL: typed in
    cycle_id     INTEGER REFERENCES planning_cycles (id) ON DELETE RESTRICT,
    UNIQUE (objective_id, number)
);

CREATE TABLE indicator_readings (
    id           INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES objective_indicators (id) ON DELETE CASCADE,
    date         TEXT NOT NULL,
    value        TEXT NOT NULL,
    note         TEXT
);

CREATE INDEX indicator_readings_indicator ON indicator_readings (indicator_id, date);

CREATE TRIGGER audit_objectives_insert AFTER INSERT ON objectives
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'objectives', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'code', NEW.code, 'title', NEW.title, 'type', NEW.type, 'classification', NEW.classification, 'direction', NEW.direction, 'director', NEW.director, 'service', NEW.service, 'manager', NEW.manager, 'dup_direction_code', NEW.dup_direction_code, 'dup_direction_title', NEW.dup_direction_title, 'dup_objective_code', NEW.dup_objective_code, 'dup_objective_title', NEW.dup_objective_title, 'first_year', NEW.first_year, 'last_year', NEW.last_year, 'description', NEW.description));
END;

CREATE TRIGGER audit_objectives_update AFTER UPDATE ON objectives
WHEN OLD.id IS NOT NEW.id OR OLD.code IS NOT NEW.code OR OLD.title IS NOT NEW.title OR OLD.type IS NOT NEW.type OR OLD.classification IS NOT NEW.classification OR OLD.direction IS NOT NEW.direction OR OLD.director IS NOT NEW.director OR OLD.service IS NOT NEW.service OR OLD.manager IS NOT NEW.manager OR OLD.dup_direction_code IS NOT NEW.dup_direction_code OR OLD.dup_direction_title IS NOT NEW.dup_direction_title OR OLD.dup_objective_code IS NOT NEW.dup_objective_code OR OLD.dup_objective_title IS NOT NEW.dup_objective_title OR OLD.first_year IS NOT NEW.first_year OR OLD.last_year IS NOT NEW.last_year OR OLD.description IS NOT NEW.description
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'objectives', NEW.rowid, 'update', json_object('id', OLD.id, 'code', OLD.code, 'title', OLD.title, 'type', OLD.type, 'classification', OLD.classification, 'direction', OLD.direction, 'director', OLD.director, 'service', OLD.service, 'manager', OLD.manager, 'dup_direction_code', OLD.dup_direction_code, 'dup_direction_title', OLD.dup_direction_title, 'dup_objective_code', OLD.dup_objective_code, 'dup_objective_title', OLD.dup_objective_title, 'first_year', OLD.first_year, 'last_year', OLD.last_year, 'description', OLD.description),
            json_object('id', NEW.id, 'code', NEW.code, 'title', NEW.title, 'type', NEW.type, 'classification', NEW.classification, 'direction', NEW.direction, 'director', NEW.director, 'service', NEW.service, 'manager', NEW.manager, 'dup_direction_code', NEW.dup_direction_code, 'dup_direction_title', NEW.dup_direction_title, 'dup_objective_code', NEW.dup_objective_code, 'dup_objective_title', NEW.dup_objective_title, 'first_year', NEW.first_year, 'last_year', NEW.last_year, 'description', NEW.description));
END;

CREATE TRIGGER audit_objectives_delete AFTER DELETE ON objectives
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'objectives', OLD.rowid, 'delete', json_object('id', OLD.id, 'code', OLD.code, 'title', OLD.title, 'type', OLD.type, 'classification', OLD.classification, 'direction', OLD.direction, 'director', OLD.director, 'service', OLD.service, 'manager', OLD.manager, 'dup_direction_code', OLD.dup_direction_code, 'dup_direction_title', OLD.dup_direction_title, 'dup_objective_code', OLD.dup_objective_code, 'dup_objective_title', OLD.dup_objective_title, 'first_year', OLD.first_year, 'last_year', OLD.last_year, 'description', OLD.description), NULL);
END;

CREATE TRIGGER audit_objective_phases_insert AFTER INSERT ON objective_phases
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'objective_phases', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'objective_id', NEW.objective_id, 'number', NEW.number, 'description', NEW.description, 'weight', NEW.weight, 'planned_from', NEW.planned_from, 'planned_to', NEW.planned_to, 'actual_from', NEW.actual_from, 'actual_to', NEW.actual_to, 'responsible', NEW.responsible, 'responsibility_centre', NEW.responsibility_centre, 'notes', NEW.notes, 'progress', NEW.progress));
END;

CREATE TRIGGER audit_objective_phases_update AFTER UPDATE ON objective_phases
WHEN OLD.id IS NOT NEW.id OR OLD.objective_id IS NOT NEW.objective_id OR OLD.number IS NOT NEW.number OR OLD.description IS NOT NEW.description OR OLD.weight IS NOT NEW.weight OR OLD.planned_from IS NOT NEW.planned_from OR OLD.planned_to IS NOT NEW.planned_to OR OLD.actual_from IS NOT NEW.actual_from OR OLD.actual_to IS NOT NEW.actual_to OR OLD.responsible IS NOT NEW.responsible OR OLD.responsibility_centre IS NOT NEW.responsibility_centre OR OLD.notes IS NOT NEW.notes OR OLD.progress IS NOT NEW.progress
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'objective_phases', NEW.rowid, 'update', json_object('id', OLD.id, 'objective_id', OLD.objective_id, 'number', OLD.number, 'description', OLD.description, 'weight', OLD.weight, 'planned_from', OLD.planned_from, 'planned_to', OLD.planned_to, 'actual_from', OLD.actual_from, 'actual_to', OLD.actual_to, 'responsible', OLD.responsible, 'responsibility_centre', OLD.responsibility_centre, 'notes', OLD.notes, 'progress', OLD.progress),
            json_object('id', NEW.id, 'objective_id', NEW.objective_id, 'number', NEW.number, 'description', NEW.description, 'weight', NEW.weight, 'planned_from', NEW.planned_from, 'planned_to', NEW.planned_to, 'actual_from', NEW.actual_from, 'actual_to', NEW.actual_to, 'responsible', NEW.responsible, 'responsibility_centre', NEW.responsibility_centre, 'notes', NEW.notes, 'progress', NEW.progress));
END;

CREATE TRIGGER audit_objective_phases_delete AFTER DELETE ON objective_phases
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'objective_phases', OLD.rowid, 'delete', json_object('id', OLD.id, 'objective_id', OLD.objective_id, 'number', OLD.number, 'description', OLD.description, 'weight', OLD.weight, 'planned_from', OLD.planned_from, 'planned_to', OLD.planned_to, 'actual_from', OLD.actual_from, 'actual_to', OLD.actual_to, 'responsible', OLD.responsible, 'responsibility_centre', OLD.responsibility_centre, 'notes', OLD.notes, 'progress', OLD.progress), NULL);
END;

CREATE TRIGGER audit_objective_indicators_insert AFTER INSERT ON objective_indicators
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'objective_indicators', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'objective_id', NEW.objective_id, 'number', NEW.number, 'description', NEW.description, 'type', NEW.type, 'expected', NEW.expected, 'measure', NEW.measure, 'cycle_id', NEW.cycle_id));
END;

CREATE TRIGGER audit_objective_indicators_update AFTER UPDATE ON objective_indicators
WHEN OLD.id IS NOT NEW.id OR OLD.objective_id IS NOT NEW.objective_id OR OLD.number IS NOT NEW.number OR OLD.description IS NOT NEW.description OR OLD.type IS NOT NEW.type OR OLD.expected IS NOT NEW.expected OR OLD.measure IS NOT NEW.measure OR OLD.cycle_id IS NOT NEW.cycle_id
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'objective_indicators', NEW.rowid, 'update', json_object('id', OLD.id, 'objective_id', OLD.objective_id, 'number', OLD.number, 'description', OLD.description, 'type', OLD.type, 'expected', OLD.expected, 'measure', OLD.measure, 'cycle_id', OLD.cycle_id),
            json_object('id', NEW.id, 'objective_id', NEW.objective_id, 'number', NEW.number, 'description', NEW.description, 'type', NEW.type, 'expected', NEW.expected, 'measure', NEW.measure, 'cycle_id', NEW.cycle_id));
END;

CREATE TRIGGER audit_objective_indicators_delete AFTER DELETE ON objective_indicators
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'objective_indicators', OLD.rowid, 'delete', json_object('id', OLD.id, 'objective_id', OLD.objective_id, 'number', OLD.number, 'description', OLD.description, 'type', OLD.type, 'expected', OLD.expected, 'measure', OLD.measure, 'cycle_id', OLD.cycle_id), NULL);
END;

CREATE TRIGGER audit_indicator_readings_insert AFTER INSERT ON indicator_readings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'indicator_readings', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'indicator_id', NEW.indicator_id, 'date', NEW.date, 'value', NEW.value, 'note', NEW.note));
END;

CREATE TRIGGER audit_indicator_readings_update AFTER UPDATE ON indicator_readings
WHEN OLD.id IS NOT NEW.id OR OLD.indicator_id IS NOT NEW.indicator_id OR OLD.date IS NOT NEW.date OR OLD.value IS NOT NEW.value OR OLD.note IS NOT NEW.note
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'indicator_readings', NEW.rowid, 'update', json_object('id', OLD.id, 'indicator_id', OLD.indicator_id, 'date', OLD.date, 'value', OLD.value, 'note', OLD.note),
            json_object('id', NEW.id, 'indicator_id', NEW.indicator_id, 'date', NEW.date, 'value', NEW.value, 'note', NEW.note));
END;

CREATE TRIGGER audit_indicator_readings_delete AFTER DELETE ON indicator_readings
BEGIN
    INSERT INTO audit (os_user, operation, table_name, row_id, action, before_json, after_json)
    VALUES ((SELECT actor FROM audit_context), (SELECT operation FROM audit_context),
            'indicator_readings', OLD.rowid, 'delete', json_object('id', OLD.id, 'indicator_id', OLD.indicator_id, 'date', OLD.date, 'value', OLD.value, 'note', OLD.note), NULL);
END;

