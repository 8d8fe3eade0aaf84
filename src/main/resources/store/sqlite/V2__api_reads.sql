-- For the API under load (issue 6): every filter /api/events offers can start from an index, and
-- pages come in date order from an index instead of a sort of everything.
CREATE INDEX mention_date ON mention (date_start, id);
CREATE INDEX event_date ON event (date_start, id);
-- a place filter matches a route's ends as well as the place
CREATE INDEX mention_route_from ON mention (route_from_id);
CREATE INDEX mention_route_to ON mention (route_to_id);
CREATE INDEX event_route_from ON event (route_from_id);
CREATE INDEX event_route_to ON event (route_to_id);

-- Bumped by every write transaction, so readers can cache what they derive from everything
-- stored (the control timeline, the date range) and know when it is stale, whichever process wrote.
CREATE TABLE store_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  BIGINT  NOT NULL
);
INSERT INTO store_generation (id, n) VALUES (1, 0);
