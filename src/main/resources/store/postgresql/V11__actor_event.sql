-- Issue 12: the page by actor (and type) on an index walked in list order, and its count kept,
-- by triggers (see the SQLite script for the why).
CREATE TABLE actor_event (
    merged     SMALLINT NOT NULL,
    id         BIGINT   NOT NULL,
    name_key   TEXT     NOT NULL,
    type       TEXT     NOT NULL,
    date_start DATE,
    date_end   DATE,
    PRIMARY KEY (merged, id, name_key)
);
INSERT INTO actor_event (merged, id, name_key, type, date_start, date_end)
    SELECT DISTINCT 0, m.id, p.name_key, m.type, m.date_start, m.date_end FROM mention_party p JOIN mention m ON m.id = p.mention_id
    WHERE p.role IN ('actor1', 'actor2') AND m.held = 0;
INSERT INTO actor_event (merged, id, name_key, type, date_start, date_end)
    SELECT DISTINCT 1, e.id, p.name_key, e.type, e.date_start, e.date_end FROM event_party p JOIN event e ON e.id = p.event_id
    WHERE p.role IN ('actor1', 'actor2');
CREATE INDEX actor_event_date ON actor_event (name_key, date_start, merged DESC, id, type, date_end);

CREATE TABLE actor_event_count (
    name_key TEXT   NOT NULL,
    type     TEXT   NOT NULL,
    n        BIGINT NOT NULL,
    PRIMARY KEY (name_key, type)
);
INSERT INTO actor_event_count (name_key, type, n) SELECT name_key, type, COUNT(*) FROM actor_event GROUP BY name_key, type;
CREATE FUNCTION actor_event_count() RETURNS trigger AS $$ BEGIN IF TG_OP IN ('DELETE', 'UPDATE') THEN UPDATE actor_event_count SET n = n - 1 WHERE name_key = OLD.name_key AND type = OLD.type; END IF; IF TG_OP IN ('INSERT', 'UPDATE') THEN INSERT INTO actor_event_count (name_key, type, n) VALUES (NEW.name_key, NEW.type, 1) ON CONFLICT (name_key, type) DO UPDATE SET n = actor_event_count.n + 1; END IF; RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE TRIGGER actor_event_count_in AFTER INSERT OR DELETE ON actor_event FOR EACH ROW EXECUTE FUNCTION actor_event_count();
CREATE TRIGGER actor_event_count_moved AFTER UPDATE OF type ON actor_event FOR EACH ROW WHEN (NEW.type <> OLD.type) EXECUTE FUNCTION actor_event_count();

-- a name joins the list with its party row if its row is listed, and leaves with it unless the row still names it
CREATE FUNCTION actor_event_mention_party() RETURNS trigger AS $$ BEGIN IF COALESCE(NEW.role, OLD.role) NOT IN ('actor1', 'actor2') THEN RETURN NULL; ELSIF TG_OP = 'INSERT' THEN INSERT INTO actor_event (merged, id, name_key, type, date_start, date_end) SELECT 0, m.id, NEW.name_key, m.type, m.date_start, m.date_end FROM mention m WHERE m.id = NEW.mention_id AND m.held = 0 ON CONFLICT DO NOTHING; ELSIF NOT EXISTS (SELECT 1 FROM mention_party p WHERE p.mention_id = OLD.mention_id AND p.name_key = OLD.name_key AND p.role IN ('actor1', 'actor2')) THEN DELETE FROM actor_event WHERE merged = 0 AND id = OLD.mention_id AND name_key = OLD.name_key; END IF; RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE FUNCTION actor_event_event_party() RETURNS trigger AS $$ BEGIN IF COALESCE(NEW.role, OLD.role) NOT IN ('actor1', 'actor2') THEN RETURN NULL; ELSIF TG_OP = 'INSERT' THEN INSERT INTO actor_event (merged, id, name_key, type, date_start, date_end) SELECT 1, e.id, NEW.name_key, e.type, e.date_start, e.date_end FROM event e WHERE e.id = NEW.event_id ON CONFLICT DO NOTHING; ELSIF NOT EXISTS (SELECT 1 FROM event_party p WHERE p.event_id = OLD.event_id AND p.name_key = OLD.name_key AND p.role IN ('actor1', 'actor2')) THEN DELETE FROM actor_event WHERE merged = 1 AND id = OLD.event_id AND name_key = OLD.name_key; END IF; RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE TRIGGER actor_event_mention_party AFTER INSERT OR DELETE ON mention_party FOR EACH ROW EXECUTE FUNCTION actor_event_mention_party();
CREATE TRIGGER actor_event_event_party AFTER INSERT OR DELETE ON event_party FOR EACH ROW EXECUTE FUNCTION actor_event_event_party();

-- a row that goes takes its names with it; a row's type and dates follow it; a mention an event
-- takes in is listed through the event from then on, and let go it is listed again
CREATE FUNCTION actor_event_event_row() RETURNS trigger AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM actor_event WHERE merged = 1 AND id = OLD.id; ELSIF NEW.type IS DISTINCT FROM OLD.type OR NEW.date_start IS DISTINCT FROM OLD.date_start OR NEW.date_end IS DISTINCT FROM OLD.date_end THEN UPDATE actor_event SET type = NEW.type, date_start = NEW.date_start, date_end = NEW.date_end WHERE merged = 1 AND id = NEW.id; END IF; RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE FUNCTION actor_event_mention_row() RETURNS trigger AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM actor_event WHERE merged = 0 AND id = OLD.id; RETURN NULL; END IF; IF NEW.held = 1 AND OLD.held = 0 THEN DELETE FROM actor_event WHERE merged = 0 AND id = NEW.id; ELSIF NEW.held = 0 AND OLD.held = 1 THEN INSERT INTO actor_event (merged, id, name_key, type, date_start, date_end) SELECT DISTINCT 0, NEW.id, p.name_key, NEW.type, NEW.date_start, NEW.date_end FROM mention_party p WHERE p.mention_id = NEW.id AND p.role IN ('actor1', 'actor2') ON CONFLICT DO NOTHING; END IF; IF NEW.type IS DISTINCT FROM OLD.type OR NEW.date_start IS DISTINCT FROM OLD.date_start OR NEW.date_end IS DISTINCT FROM OLD.date_end THEN UPDATE actor_event SET type = NEW.type, date_start = NEW.date_start, date_end = NEW.date_end WHERE merged = 0 AND id = NEW.id; END IF; RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE TRIGGER actor_event_mention AFTER UPDATE OR DELETE ON mention FOR EACH ROW EXECUTE FUNCTION actor_event_mention_row();
CREATE TRIGGER actor_event_event AFTER UPDATE OR DELETE ON event FOR EACH ROW EXECUTE FUNCTION actor_event_event_row();

COMMENT ON TABLE actor_event IS 'one row per listed event (merged 1: event.id; 0: a mention no event holds) and name_key in its actor1 or actor2, with its type and dates (kept by triggers): the page by actor and type walks its index in list order';
COMMENT ON TABLE actor_event_count IS 'how many rows actor_event holds per name_key and type (kept by triggers): an actor''s total';
