-- Issue 12: the cluster head search seeks the profiles of nearby places by type and dates (see the SQLite script for the why).
CREATE INDEX event_profile_place_type ON event_profile (place_id, type, date_start, date_end);
DROP INDEX event_profile_place;
CREATE INDEX place_geonames ON place (geonames_id);
