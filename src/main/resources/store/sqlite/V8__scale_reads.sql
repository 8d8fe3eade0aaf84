-- Issue 12: reads on an index at a million events.
-- A date filter's lower bound ("ends on or after") and the last day of /api/range start from an
-- index on the end date, instead of every row whose start is before the upper bound.
CREATE INDEX mention_date_end ON mention (date_end, id);
CREATE INDEX event_date_end ON event (date_end, id);

-- Whether an event holds the mention (a link in event_mention), kept by triggers: a mention no
-- event holds is listed as an event of its own, and the partial indexes below find those few
-- directly, where "NOT EXISTS (a link)" walked every mention, held or not, to find them.
ALTER TABLE mention ADD COLUMN held SMALLINT NOT NULL DEFAULT 0;
UPDATE mention SET held = 1 WHERE id IN (SELECT mention_id FROM event_mention);
CREATE INDEX mention_free_date ON mention (date_start, id) WHERE held = 0;
CREATE INDEX mention_free_date_end ON mention (date_end, id) WHERE held = 0;
CREATE INDEX mention_free_type_date ON mention (type, date_start, date_end) WHERE held = 0;
CREATE TRIGGER mention_held_in AFTER INSERT ON event_mention
BEGIN
    UPDATE mention SET held = 1 WHERE id = NEW.mention_id;
END;
CREATE TRIGGER mention_held_out AFTER DELETE ON event_mention
BEGIN
    UPDATE mention SET held = 0 WHERE id = OLD.mention_id;
END;

-- How many events /api/events lists with no filter (merged events plus mentions no event holds
-- yet), kept by triggers so that count is one row read instead of a pass over every mention.
CREATE TABLE event_total (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  BIGINT  NOT NULL
);
INSERT INTO event_total (id, n) VALUES (1,
    (SELECT COUNT(*) FROM event) + (SELECT COUNT(*) FROM mention m WHERE NOT EXISTS
        (SELECT 1 FROM event_mention em WHERE em.mention_id = m.id)));
CREATE TRIGGER event_total_event_in AFTER INSERT ON event
BEGIN
    UPDATE event_total SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER event_total_event_out AFTER DELETE ON event
BEGIN
    UPDATE event_total SET n = n - 1 WHERE id = 1;
END;
-- a new mention is held by no event yet
CREATE TRIGGER event_total_mention_in AFTER INSERT ON mention
BEGIN
    UPDATE event_total SET n = n + 1 WHERE id = 1;
END;
-- a mention leaving counts only if no event held it; asked before the delete, while its link
-- (deleted by the cascade after it) still stands
CREATE TRIGGER event_total_mention_out BEFORE DELETE ON mention
WHEN NOT EXISTS (SELECT 1 FROM event_mention em WHERE em.mention_id = OLD.id)
BEGIN
    UPDATE event_total SET n = n - 1 WHERE id = 1;
END;
CREATE TRIGGER event_total_link_in AFTER INSERT ON event_mention
BEGIN
    UPDATE event_total SET n = n - 1 WHERE id = 1;
END;
-- an unlinked mention is listed on its own again, unless it is being deleted itself
CREATE TRIGGER event_total_link_out AFTER DELETE ON event_mention
WHEN EXISTS (SELECT 1 FROM mention m WHERE m.id = OLD.mention_id)
BEGIN
    UPDATE event_total SET n = n + 1 WHERE id = 1;
END;

-- the notes gain the new table and column
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
    ('event', 'a merged event: the summary of a cluster of mentions across reports; cluster_id is stable'),
    ('event_party', 'the names of a merged event, as mention_party'),
    ('event_mention', 'which mentions a merged event holds (a mention is in at most one)'),
    ('document_fts', 'FTS5 full-text index over document title and text, kept by triggers; quote words: MATCH ''"al-bab"'''),
    ('store_generation', 'a number every committed write moves'),
    ('event_total', 'how many events are listed with no filter (merged events + mentions no event holds), kept by triggers'),
    ('schema_version', 'the migrations applied, with their checksums'),
    ('events_flat', 'one row per event: type, dates, place, coordinates, actors, sources, documents, corroboration');
