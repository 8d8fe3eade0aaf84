-- Issue 12: the search for the clusters a new mention may join (EventReader.heads) asks for the
-- profiles of one type, within a year or more of its date, at a few places near it. The only
-- index it had was by type and date, so it read every profile of the type in those years and
-- looked each one's place up in its row: a cost that grows with the store. By place, then type
-- and dates, it seeks each nearby place's few profiles. It replaces the index by place alone,
-- which it begins with.
CREATE INDEX event_profile_place_type ON event_profile (place_id, type, date_start, date_end);
DROP INDEX event_profile_place;
