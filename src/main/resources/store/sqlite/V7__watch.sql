-- Issue 13: what `frontline watch` has seen, so a restart neither loses nor repeats anything.
-- Times are ISO-8601 instants as text (UTC).
CREATE TABLE watch_source (
    source_id TEXT PRIMARY KEY,        -- the source's URL, or its folder
    kind TEXT NOT NULL,                -- rss, atom, feed, news_sitemap, sitemap, folder
    outlet TEXT,
    etag TEXT,                         -- for the next conditional GET
    last_modified TEXT,
    last_poll TEXT,
    last_success TEXT,
    last_error TEXT,                   -- NULL after a good poll
    consecutive_errors INTEGER NOT NULL DEFAULT 0,
    polls INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE watch_item (
    source_id TEXT NOT NULL,
    item_key TEXT NOT NULL,            -- the feed's GUID (or the URL when it has none)
    url TEXT NOT NULL,                 -- the page, normalised (no fragment, no utm_ parameters)
    doc_id TEXT NOT NULL,              -- the document it is stored as: watch- + 16 hex digits of the URL's SHA-256
    title TEXT,                        -- the feed's title and date for it, kept so a pending item is retried
    published TEXT,                    --   after a restart even when the feed has dropped it
    state TEXT NOT NULL,               -- pending (seen, not yet stored), done, seen_url (another GUID of a stored URL), failed
    attempts INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL,
    done_at TEXT,
    error TEXT,
    events INTEGER NOT NULL DEFAULT 0, -- mentions its document holds
    PRIMARY KEY (source_id, item_key)
);
CREATE INDEX watch_item_url ON watch_item (url);
CREATE INDEX watch_item_state ON watch_item (state);

-- schema_notes names the new tables too
DROP VIEW schema_notes;
CREATE VIEW schema_notes (table_name, notes) AS VALUES
    -- what each table holds; dates are ISO-8601 text, booleans 0/1
    ('document', 'one row per report: doc_id (file name, JSON Lines id or WARC record id), url, title, outlet, byline, '
        || 'published (+ published_inferred, published_source: where the date came from), duplicate_of, error, '
        || 'content_hash (SHA-256 of text), result_hash (of everything else stored: re-ingest is a no-op), text, ingested_at'),
    ('place', 'each distinct resolved place once: name, lat/lon (WGS 84, NULL when unknown), country (ISO alpha-2), admin1, '
        || 'geonames_id, precision (town, city, village, region, admin1, country, site)'),
    ('mention', 'one event as one report tells it (document_id, ordinal); route_* for a cut road; date_* NULL when undated'),
    ('mention_party', 'the names of a mention: role actor1, actor2 or source; position keeps the order'),
    ('control', 'who holds a place as of a date, as a report asserts it (controller, as_of, share)'),
    ('control_party', 'role besieged_by, contested_by or source'),
    ('event', 'a merged event: the summary of a cluster of mentions across reports; cluster_id is stable'),
    ('event_party', 'the names of a merged event, as mention_party'),
    ('event_mention', 'which mentions a merged event holds (a mention is in at most one)'),
    ('document_fts', 'FTS5 full-text index over document title and text, kept by triggers; quote words: MATCH ''"al-bab"'''),
    ('store_generation', 'a number every committed write moves'),
    ('schema_version', 'the migrations applied, with their checksums'),
    ('events_flat', 'one row per event: type, dates, place, coordinates, actors, sources, documents, corroboration'),
    ('watch_source', 'each source `frontline watch` follows: kind, outlet, etag and last_modified for the next conditional GET, '
        || 'last_poll, last_success, last_error, consecutive_errors, polls'),
    ('watch_item', 'each feed item seen: item_key (GUID), url, doc_id it is stored as, state pending/done/seen_url/failed, attempts, events');
