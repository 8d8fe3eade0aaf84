-- Issue 10: a report with no publication date keeps its events, undated (date columns NULL,
-- the words kept in date_text); every document says where its date came from (published_source).
ALTER TABLE document ADD COLUMN published_source TEXT;
ALTER TABLE mention ALTER COLUMN date_start DROP NOT NULL;
ALTER TABLE mention ALTER COLUMN date_end DROP NOT NULL;
ALTER TABLE mention ALTER COLUMN date_precision DROP NOT NULL;
ALTER TABLE mention ADD COLUMN date_text TEXT;
ALTER TABLE event ALTER COLUMN date_start DROP NOT NULL;
ALTER TABLE event ALTER COLUMN date_end DROP NOT NULL;
ALTER TABLE event ALTER COLUMN date_precision DROP NOT NULL;
ALTER TABLE event ADD COLUMN date_text TEXT;
