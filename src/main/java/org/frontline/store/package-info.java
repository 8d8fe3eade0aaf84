/**
 * The event store: documents, their mentions (one row per extracted event) and control
 * assertions, and merged events, in SQLite (default, one file) or PostgreSQL, same schema.
 *
 * <p>Open with {@link org.frontline.store.EventStore#open}: a path or {@code jdbc:sqlite:...} is
 * SQLite (WAL, foreign keys on), {@code jdbc:postgresql://...} is PostgreSQL. The schema is
 * created and upgraded on open by {@code Migrations} from {@code store/<dialect>/V<n>__*.sql},
 * one transaction per script, recorded with its checksum in {@code schema_version}. Versions
 * increase with gaps allowed (a branch may reserve a number), and a lower one that ships later is
 * applied when it arrives.
 *
 * <p>Reads at scale (issue 12, V8 and V9): {@code mention.held} (kept by triggers) with partial
 * indexes finds the mentions no event holds without a pass over all of them; {@code event_total}
 * keeps the unfiltered count; {@code event_span} (the longest event) lets a date filter read the
 * date index between two ends; {@code EventStore.forEachEvent} streams any number of events from
 * a forward-only cursor; {@code QueryPlanTest} fails on a full scan in any read the API makes.
 * V10: {@code document_touch} (kept by triggers) logs each document written, in write order, so
 * the server's control and siege reasoning reads only what changed since it last looked
 * ({@code documentsTouchedAfter}, then {@code recordsOfDocuments}).
 *
 * <p>On SQLite, from V10 on, the notes of {@code schema_notes} are rows of {@code schema_note}:
 * a migration adds its own with one INSERT.
 *
 * <p>Tables: {@code document} (metadata, article text, content hash = SHA-256 of the text,
 * result hash = SHA-256 of everything else stored, so a re-ingest can be a true no-op);
 * {@code place} (each distinct resolved place once); {@code mention} + {@code mention_party}
 * (actor1, actor2, source lists in order); {@code control} + {@code control_party};
 * {@code event} + {@code event_party} (merged events, keyed by the clusterer's id) and
 * {@code event_mention} (each mention in at most one event). Full text: an FTS5 external-content
 * table kept by triggers (SQLite), a generated tsvector with a GIN index (PostgreSQL).
 *
 * <p>For reading by hand (V4): the view {@code events_flat}, one row per event as {@link
 * org.frontline.store.EventStore#events} lists it, with actors, sources and documents joined by
 * "; "; on SQLite the view {@code schema_notes} says what each table holds, and comments inside
 * a statement are kept in its CREATE text, where {@code sqlite3 .schema} shows them.
 *
 * <p>Clustering is not decided here: the store serves {@code clusters(type, from, to)} and
 * {@code candidatesNear}, and writes what the reasoning layer hands to {@code replaceClusters}.
 * A mention no cluster holds is served by {@code events} as an event of its own.
 */
package org.frontline.store;
