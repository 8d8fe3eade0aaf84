-- Issue 12: which documents each write stored, replaced or removed, in write order, kept by a
-- trigger (see the SQLite script for the why). Ids follow commit order, so a reader that has seen
-- id n has seen every write before it: each write transaction takes its turn first (the advisory
-- lock of JdbcEventStore.writing) and holds it until it commits.
CREATE TABLE document_touch (
    id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id TEXT   NOT NULL
);
CREATE FUNCTION document_touch() RETURNS trigger AS $$ BEGIN IF TG_OP = 'DELETE' THEN INSERT INTO document_touch (doc_id) VALUES (OLD.doc_id); ELSE INSERT INTO document_touch (doc_id) VALUES (NEW.doc_id); END IF; RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE TRIGGER document_touch AFTER INSERT OR UPDATE OR DELETE ON document FOR EACH ROW EXECUTE FUNCTION document_touch();
COMMENT ON TABLE document_touch IS 'the doc_id of every document each write stored, replaced or removed, in write order (kept by a trigger): what changed since a reader last looked';
