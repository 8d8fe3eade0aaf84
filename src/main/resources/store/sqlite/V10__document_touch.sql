-- Issue 12: which documents each write stored, replaced or removed, in write order, kept by
-- triggers. The server's reasoning reads the log from where it last stopped (a range of its key)
-- and recomputes only the places those documents named before the write and name after it,
-- instead of everything stored whenever anything is written.
CREATE TABLE document_touch (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT    NOT NULL
);
CREATE TRIGGER document_touch_in AFTER INSERT ON document
BEGIN
    INSERT INTO document_touch (doc_id) VALUES (NEW.doc_id);
END;
-- a replaced document keeps its row: its old mentions go and new ones come in the same write
CREATE TRIGGER document_touch_change AFTER UPDATE ON document
BEGIN
    INSERT INTO document_touch (doc_id) VALUES (NEW.doc_id);
END;
CREATE TRIGGER document_touch_out AFTER DELETE ON document
BEGIN
    INSERT INTO document_touch (doc_id) VALUES (OLD.doc_id);
END;

-- From here on the notes are rows of a table, so a migration adds its own with one INSERT
-- instead of writing the whole view again (SQLite cannot alter a view).
CREATE TABLE schema_note (
    table_name TEXT NOT NULL PRIMARY KEY,
    notes      TEXT NOT NULL
);
INSERT INTO schema_note (table_name, notes) SELECT table_name, notes FROM schema_notes;
INSERT INTO schema_note (table_name, notes) VALUES
    ('document_touch', 'the doc_id of every document each write stored, replaced or removed, in write order (kept by '
        || 'triggers): what changed since a reader last looked'),
    ('schema_note', 'the rows schema_notes shows');
DROP VIEW schema_notes;
CREATE VIEW schema_notes (table_name, notes) AS SELECT table_name, notes FROM schema_note;
