-- Issue 10: a report with no publication date keeps its events, undated (date columns NULL,
-- the words kept in date_text); every document says where its date came from (published_source).
-- SQLite cannot drop a NOT NULL, so mention and event are rebuilt, ids kept. Foreign keys stay on
-- (a migration runs in a transaction, where they cannot be switched off), so the order matters:
-- renaming the old table makes its children point at it; the children are then rebuilt against
-- the new table, and the old one is dropped only when nothing references it, so no row cascades.
ALTER TABLE document ADD COLUMN published_source TEXT;

ALTER TABLE mention RENAME TO mention_v2;
CREATE TABLE mention (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    type           TEXT    NOT NULL,
    place_id       INTEGER REFERENCES place (id),
    route_from_id  INTEGER REFERENCES place (id),
    route_to_id    INTEGER REFERENCES place (id),
    route_name     TEXT,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT,
    fatalities     INTEGER,
    displaced      INTEGER,
    status         TEXT    NOT NULL,
    evidence       TEXT    NOT NULL,
    date_text      TEXT,
    UNIQUE (document_id, ordinal)
);
INSERT INTO mention (id, document_id, ordinal, type, place_id, route_from_id, route_to_id, route_name, date_start, date_end, date_precision, fatalities, displaced, status, evidence) SELECT id, document_id, ordinal, type, place_id, route_from_id, route_to_id, route_name, date_start, date_end, date_precision, fatalities, displaced, status, evidence FROM mention_v2;

ALTER TABLE event RENAME TO event_v2;
CREATE TABLE event (
    id             INTEGER PRIMARY KEY,
    cluster_id     TEXT    NOT NULL UNIQUE,
    type           TEXT    NOT NULL,
    place_id       INTEGER REFERENCES place (id),
    route_from_id  INTEGER REFERENCES place (id),
    route_to_id    INTEGER REFERENCES place (id),
    route_name     TEXT,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT,
    fatalities     INTEGER,
    displaced      INTEGER,
    status         TEXT    NOT NULL,
    evidence       TEXT    NOT NULL,
    date_text      TEXT
);
INSERT INTO event (id, cluster_id, type, place_id, route_from_id, route_to_id, route_name, date_start, date_end, date_precision, fatalities, displaced, status, evidence) SELECT id, cluster_id, type, place_id, route_from_id, route_to_id, route_name, date_start, date_end, date_precision, fatalities, displaced, status, evidence FROM event_v2;

CREATE TABLE mention_party_v3 (
    mention_id INTEGER NOT NULL REFERENCES mention (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    name_key   TEXT    NOT NULL,
    PRIMARY KEY (mention_id, role, position)
);
INSERT INTO mention_party_v3 SELECT * FROM mention_party;
DROP TABLE mention_party;
ALTER TABLE mention_party_v3 RENAME TO mention_party;

CREATE TABLE event_party_v3 (
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    role     TEXT    NOT NULL,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    name_key TEXT    NOT NULL,
    PRIMARY KEY (event_id, role, position)
);
INSERT INTO event_party_v3 SELECT * FROM event_party;
DROP TABLE event_party;
ALTER TABLE event_party_v3 RENAME TO event_party;

CREATE TABLE event_mention_v3 (
    event_id   INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    mention_id INTEGER NOT NULL UNIQUE REFERENCES mention (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, mention_id)
);
INSERT INTO event_mention_v3 SELECT * FROM event_mention;
DROP TABLE event_mention;
ALTER TABLE event_mention_v3 RENAME TO event_mention;

DROP TABLE mention_v2;
DROP TABLE event_v2;
CREATE INDEX mention_type_date ON mention (type, date_start, date_end);
CREATE INDEX mention_place ON mention (place_id);
CREATE INDEX mention_date ON mention (date_start, id);
CREATE INDEX mention_route_from ON mention (route_from_id);
CREATE INDEX mention_route_to ON mention (route_to_id);
CREATE INDEX event_type_date ON event (type, date_start, date_end);
CREATE INDEX event_place ON event (place_id);
CREATE INDEX event_date ON event (date_start, id);
CREATE INDEX event_route_from ON event (route_from_id);
CREATE INDEX event_route_to ON event (route_to_id);
CREATE INDEX mention_party_name ON mention_party (name_key, role);
CREATE INDEX event_party_name ON event_party (name_key, role);
