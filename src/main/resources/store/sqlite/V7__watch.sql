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
