-- Issue 12: the answers of /api/control and /api/sieges on a day, stored per place as runs of
-- days (see the SQLite script for the why).
CREATE TABLE place_day (
    kind      INTEGER NOT NULL,
    place_key TEXT    NOT NULL,
    day_from  BIGINT  NOT NULL,
    day_to    BIGINT,
    body      TEXT    NOT NULL,
    PRIMARY KEY (kind, place_key, day_from)
);
CREATE INDEX place_day_on ON place_day (kind, day_from, day_to);
CREATE TABLE place_day_position (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    log_position BIGINT  NOT NULL
);
INSERT INTO place_day_position (id, log_position) VALUES (1, -1);
COMMENT ON TABLE place_day IS 'per place, runs of days (epoch days, to inclusive, null open) and the place''s element of the /api/control or /api/sieges answer on them (kind 0 held, 1 unknown, 2 besieged); kept by the server';
COMMENT ON TABLE place_day_position IS 'the document_touch id place_day is up to; -1: never filled';
