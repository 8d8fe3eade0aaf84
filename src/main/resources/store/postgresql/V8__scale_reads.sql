-- Issue 12: reads on an index at a million events (see the SQLite script for the why).
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
CREATE FUNCTION mention_held_in() RETURNS trigger AS $$ BEGIN UPDATE mention SET held = 1 WHERE id = NEW.mention_id; RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE FUNCTION mention_held_out() RETURNS trigger AS $$ BEGIN UPDATE mention SET held = 0 WHERE id = OLD.mention_id; RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE TRIGGER mention_held_in AFTER INSERT ON event_mention FOR EACH ROW EXECUTE FUNCTION mention_held_in();
CREATE TRIGGER mention_held_out AFTER DELETE ON event_mention FOR EACH ROW EXECUTE FUNCTION mention_held_out();

-- How many events /api/events lists with no filter, kept by triggers (one row read per count).
CREATE TABLE event_total (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  BIGINT  NOT NULL
);
INSERT INTO event_total (id, n) VALUES (1,
    (SELECT COUNT(*) FROM event) + (SELECT COUNT(*) FROM mention m WHERE NOT EXISTS
        (SELECT 1 FROM event_mention em WHERE em.mention_id = m.id)));
CREATE FUNCTION event_total_add() RETURNS trigger AS $$ BEGIN UPDATE event_total SET n = n + 1 WHERE id = 1; RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE FUNCTION event_total_sub() RETURNS trigger AS $$ BEGIN UPDATE event_total SET n = n - 1 WHERE id = 1; RETURN NULL; END $$ LANGUAGE plpgsql;
-- a mention leaving counts only if no event held it; asked before the delete, while its link
-- (deleted by the cascade after it) still stands
CREATE FUNCTION event_total_mention_out() RETURNS trigger AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM event_mention em WHERE em.mention_id = OLD.id) THEN UPDATE event_total SET n = n - 1 WHERE id = 1; END IF; RETURN OLD; END $$ LANGUAGE plpgsql;
-- an unlinked mention is listed on its own again, unless it is being deleted itself
CREATE FUNCTION event_total_link_out() RETURNS trigger AS $$ BEGIN IF EXISTS (SELECT 1 FROM mention m WHERE m.id = OLD.mention_id) THEN UPDATE event_total SET n = n + 1 WHERE id = 1; END IF; RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE TRIGGER event_total_event_in AFTER INSERT ON event FOR EACH ROW EXECUTE FUNCTION event_total_add();
CREATE TRIGGER event_total_event_out AFTER DELETE ON event FOR EACH ROW EXECUTE FUNCTION event_total_sub();
CREATE TRIGGER event_total_mention_in AFTER INSERT ON mention FOR EACH ROW EXECUTE FUNCTION event_total_add();
CREATE TRIGGER event_total_mention_out BEFORE DELETE ON mention FOR EACH ROW EXECUTE FUNCTION event_total_mention_out();
CREATE TRIGGER event_total_link_in AFTER INSERT ON event_mention FOR EACH ROW EXECUTE FUNCTION event_total_sub();
CREATE TRIGGER event_total_link_out AFTER DELETE ON event_mention FOR EACH ROW EXECUTE FUNCTION event_total_link_out();

COMMENT ON TABLE event_total IS 'how many events are listed with no filter (merged events + mentions no event holds), kept by triggers';
COMMENT ON COLUMN mention.held IS '1 when an event holds the mention (a row in event_mention), kept by triggers';
