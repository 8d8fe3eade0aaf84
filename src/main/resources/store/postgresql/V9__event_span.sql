-- Issue 12: the longest event stored, in days, kept by triggers (see the SQLite script for the why).
CREATE TABLE event_span (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    days INTEGER NOT NULL
);
INSERT INTO event_span (id, days) VALUES (1, COALESCE((SELECT MAX(d) FROM (
    SELECT date_end - date_start AS d FROM event UNION ALL SELECT date_end - date_start FROM mention) s), 0));
CREATE FUNCTION event_span_grow() RETURNS trigger AS $$ BEGIN IF NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL THEN UPDATE event_span SET days = GREATEST(days, NEW.date_end - NEW.date_start) WHERE id = 1 AND days < NEW.date_end - NEW.date_start; END IF; RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE TRIGGER event_span_event AFTER INSERT ON event FOR EACH ROW EXECUTE FUNCTION event_span_grow();
CREATE TRIGGER event_span_mention AFTER INSERT ON mention FOR EACH ROW EXECUTE FUNCTION event_span_grow();
COMMENT ON TABLE event_span IS 'the longest event stored, in days (kept by triggers): a date filter bounds the start date by it';
