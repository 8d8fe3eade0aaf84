-- Issue 16: merging a report into a cluster costs the same whatever the cluster's size. A merged
-- event keeps its running votes (tally, JSON: documents per actor and place, mentions per road,
-- date bounds, largest figures, sources), so a new member updates them without reading the others;
-- event_profile holds one member per distinct comparable form (type, dates, place, road, actors),
-- which is all the clustering needs to decide whether a new mention joins. A merged event's
-- evidence is read from its member links, never rewritten as one growing text per merge.
ALTER TABLE event ADD COLUMN tally TEXT;

CREATE TABLE event_profile (
    event_id      BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    profile       TEXT    NOT NULL,
    mention_id    BIGINT NOT NULL REFERENCES mention (id) ON DELETE CASCADE,
    type          TEXT    NOT NULL,
    place_id      BIGINT,
    route_from_id BIGINT,
    route_to_id   BIGINT,
    route_name    TEXT,
    date_start    DATE    NOT NULL,
    date_end      DATE    NOT NULL,
    PRIMARY KEY (event_id, profile)
);
CREATE INDEX event_profile_type_date ON event_profile (type, date_start, date_end);
CREATE INDEX event_profile_place ON event_profile (place_id);
CREATE INDEX event_profile_mention ON event_profile (mention_id);

DROP VIEW events_flat;

CREATE VIEW events_flat AS
SELECT e.cluster_id AS event_id, e.type, e.date_start, e.date_end, e.date_precision, e.date_text,
    p.name AS place, p.admin1, p.country, p.lat, p.lon, p.precision AS place_precision,
    (SELECT string_agg(name, '; ' ORDER BY position) FROM event_party WHERE event_id = e.id AND role = 'actor1') AS actor1,
    (SELECT string_agg(name, '; ' ORDER BY position) FROM event_party WHERE event_id = e.id AND role = 'actor2') AS actor2,
    (SELECT string_agg(name, '; ' ORDER BY position) FROM event_party WHERE event_id = e.id AND role = 'source') AS sources,
    (SELECT string_agg(DISTINCT d.doc_id, '; ') FROM event_mention em JOIN mention m ON m.id = em.mention_id
        JOIN document d ON d.id = m.document_id WHERE em.event_id = e.id) AS documents,
    (SELECT COUNT(DISTINCT m.document_id) FROM event_mention em JOIN mention m ON m.id = em.mention_id
        WHERE em.event_id = e.id) AS corroboration,
    e.fatalities, e.displaced, e.status,
    (SELECT string_agg(x.evidence, ' | ' ORDER BY x.doc_id, x.evidence) FROM (SELECT DISTINCT d.doc_id, m.evidence FROM event_mention em
        JOIN mention m ON m.id = em.mention_id JOIN document d ON d.id = m.document_id WHERE em.event_id = e.id) x) AS evidence
FROM event e LEFT JOIN place p ON p.id = COALESCE(e.place_id, e.route_from_id)
UNION ALL
SELECT 'mention:' || m.id, m.type, m.date_start, m.date_end, m.date_precision, m.date_text,
    p.name, p.admin1, p.country, p.lat, p.lon, p.precision,
    (SELECT string_agg(name, '; ' ORDER BY position) FROM mention_party WHERE mention_id = m.id AND role = 'actor1'),
    (SELECT string_agg(name, '; ' ORDER BY position) FROM mention_party WHERE mention_id = m.id AND role = 'actor2'),
    (SELECT string_agg(name, '; ' ORDER BY position) FROM mention_party WHERE mention_id = m.id AND role = 'source'),
    d.doc_id, 1, m.fatalities, m.displaced, m.status, m.evidence
FROM mention m JOIN document d ON d.id = m.document_id LEFT JOIN place p ON p.id = COALESCE(m.place_id, m.route_from_id)
WHERE NOT EXISTS (SELECT 1 FROM event_mention em WHERE em.mention_id = m.id);

COMMENT ON TABLE event_profile IS 'one member of a merged event per distinct form the clustering compares (type, dates, place, road, actors): what a new report is compared with, so a merge never reads every member';
COMMENT ON COLUMN event.tally IS 'the running votes of the cluster as JSON; NULL until the cluster is next rebuilt';
COMMENT ON VIEW events_flat IS 'one row per event: a merged event (cluster) or a mention no cluster holds (event_id mention:<n>); actors, sources and documents joined with "; "';
