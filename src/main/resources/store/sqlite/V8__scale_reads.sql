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
