-- Issue 12: the answers of /api/control and /api/sieges on a day, stored per place as runs of
-- days with one answer each, so a request reads the runs that cover its day through an index
-- instead of waiting for the reasoning to catch up with the last write. The server rewrites the
-- rows of the places a write touches in the write's own transaction, and says in
-- place_day_position how far along the write log (document_touch) the rows are.
CREATE TABLE place_day (
    kind      INTEGER NOT NULL, -- 0 held (control's places), 1 unknown (control's unknown), 2 besieged
    place_key TEXT    NOT NULL,
    day_from  INTEGER NOT NULL, -- epoch day, inclusive
    day_to    INTEGER,          -- epoch day, inclusive; null: until further notice
    body      TEXT    NOT NULL, -- the place's element of the answer's array, as sent
    PRIMARY KEY (kind, place_key, day_from)
);
CREATE INDEX place_day_on ON place_day (kind, day_from, day_to);
CREATE TABLE place_day_position (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    log_position INTEGER NOT NULL
);
INSERT INTO place_day_position (id, log_position) VALUES (1, -1);
INSERT INTO schema_note (table_name, notes) VALUES
    ('place_day', 'per place, runs of days (epoch days, to inclusive, null open) and the place''s element of the '
        || '/api/control or /api/sieges answer on them (kind 0 held, 1 unknown, 2 besieged); kept by the server'),
    ('place_day_position', 'the document_touch id place_day is up to; -1: never filled');
