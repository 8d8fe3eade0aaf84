-- Frontline event store, PostgreSQL dialect: the same tables as the SQLite script, with native
-- DATE, BOOLEAN and TIMESTAMPTZ, and a generated tsvector column with a GIN index for search.

CREATE TABLE document (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id             TEXT    NOT NULL UNIQUE,
    origin             TEXT,
    url                TEXT,
    title              TEXT,
    outlet             TEXT,
    byline             TEXT,
    published          DATE,
    published_inferred BOOLEAN NOT NULL DEFAULT FALSE,
    duplicate_of       TEXT,
    error              TEXT,
    content_hash       TEXT,
    result_hash        TEXT    NOT NULL,
    text               TEXT,
    ingested_at        TIMESTAMPTZ NOT NULL,
    search             TSVECTOR GENERATED ALWAYS AS
        (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(text, ''))) STORED
);
CREATE INDEX document_error ON document (error) WHERE error IS NOT NULL;
CREATE INDEX document_search ON document USING GIN (search);

CREATE TABLE place (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    place_key   TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    country     TEXT,
    admin1      TEXT,
    geonames_id BIGINT,
    precision   TEXT
);
CREATE INDEX place_name ON place (name_key);
CREATE INDEX place_lat_lon ON place (lat, lon);

CREATE TABLE mention (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id    BIGINT  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    type           TEXT    NOT NULL,
    place_id       BIGINT REFERENCES place (id),
    route_from_id  BIGINT REFERENCES place (id),
    route_to_id    BIGINT REFERENCES place (id),
    route_name     TEXT,
    date_start     DATE    NOT NULL,
    date_end       DATE    NOT NULL,
    date_precision TEXT    NOT NULL,
    fatalities     INTEGER,
    displaced      INTEGER,
    status         TEXT    NOT NULL,
    evidence       TEXT    NOT NULL,
    UNIQUE (document_id, ordinal)
);
CREATE INDEX mention_type_date ON mention (type, date_start, date_end);
CREATE INDEX mention_place ON mention (place_id);

CREATE TABLE mention_party (
    mention_id BIGINT  NOT NULL REFERENCES mention (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    name_key   TEXT    NOT NULL,
    PRIMARY KEY (mention_id, role, position)
);
CREATE INDEX mention_party_name ON mention_party (name_key, role);

CREATE TABLE control (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id BIGINT  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    place_id    BIGINT  REFERENCES place (id),
    controller  TEXT,
    as_of       DATE,
    share       DOUBLE PRECISION,
    evidence    TEXT,
    UNIQUE (document_id, ordinal)
);
CREATE INDEX control_place ON control (place_id, as_of);

CREATE TABLE control_party (
    control_id BIGINT  NOT NULL REFERENCES control (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    PRIMARY KEY (control_id, role, position)
);

CREATE TABLE event (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cluster_id     TEXT    NOT NULL UNIQUE,
    type           TEXT    NOT NULL,
    place_id       BIGINT REFERENCES place (id),
    route_from_id  BIGINT REFERENCES place (id),
    route_to_id    BIGINT REFERENCES place (id),
    route_name     TEXT,
    date_start     DATE    NOT NULL,
    date_end       DATE    NOT NULL,
    date_precision TEXT    NOT NULL,
    fatalities     INTEGER,
    displaced      INTEGER,
    status         TEXT    NOT NULL,
    evidence       TEXT    NOT NULL
);
CREATE INDEX event_type_date ON event (type, date_start, date_end);
CREATE INDEX event_place ON event (place_id);

CREATE TABLE event_party (
    event_id BIGINT  NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    role     TEXT    NOT NULL,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    name_key TEXT    NOT NULL,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_party_name ON event_party (name_key, role);

CREATE TABLE event_mention (
    event_id   BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    mention_id BIGINT NOT NULL UNIQUE REFERENCES mention (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, mention_id)
);
