-- Issue 15: a store anyone can read by hand. events_flat: one row per event as `frontline events`
-- lists it; the comments below show in psql's \d+.
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
    e.fatalities, e.displaced, e.status, e.evidence
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

COMMENT ON VIEW events_flat IS 'one row per event: a merged event (cluster) or a mention no cluster holds (event_id mention:<n>); actors, sources and documents joined with "; "';
COMMENT ON TABLE document IS 'one row per report: doc_id, url, title, outlet, byline, published (+ published_inferred, published_source), duplicate_of, error, content_hash (SHA-256 of text), result_hash, text, ingested_at';
COMMENT ON TABLE place IS 'each distinct resolved place once: lat/lon WGS 84 (NULL when unknown), country ISO alpha-2, admin1, geonames_id, precision';
COMMENT ON TABLE mention IS 'one event as one report tells it; route_* for a cut road; date_* NULL when undated (date_text keeps the words)';
COMMENT ON TABLE mention_party IS 'names of a mention: role actor1, actor2 or source; position keeps the order';
COMMENT ON TABLE control IS 'who holds a place as of a date, as a report asserts it';
COMMENT ON TABLE control_party IS 'role besieged_by, contested_by or source';
COMMENT ON TABLE event IS 'a merged event: the summary of a cluster of mentions across reports; cluster_id is stable';
COMMENT ON TABLE event_party IS 'names of a merged event, as mention_party';
COMMENT ON TABLE event_mention IS 'which mentions a merged event holds (a mention is in at most one)';
COMMENT ON COLUMN mention.fatalities IS 'NULL: no figure given (not zero)';
COMMENT ON COLUMN event.fatalities IS 'NULL: no figure given (not zero)';
