-- Issue 12: the longest event stored, in days, kept by triggers (it only grows: a delete leaves
-- it, which keeps it a safe bound). With it, "ends on or after F" also bounds the start:
-- date_start >= F - longest, so a date filter reads the date index between two ends instead of
-- every row that started before its upper bound.
CREATE TABLE event_span (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    days INTEGER NOT NULL
);
INSERT INTO event_span (id, days) VALUES (1, COALESCE((SELECT MAX(d) FROM (
    SELECT CAST(julianday(date_end) - julianday(date_start) AS INTEGER) AS d FROM event
    UNION ALL SELECT CAST(julianday(date_end) - julianday(date_start) AS INTEGER) FROM mention)), 0));
CREATE TRIGGER event_span_event AFTER INSERT ON event
WHEN NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL
BEGIN
    UPDATE event_span SET days = MAX(days, CAST(julianday(NEW.date_end) - julianday(NEW.date_start) AS INTEGER)) WHERE id = 1;
END;
CREATE TRIGGER event_span_mention AFTER INSERT ON mention
WHEN NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL
BEGIN
    UPDATE event_span SET days = MAX(days, CAST(julianday(NEW.date_end) - julianday(NEW.date_start) AS INTEGER)) WHERE id = 1;
END;

-- the notes for everything V6 to V9 added, written once here (SQLite cannot alter a view)
DROP VIEW schema_notes;
CREATE VIEW schema_notes (table_name, notes) AS VALUES
    -- what each table holds; dates are ISO-8601 text, booleans 0/1
    ('document', 'one row per report: doc_id (file name, JSON Lines id or WARC record id), url, title, outlet, byline, '
        || 'published (+ published_inferred, published_source: where the date came from), duplicate_of, error, '
        || 'content_hash (SHA-256 of text), result_hash (of everything else stored: re-ingest is a no-op), text, ingested_at'),
    ('place', 'each distinct resolved place once: name, lat/lon (WGS 84, NULL when unknown), country (ISO alpha-2), admin1, '
        || 'geonames_id, precision (town, city, village, region, admin1, country, site)'),
    ('mention', 'one event as one report tells it (document_id, ordinal); route_* for a cut road; date_* NULL when undated; '
        || 'held 1 when an event holds it (kept by triggers)'),
    ('mention_party', 'the names of a mention: role actor1, actor2 or source; position keeps the order'),
    ('control', 'who holds a place as of a date, as a report asserts it (controller, as_of, share)'),
    ('control_party', 'role besieged_by, contested_by or source'),
    ('event', 'a merged event: the summary of a cluster of mentions across reports; evidence holds its first line '
        || '(events_flat joins them all); tally: its running votes as JSON, NULL until the cluster is next rebuilt'),
    ('event_profile', 'one member of a merged event per distinct form the clustering compares (type, dates, place, road, '
        || 'actors): what a new report is compared with, so a merge never reads every member'),
    ('event_party', 'the names of a merged event, as mention_party'),
    ('event_mention', 'which mentions a merged event holds (a mention is in at most one)'),
    ('document_fts', 'FTS5 full-text index over document title and text, kept by triggers; quote words: MATCH ''"al-bab"'''),
    ('store_generation', 'a number every committed write moves'),
    ('event_span', 'the longest event stored, in days (kept by triggers): a date filter bounds the start date by it'),
    ('event_total', 'how many events are listed with no filter (merged events + mentions no event holds), kept by triggers'),
    ('schema_version', 'the migrations applied, with their checksums'),
    ('events_flat', 'one row per event: type, dates, place, coordinates, actors, sources, documents, corroboration'),
    ('watch_source', 'each source `frontline watch` follows: kind, outlet, etag and last_modified for the next conditional GET, '
        || 'last_poll, last_success, last_error, consecutive_errors, polls'),
    ('watch_item', 'each feed item seen: item_key (GUID), url, doc_id it is stored as, state pending/done/seen_url/failed, attempts, events');
