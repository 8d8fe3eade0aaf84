-- Issue 16: merging a report into a cluster costs the same whatever the cluster's size. A merged
-- event keeps its running votes (tally, JSON: documents per actor and place, mentions per road,
-- date bounds, largest figures, sources), so a new member updates them without reading the others;
-- event_profile holds one member per distinct comparable form (type, dates, place, road, actors),
-- which is all the clustering needs to decide whether a new mention joins. A merged event's
-- evidence is read from its member links, never rewritten as one growing text per merge.
ALTER TABLE event ADD COLUMN tally TEXT;

CREATE TABLE event_profile (
    event_id      INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    profile       TEXT    NOT NULL,
    mention_id    INTEGER NOT NULL REFERENCES mention (id) ON DELETE CASCADE,
    type          TEXT    NOT NULL,
    place_id      INTEGER,
    route_from_id INTEGER,
    route_to_id   INTEGER,
    route_name    TEXT,
    date_start    TEXT    NOT NULL,
    date_end      TEXT    NOT NULL,
    PRIMARY KEY (event_id, profile)
);
CREATE INDEX event_profile_type_date ON event_profile (type, date_start, date_end);
CREATE INDEX event_profile_place ON event_profile (place_id);
CREATE INDEX event_profile_mention ON event_profile (mention_id);

DROP VIEW events_flat;

CREATE VIEW events_flat AS
SELECT
    -- one row per event as `frontline events` lists it: a merged event (cluster), or a mention
    -- that no cluster holds (id "mention:<n>")
    e.cluster_id AS event_id,
    e.type,                      -- the contract's vocabulary: territory_captured, air_strike, ...
    e.date_start,                -- ISO dates; NULL for an undated report's event (see date_text)
    e.date_end,
    e.date_precision,            -- day, week, month, year
    e.date_text,                 -- the words the date was read from ("on Tuesday")
    p.name AS place,             -- for a cut road: the road's start
    p.admin1,
    p.country,                   -- ISO 3166-1 alpha-2
    p.lat,                       -- WGS 84; NULL when the gazetteer has no coordinates
    p.lon,
    p.precision AS place_precision,
    (SELECT group_concat(name, '; ') FROM (SELECT name FROM event_party WHERE event_id = e.id AND role = 'actor1' ORDER BY position)) AS actor1,
    (SELECT group_concat(name, '; ') FROM (SELECT name FROM event_party WHERE event_id = e.id AND role = 'actor2' ORDER BY position)) AS actor2,
    -- who the reports attribute it to (a monitor, a party's media)
    (SELECT group_concat(name, '; ') FROM (SELECT name FROM event_party WHERE event_id = e.id AND role = 'source' ORDER BY position)) AS sources,
    -- the documents that report it (document.doc_id) and how many
    (SELECT group_concat(doc_id, '; ') FROM (SELECT DISTINCT d.doc_id FROM event_mention em JOIN mention m ON m.id = em.mention_id
        JOIN document d ON d.id = m.document_id WHERE em.event_id = e.id ORDER BY d.doc_id)) AS documents,
    (SELECT COUNT(DISTINCT m.document_id) FROM event_mention em JOIN mention m ON m.id = em.mention_id
        WHERE em.event_id = e.id) AS corroboration,
    e.fatalities,                -- NULL: no figure given (not zero)
    e.displaced,
    e.status,                    -- reported, claimed, unverified
    (SELECT group_concat(evidence, ' | ') FROM (SELECT DISTINCT d.doc_id, m.evidence FROM event_mention em JOIN mention m ON m.id = em.mention_id
        JOIN document d ON d.id = m.document_id WHERE em.event_id = e.id ORDER BY d.doc_id, m.evidence)) AS evidence
FROM event e LEFT JOIN place p ON p.id = COALESCE(e.place_id, e.route_from_id)
UNION ALL
SELECT 'mention:' || m.id, m.type, m.date_start, m.date_end, m.date_precision, m.date_text,
    p.name, p.admin1, p.country, p.lat, p.lon, p.precision,
    (SELECT group_concat(name, '; ') FROM (SELECT name FROM mention_party WHERE mention_id = m.id AND role = 'actor1' ORDER BY position)),
    (SELECT group_concat(name, '; ') FROM (SELECT name FROM mention_party WHERE mention_id = m.id AND role = 'actor2' ORDER BY position)),
    (SELECT group_concat(name, '; ') FROM (SELECT name FROM mention_party WHERE mention_id = m.id AND role = 'source' ORDER BY position)),
    d.doc_id, 1, m.fatalities, m.displaced, m.status, m.evidence
FROM mention m JOIN document d ON d.id = m.document_id LEFT JOIN place p ON p.id = COALESCE(m.place_id, m.route_from_id)
WHERE NOT EXISTS (SELECT 1 FROM event_mention em WHERE em.mention_id = m.id);
