package org.frontline.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frontline.model.DocEvent;
import org.frontline.serve.StoredJson;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.StoredEvent;

/**
 * What a store exposes through its API, reduced to what crash tests compare: mentions per
 * document, a checksum of every event, mention and control, and the mention-to-event accounting.
 */
final class StoreView {
    private static final EventQuery EVERYTHING = EventQuery.all().page(Integer.MAX_VALUE, 0);

    private StoreView() {
    }

    /** Stored mentions per document id. */
    static Map<String, Integer> mentionCounts(EventStore s) {
        Map<String, Integer> out = new TreeMap<>();
        for (DocEvent m : s.mentions(EVERYTHING)) {
            out.merge(m.doc(), 1, Integer::sum);
        }
        return out;
    }

    /**
     * A checksum of the rows the API shows. Ids of unclustered mentions ("mention:N") are row
     * numbers, which a PostgreSQL sequence does not give back on rollback; they are left out.
     */
    static String checksum(EventStore s) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        rows(s).forEach(r -> sha.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The first rows that only one of two stores has, for a failure message. */
    static String diff(EventStore a, EventStore b) {
        List<String> ra = rows(a);
        List<String> rb = rows(b);
        List<String> onlyA = new ArrayList<>(ra);
        onlyA.removeAll(rb);
        List<String> onlyB = new ArrayList<>(rb);
        onlyB.removeAll(ra);
        return "only in the first (" + onlyA.size() + "): " + String.join("\n  ", onlyA.subList(0, Math.min(4, onlyA.size())))
                + "\nonly in the second (" + onlyB.size() + "): " + String.join("\n  ", onlyB.subList(0, Math.min(4, onlyB.size())));
    }

    private static List<String> rows(EventStore s) {
        List<String> rows = new ArrayList<>();
        for (StoredEvent e : s.events(EVERYTHING)) {
            rows.add("E " + StoredJson.line(e).replaceFirst("\"id\":\"mention:\\d+\"", "\"id\":\"mention\""));
        }
        s.mentions(EVERYTHING).forEach(m -> rows.add("M " + m));
        s.controls(null).forEach(c -> rows.add("C " + c));
        rows.add("S " + s.stats());
        Collections.sort(rows);
        return rows;
    }

    /**
     * Null when every stored mention belongs to exactly one stored event; otherwise what is wrong
     * (a mention counted twice is a duplicated event, one counted never is a lost one).
     */
    static String mentionAccounting(EventStore s) {
        Map<DocEvent, Integer> stored = new HashMap<>();
        s.mentions(EVERYTHING).forEach(m -> stored.merge(m, 1, Integer::sum));
        Map<DocEvent, Integer> inEvents = new HashMap<>();
        for (StoredEvent e : s.events(EVERYTHING)) {
            s.mentionsOf(e.id()).forEach(m -> inEvents.merge(m, 1, Integer::sum));
        }
        // a sentence repeated in one document is stored twice with equal content: counts must match
        for (Map.Entry<DocEvent, Integer> m : stored.entrySet()) {
            Integer n = inEvents.get(m.getKey());
            if (n == null || !n.equals(m.getValue())) {
                return "mention of " + m.getKey().doc() + " stored " + m.getValue() + "x but in events " + n + "x: "
                        + m.getKey().event().evidence();
            }
        }
        for (DocEvent m : inEvents.keySet()) {
            if (!stored.containsKey(m)) {
                return "an event holds a mention that is not stored: " + m.doc() + ": " + m.event().evidence();
            }
        }
        return null;
    }

    /** SQLite's own verdict on the file ("ok" when sound). */
    static String integrityCheck(String sqliteFile) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(sb.length() == 0 ? "" : "; ").append(rs.getString(1));
            }
            return sb.toString();
        }
    }
}
