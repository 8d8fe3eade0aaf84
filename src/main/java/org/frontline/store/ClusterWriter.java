package org.frontline.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.model.DocEvent;

/**
 * Writes the reasoning layer's clusters. Members arrive as {@link DocEvent}s (the clusterer has
 * no row ids); each is found again among its document's stored mentions by equality of content.
 */
final class ClusterWriter {
    private final Jdbc jdbc;
    private final EventRows rows;
    private final MentionReader mentions;

    ClusterWriter(Jdbc jdbc, EventRows rows, MentionReader mentions) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.mentions = mentions;
    }

    /** Runs inside the caller's transaction. */
    void replace(Collection<String> retired, List<StoredCluster> clusters) throws SQLException {
        Set<String> rewritten = new java.util.HashSet<>();
        clusters.forEach(c -> rewritten.add(c.id()));
        for (String id : retired) {
            // a retired id that comes back is compared below, so an unchanged cluster keeps its row
            if (!rewritten.contains(id)) {
                jdbc.update("DELETE FROM event WHERE cluster_id = ?", List.of(id));
            }
        }
        Map<String, List<MentionReader.MentionRow>> byDoc = new HashMap<>();
        List<Long> emptied = new ArrayList<>();
        for (StoredCluster c : clusters) {
            Set<Long> ids = new LinkedHashSet<>();
            for (DocEvent m : c.members()) {
                ids.addAll(resolve(m, byDoc));
            }
            List<Long> existing = jdbc.query("SELECT id FROM event WHERE cluster_id = ?", List.of(c.id()), rs -> rs.getLong(1));
            if (!existing.isEmpty()) {
                List<Long> held = jdbc.query("SELECT mention_id FROM event_mention WHERE event_id = ? ORDER BY mention_id",
                        List.of(existing.get(0)), rs -> rs.getLong(1));
                if (held.equals(ids.stream().sorted().toList())) {
                    continue; // same id, same members: the clusterer promises the same fields
                }
                jdbc.update("DELETE FROM event WHERE id = ?", List.of(existing.get(0)));
            }
            long eventId = rows.insertEvent(c.id(), c.event(), c.tally());
            addProfiles(eventId, c.members(), byDoc);
            for (long mentionId : ids) {
                // a mention moves here from a cluster the caller did not retire; that one may empty
                emptied.addAll(jdbc.query("SELECT event_id FROM event_mention WHERE mention_id = ?", List.of(mentionId),
                        rs -> rs.getLong(1)));
                jdbc.update("DELETE FROM event_mention WHERE mention_id = ?", List.of(mentionId));
                jdbc.update("INSERT INTO event_mention (event_id, mention_id) VALUES (?, ?)", List.of(eventId, mentionId));
            }
        }
        DocumentWriter.deleteEmptyEvents(jdbc, emptied);
    }

    /**
     * Clusters that grew by new mentions only: their row (and stable id) stays, its fields and
     * votes are updated, and only the new members are linked. Nothing is read or written per old
     * member, so the cost does not grow with the cluster.
     */
    void grow(List<ClusterPlanner.Growth> grown) throws SQLException {
        Map<String, List<MentionReader.MentionRow>> byDoc = new HashMap<>();
        for (ClusterPlanner.Growth g : grown) {
            List<Long> row = jdbc.query("SELECT id FROM event WHERE cluster_id = ?", List.of(g.from()), rs -> rs.getLong(1));
            if (row.isEmpty()) {
                throw new IllegalStateException("no stored cluster " + g.from() + " to grow");
            }
            long eventId = row.get(0);
            StoredCluster c = g.to();
            rows.updateEvent(eventId, c.id(), c.event(), c.tally());
            Set<Long> ids = new LinkedHashSet<>(); // a report may tell one event twice in the same words
            for (DocEvent m : c.members()) {
                ids.addAll(resolve(m, byDoc));
            }
            for (long mentionId : ids) {
                jdbc.update("INSERT INTO event_mention (event_id, mention_id) VALUES (?, ?)", List.of(eventId, mentionId));
            }
            addProfiles(eventId, c.members(), byDoc);
        }
    }

    private void addProfiles(long eventId, List<DocEvent> members, Map<String, List<MentionReader.MentionRow>> byDoc)
            throws SQLException {
        Set<String> seen = new java.util.HashSet<>();
        for (DocEvent m : members) {
            // members alike in every compared field share one row: one check per form, not per member
            if (seen.add(m.event().type() + "|" + m.event().date() + "|" + m.event().place() + "|" + m.event().route()
                    + "|" + m.event().actor1() + "|" + m.event().actor2())) {
                rows.addProfile(eventId, resolve(m, byDoc).get(0), m.event());
            }
        }
    }

    /**
     * Gives every cluster without representatives (stored before they were kept, or whose
     * representative's document was re-ingested) one per comparable form of its members, read
     * once. Its votes stay null, so the next report that reaches it rebuilds it.
     */
    void reprofileOrphans() throws SQLException {
        List<Long> orphans = jdbc.query("SELECT e.id FROM event e WHERE NOT EXISTS "
                + "(SELECT 1 FROM event_profile p WHERE p.event_id = e.id)", List.of(), rs -> rs.getLong(1));
        for (long eventId : orphans) {
            List<Long> ids = jdbc.query("SELECT mention_id FROM event_mention WHERE event_id = ? ORDER BY mention_id",
                    List.of(eventId), rs -> rs.getLong(1));
            for (MentionReader.MentionRow r : mentions.byIds(ids)) {
                if (r.mention().event().dated()) {
                    rows.addProfile(eventId, r.id(), r.mention().event());
                }
            }
        }
    }

    private List<Long> resolve(DocEvent m, Map<String, List<MentionReader.MentionRow>> byDoc) throws SQLException {
        List<MentionReader.MentionRow> stored = byDoc.get(m.doc());
        if (stored == null) {
            stored = mentions.ofDocument(m.doc());
            byDoc.put(m.doc(), stored);
        }
        List<Long> ids = stored.stream().filter(r -> r.mention().event().equals(m.event())).map(MentionReader.MentionRow::id)
                .toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("not a stored mention of " + m.doc() + ": " + m.event().evidence());
        }
        return ids;
    }
}
