-- Issue 12: the page by actor (and type) on an index walked in list order, and its count kept.
-- Before, each request listed every id a name is an actor of (184,112 party rows for a common
-- actor at a million events), probed the date walk with them and counted them all again.
-- actor_event holds one row per listed event (a merged event, or a mention no event holds) and
-- name in its actor1 or actor2, with what the list filters and sorts by, kept by triggers; its
-- index gives an actor's rows in the list's order, so a page reads its own rows.
CREATE TABLE actor_event (
    merged     SMALLINT NOT NULL, -- 1: event.id, 0: mention.id of a mention no event holds
    id         INTEGER  NOT NULL,
    name_key   TEXT     NOT NULL,
    type       TEXT     NOT NULL,
    date_start TEXT,
    date_end   TEXT,
    PRIMARY KEY (merged, id, name_key)
) WITHOUT ROWID;
INSERT OR IGNORE INTO actor_event (merged, id, name_key, type, date_start, date_end)
    SELECT 0, m.id, p.name_key, m.type, m.date_start, m.date_end FROM mention_party p JOIN mention m ON m.id = p.mention_id
    WHERE p.role IN ('actor1', 'actor2') AND m.held = 0;
INSERT OR IGNORE INTO actor_event (merged, id, name_key, type, date_start, date_end)
    SELECT 1, e.id, p.name_key, e.type, e.date_start, e.date_end FROM event_party p JOIN event e ON e.id = p.event_id
    WHERE p.role IN ('actor1', 'actor2');
-- the list's order is start date, merged events first, row id. One index, not one more by type:
-- each index ordered by date costs every write a page of its own per name (a page by actor and
-- type reads the actor's rows in order and skips the other types: a few times its own rows)
CREATE INDEX actor_event_date ON actor_event (name_key, date_start, merged DESC, id, type, date_end);

-- How many listed events name each actor, by type: an actor's (and type's) total is a few rows.
CREATE TABLE actor_event_count (
    name_key TEXT    NOT NULL,
    type     TEXT    NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (name_key, type)
) WITHOUT ROWID;
INSERT INTO actor_event_count (name_key, type, n) SELECT name_key, type, COUNT(*) FROM actor_event GROUP BY name_key, type;
CREATE TRIGGER actor_event_count_in AFTER INSERT ON actor_event
BEGIN
    INSERT INTO actor_event_count (name_key, type, n) VALUES (NEW.name_key, NEW.type, 1)
        ON CONFLICT (name_key, type) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER actor_event_count_out AFTER DELETE ON actor_event
BEGIN
    UPDATE actor_event_count SET n = n - 1 WHERE name_key = OLD.name_key AND type = OLD.type;
END;
CREATE TRIGGER actor_event_count_moved AFTER UPDATE OF type ON actor_event
WHEN NEW.type <> OLD.type
BEGIN
    UPDATE actor_event_count SET n = n - 1 WHERE name_key = OLD.name_key AND type = OLD.type;
    INSERT INTO actor_event_count (name_key, type, n) VALUES (NEW.name_key, NEW.type, 1)
        ON CONFLICT (name_key, type) DO UPDATE SET n = n + 1;
END;

-- A name joins the list with its party row, if its row is listed (a new mention is: no event holds it yet).
CREATE TRIGGER actor_event_mention_party_in AFTER INSERT ON mention_party
WHEN NEW.role IN ('actor1', 'actor2')
BEGIN
    INSERT OR IGNORE INTO actor_event (merged, id, name_key, type, date_start, date_end)
        SELECT 0, m.id, NEW.name_key, m.type, m.date_start, m.date_end FROM mention m WHERE m.id = NEW.mention_id AND m.held = 0;
END;
CREATE TRIGGER actor_event_event_party_in AFTER INSERT ON event_party
WHEN NEW.role IN ('actor1', 'actor2')
BEGIN
    INSERT OR IGNORE INTO actor_event (merged, id, name_key, type, date_start, date_end)
        SELECT 1, e.id, NEW.name_key, e.type, e.date_start, e.date_end FROM event e WHERE e.id = NEW.event_id;
END;
-- and leaves with it, unless the row still names it in the other role
CREATE TRIGGER actor_event_mention_party_out AFTER DELETE ON mention_party
WHEN OLD.role IN ('actor1', 'actor2') AND NOT EXISTS (SELECT 1 FROM mention_party p
    WHERE p.mention_id = OLD.mention_id AND p.name_key = OLD.name_key AND p.role IN ('actor1', 'actor2'))
BEGIN
    DELETE FROM actor_event WHERE merged = 0 AND id = OLD.mention_id AND name_key = OLD.name_key;
END;
CREATE TRIGGER actor_event_event_party_out AFTER DELETE ON event_party
WHEN OLD.role IN ('actor1', 'actor2') AND NOT EXISTS (SELECT 1 FROM event_party p
    WHERE p.event_id = OLD.event_id AND p.name_key = OLD.name_key AND p.role IN ('actor1', 'actor2'))
BEGIN
    DELETE FROM actor_event WHERE merged = 1 AND id = OLD.event_id AND name_key = OLD.name_key;
END;
CREATE TRIGGER actor_event_mention_out AFTER DELETE ON mention
BEGIN
    DELETE FROM actor_event WHERE merged = 0 AND id = OLD.id;
END;
CREATE TRIGGER actor_event_event_out AFTER DELETE ON event
BEGIN
    DELETE FROM actor_event WHERE merged = 1 AND id = OLD.id;
END;
-- a mention an event takes in is listed through the event from then on; let go, it is listed again
CREATE TRIGGER actor_event_mention_held AFTER UPDATE OF held ON mention
WHEN NEW.held = 1
BEGIN
    DELETE FROM actor_event WHERE merged = 0 AND id = NEW.id;
END;
CREATE TRIGGER actor_event_mention_freed AFTER UPDATE OF held ON mention
WHEN NEW.held = 0
BEGIN
    INSERT OR IGNORE INTO actor_event (merged, id, name_key, type, date_start, date_end)
        SELECT 0, NEW.id, p.name_key, NEW.type, NEW.date_start, NEW.date_end FROM mention_party p
        WHERE p.mention_id = NEW.id AND p.role IN ('actor1', 'actor2');
END;
-- a merged event's fields change as its cluster grows
CREATE TRIGGER actor_event_event_moved AFTER UPDATE OF type, date_start, date_end ON event
BEGIN
    UPDATE actor_event SET type = NEW.type, date_start = NEW.date_start, date_end = NEW.date_end WHERE merged = 1 AND id = NEW.id;
END;
CREATE TRIGGER actor_event_mention_moved AFTER UPDATE OF type, date_start, date_end ON mention
BEGIN
    UPDATE actor_event SET type = NEW.type, date_start = NEW.date_start, date_end = NEW.date_end WHERE merged = 0 AND id = NEW.id;
END;

INSERT INTO schema_note (table_name, notes) VALUES
    ('actor_event', 'one row per listed event (merged 1: event.id; 0: a mention no event holds) and name_key in its actor1 or '
        || 'actor2, with its type and dates (kept by triggers): the page by actor and type walks its index in list order'),
    ('actor_event_count', 'how many rows actor_event holds per name_key and type (kept by triggers): an actor''s total');
