-- Frontline event store, SQLite dialect. Dates are ISO-8601 text (they sort and compare as text),
-- booleans 0/1. Every list of names is a child table so actors and sources can be indexed.

CREATE TABLE document (
    id                 INTEGER PRIMARY KEY,
    doc_id             TEXT    NOT NULL UNIQUE,
    origin             TEXT,
    url                TEXT,
    title              TEXT,
    outlet             TEXT,
    byline             TEXT,
    published          TEXT,
    published_inferred INTEGER NOT NULL DEFAULT 0,
    duplicate_of       TEXT,
    error              TEXT,
    content_hash       TEXT,
    result_hash        TEXT    NOT NULL,
    text               TEXT,
    ingested_at        TEXT    NOT NULL
);
CREATE INDEX document_error ON document (error) WHERE error IS NOT NULL;

-- One row per distinct resolved place; place_key is the canonical form of every field.
CREATE TABLE place (
    id          INTEGER PRIMARY KEY,
    place_key   TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    lat         REAL,
    lon         REAL,
    country     TEXT,
    admin1      TEXT,
    geonames_id INTEGER,
    precision   TEXT
);
CREATE INDEX place_name ON place (name_key);
CREATE INDEX place_lat_lon ON place (lat, lon);

CREATE TABLE mention (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    type           TEXT    NOT NULL,
    place_id       INTEGER REFERENCES place (id),
    route_from_id  INTEGER REFERENCES place (id),
    route_to_id    INTEGER REFERENCES place (id),
    route_name     TEXT,
    date_start     TEXT    NOT NULL,
    date_end       TEXT    NOT NULL,
    date_precision TEXT    NOT NULL,
    fatalities     INTEGER,
    displaced      INTEGER,
    status         TEXT    NOT NULL,
    evidence       TEXT    NOT NULL,
    UNIQUE (document_id, ordinal)
);
CREATE INDEX mention_type_date ON mention (type, date_start, date_end);
CREATE INDEX mention_place ON mention (place_id);

-- role: actor1, actor2 or source; position keeps the list order.
CREATE TABLE mention_party (
    mention_id INTEGER NOT NULL REFERENCES mention (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    name_key   TEXT    NOT NULL,
    PRIMARY KEY (mention_id, role, position)
);
CREATE INDEX mention_party_name ON mention_party (name_key, role);

CREATE TABLE control (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    place_id    INTEGER REFERENCES place (id),
    controller  TEXT,
    as_of       TEXT,
    share       REAL,
    evidence    TEXT,
    UNIQUE (document_id, ordinal)
);
CREATE INDEX control_place ON control (place_id, as_of);

-- role: besieged_by, contested_by or source.
CREATE TABLE control_party (
    control_id INTEGER NOT NULL REFERENCES control (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    PRIMARY KEY (control_id, role, position)
);

-- A merged event: the clusterer's summary of its member mentions; cluster_id is the clusterer's
-- stable id. Mentions without an event are served as events of their own.
CREATE TABLE event (
    id             INTEGER PRIMARY KEY,
    cluster_id     TEXT    NOT NULL UNIQUE,
    type           TEXT    NOT NULL,
    place_id       INTEGER REFERENCES place (id),
    route_from_id  INTEGER REFERENCES place (id),
    route_to_id    INTEGER REFERENCES place (id),
    route_name     TEXT,
    date_start     TEXT    NOT NULL,
    date_end       TEXT    NOT NULL,
    date_precision TEXT    NOT NULL,
    fatalities     INTEGER,
    displaced      INTEGER,
    status         TEXT    NOT NULL,
    evidence       TEXT    NOT NULL
);
CREATE INDEX event_type_date ON event (type, date_start, date_end);
CREATE INDEX event_place ON event (place_id);

CREATE TABLE event_party (
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    role     TEXT    NOT NULL,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    name_key TEXT    NOT NULL,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_party_name ON event_party (name_key, role);

-- A mention belongs to at most one merged event.
CREATE TABLE event_mention (
    event_id   INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    mention_id INTEGER NOT NULL UNIQUE REFERENCES mention (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, mention_id)
);

-- Full text over title and article text; external content, kept in step by triggers.
CREATE VIRTUAL TABLE document_fts USING fts5(title, text, content='document', content_rowid='id');

CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
    INSERT INTO document_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER document_fts_update AFTER UPDATE OF title, text ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO document_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
