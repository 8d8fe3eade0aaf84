package org.frontline.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.store.EventRows.Owner;
import org.frontline.store.EventRows.Parties;

/**
 * Queries over merged events. A mention no cluster holds yet is served as an event of its own,
 * so the list is complete before (and between) reasoning runs.
 */
final class EventReader {
    private final Jdbc jdbc;
    private final EventRows rows;
    private final MentionReader mentions;

    EventReader(Jdbc jdbc, EventRows rows, MentionReader mentions) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.mentions = mentions;
    }

    static final String MENTION_PREFIX = "mention:";

    /** A row before its names and documents are read; {@code doc}: an unclustered mention's document, when read with it. */
    private record Head(boolean merged, long id, String clusterId, Event event, String doc) {
        Head(boolean merged, long id, String clusterId, Event event) {
            this(merged, id, clusterId, event, null);
        }
    }

    /** Where a page's row is: merged event or unclustered mention, and its row id. */
    private record Key(boolean merged, long id) {
    }

    /** A key with the start date it is listed by: what the next page's cursor is made of. */
    private record Keyed(Key key, LocalDate date) {
        EventQuery.After after() {
            return new EventQuery.After(date, key.merged(), key.id());
        }
    }

    /** Condition on a side of the list that no event holds: a partial index (migration V8) lists exactly those. */
    private static final String FREE = "m.held = 0";

    /**
     * In two steps, so a page costs its own rows and not everything before it: the page's keys,
     * from the date indexes and the filters' subqueries alone; then those rows in full.
     */
    List<StoredEvent> events(EventQuery q) throws SQLException {
        return page(q).events();
    }

    /** A page and, when it is full, the cursor of the page after it. */
    EventPage page(EventQuery q) throws SQLException {
        List<Keyed> keys = keys(q);
        List<StoredEvent> events = load(keys.stream().map(Keyed::key).toList());
        boolean full = !keys.isEmpty() && keys.size() == q.limit();
        return new EventPage(events, full ? keys.get(keys.size() - 1).after().token() : null);
    }

    /** The rows of these keys in full, in the keys' order. */
    private List<StoredEvent> load(List<Key> page) throws SQLException {
        Map<Key, Head> byKey = new HashMap<>();
        for (boolean merged : new boolean[] {true, false}) {
            List<Long> ids = page.stream().filter(k -> k.merged() == merged).map(Key::id).toList();
            for (List<Long> chunk : Jdbc.chunks(ids)) {
                for (Head h : jdbc.query(headSql(merged) + " WHERE " + (merged ? "e" : "m") + ".id IN ("
                        + Jdbc.placeholders(chunk.size()) + ")", chunk, this::head)) {
                    byKey.put(new Key(merged, h.id()), h);
                }
            }
        }
        // a row deleted by a write between the two steps is left out rather than served half-read
        return build(page.stream().map(byKey::get).filter(java.util.Objects::nonNull).toList());
    }

    /** How many events a streamed read loads at a time: bounds its memory, whatever the store holds. */
    static final int STREAM_BATCH = 500;

    /**
     * Every event {@link #events} would list from the query's offset on, up to its limit, handed
     * over {@link #STREAM_BATCH} at a time. Without a distance filter the rows come whole from one
     * forward-only cursor in list order (the page's keys and its rows in one walk, not a second
     * lookup by id per batch), an unclustered mention with its document's id, and places by id
     * from a cache (a store names a few thousand places over a million rows); each batch's names,
     * and a merged event's documents and evidence, are read when it is full, and nothing but the
     * places is kept after the sink returns.
     */
    void stream(EventQuery q, DocumentRows documents, java.util.function.Consumer<EventBatch> sink) throws SQLException {
        if (q.near() != null) {
            streamNear(q, documents, sink);
            return;
        }
        List<Object> params = new ArrayList<>();
        String sql = listSql(q, params, true);
        List<Head> batch = new ArrayList<>(STREAM_BATCH);
        PlaceRows.Cache places = new PlaceRows.Cache(jdbc);
        jdbc.forEachRow(sql, params, STREAM_BATCH, rs -> {
            batch.add(new Head(rs.getInt("merged") == 1, rs.getLong("id"), rs.getString("cluster_id"),
                    rows.read(rs, Parties.NONE, places.get(PlaceRows.whole(rs, "place_id")),
                            places.get(PlaceRows.whole(rs, "route_from_id")), places.get(PlaceRows.whole(rs, "route_to_id"))),
                    rs.getString("doc_id")));
            if (batch.size() == STREAM_BATCH) {
                hand(build(batch), documents, sink);
                batch.clear();
            }
            return null;
        });
        if (!batch.isEmpty()) {
            hand(build(batch), documents, sink);
        }
    }

    /** As {@link #stream} with a distance filter, which SQL cannot page: keys first, tested here, then their rows. */
    private void streamNear(EventQuery q, DocumentRows documents, java.util.function.Consumer<EventBatch> sink)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = keySql(q, params);
        List<Key> batch = new ArrayList<>(STREAM_BATCH);
        long[] skipped = {0}, taken = {0};
        jdbc.forEachRow(sql, params, STREAM_BATCH, rs -> {
            if (taken[0] >= q.limit() || !QueryFilter.within(q.near(),
                    new Place("there", rs.getDouble(4), rs.getDouble(5), null, null, null, null))) {
                return null;
            }
            if (skipped[0] < q.offset()) {
                skipped[0]++; // SQL cannot page a distance filter: the offset is counted here
                return null;
            }
            taken[0]++;
            batch.add(new Key(rs.getInt(1) == 1, rs.getLong(2)));
            if (batch.size() == STREAM_BATCH) {
                flush(batch, documents, sink);
            }
            return null;
        });
        flush(batch, documents, sink);
    }

    private void flush(List<Key> batch, DocumentRows documents, java.util.function.Consumer<EventBatch> sink)
            throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        List<StoredEvent> events = load(batch);
        batch.clear();
        hand(events, documents, sink);
    }

    /** One batch to the sink, with the summaries of the documents it cites. */
    private static void hand(List<StoredEvent> events, DocumentRows documents, java.util.function.Consumer<EventBatch> sink)
            throws SQLException {
        sink.accept(new EventBatch(events, documents.summaries(
                events.stream().flatMap(e -> e.documents().stream()).collect(java.util.stream.Collectors.toSet()))));
    }

    private List<Keyed> keys(EventQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = keySql(q, params);
        Dialect d = jdbc.dialect();
        if (q.near() == null) {
            return jdbc.query(sql, params, rs -> new Keyed(new Key(rs.getInt(1) == 1, rs.getLong(2)), d.date(rs, "date_start")));
        }
        List<Keyed> inCircle = jdbc.firstRows(sql, params, rs -> QueryFilter.within(q.near(),
                new Place("there", rs.getDouble(4), rs.getDouble(5), null, null, null, null))
                ? new Keyed(new Key(rs.getInt(1) == 1, rs.getLong(2)), d.date(rs, "date_start")) : null,
                (long) q.offset() + q.limit());
        return Paging.apply(q, inCircle);
    }

    /**
     * The keys of the query's events in list order (merged, id, date_start, and with a distance
     * filter lat, lon), its page in SQL unless a distance filter needs the exact test in Java.
     */
    private String keySql(EventQuery q, List<Object> params) throws SQLException {
        return QueryFilter.byActorEvents(q) ? actorKeySql(q, params) : listSql(q, params, false);
    }

    /**
     * {@link #keySql} by actor from {@code actor_event} (migration V11), whose index holds an
     * actor's rows in list order with their type and dates: a page reads its own rows (and with a
     * type those of other types between them), where probing the date walk with the actor's ids
     * listed every one of them first (184,112 for a common actor at a million events).
     */
    private String actorKeySql(EventQuery q, List<Object> params) throws SQLException {
        Long longest = q.from() == null ? null : jdbc.count("SELECT days FROM event_span WHERE id = 1", List.of());
        QueryFilter f = QueryFilter.ofActorEvents(q, longest);
        params.addAll(f.params());
        String cursor = "";
        if (q.after() != null) {
            List<Object> afterE = new ArrayList<>(), afterM = new ArrayList<>();
            String ae = after(q.after(), true, "a", afterE), am = after(q.after(), false, "a", afterM);
            cursor = " AND ((a.merged = 1" + ae + ") OR (a.merged = 0" + am + "))";
            params.addAll(afterE);
            params.addAll(afterM);
            if (q.after().date() != null && jdbc.dialect() instanceof SqliteDialect) {
                // undated rows come first on SQLite: the rest start on or after the cursor's day, a range the index seeks
                cursor += " AND a.date_start >= ?";
                params.add(q.after().date());
            }
        }
        return "SELECT a.merged, a.id, a.date_start FROM actor_event a WHERE 1 = 1" + f.sql() + cursor
                + " ORDER BY a.date_start, a.merged DESC, a.id" + Paging.sql(q, params);
    }

    /**
     * The query's events in list order: their keys ({@link #keySql}), or with {@code whole} their
     * rows as {@link #head} reads them (no distance filter then: that is tested on keys).
     */
    private String listSql(EventQuery q, List<Object> params, boolean whole) throws SQLException {
        Long longest = q.from() == null ? null : jdbc.count("SELECT days FROM event_span WHERE id = 1", List.of());
        QueryFilter fe = QueryFilter.of(q, Owner.EVENT, "e", longest);
        QueryFilter fm = QueryFilter.of(q, Owner.MENTION, "m", longest);
        params.addAll(fe.params());
        params.addAll(fm.params());
        boolean near = q.near() != null;
        // the exact distance test needs coordinates; without it no place is read at all
        String coords = near ? ", pl.lat, pl.lon" : "";
        List<Object> afterE = new ArrayList<>(), afterM = new ArrayList<>();
        String ae = after(q.after(), true, "e", afterE), am = after(q.after(), false, "m", afterM);
        params.addAll(fe.params().size(), afterE);
        params.addAll(afterM);
        // columns: merged, id, date_start; whole rows: merged, cluster_id, doc_id, id, type, route_name, date_start, ...
        String order = whole ? " ORDER BY 7, 1 DESC, 4" : " ORDER BY 3, 1 DESC, 2";
        return (whole ? "SELECT 1 AS merged, e.cluster_id, CAST(NULL AS TEXT) AS doc_id, " + EventRows.columnsByPlaceId("e")
                + " FROM event e" : "SELECT 1 AS merged, e.id, e.date_start" + coords + " FROM event e"
                + (near ? placeJoin("e") : "")) + " WHERE 1 = 1" + fe.sql() + ae
                + " UNION ALL " + (whole ? "SELECT 0 AS merged, CAST(NULL AS TEXT) AS cluster_id, d.doc_id, "
                + EventRows.columnsByPlaceId("m") + " FROM mention m JOIN document d ON d.id = m.document_id"
                : "SELECT 0 AS merged, m.id, m.date_start" + coords + " FROM mention m" + (near ? placeJoin("m") : ""))
                + " WHERE " + FREE + fm.sql() + am + order + Paging.sql(q, params);
    }

    /**
     * " AND (...)": the rows of one side (merged or not) listed after the cursor, in the order
     * start date, merged first, row id; undated rows come first on SQLite and last on PostgreSQL
     * (each database's order of NULL), and the condition follows the database.
     */
    private String after(EventQuery.After a, boolean merged, String x, List<Object> params) {
        if (a == null) {
            return "";
        }
        // the same day: a merged row follows a merged cursor by id and never a single one; a single row always follows a merged one
        String sameDay = merged ? (a.merged() ? x + ".id > ?" : "1 = 0") : (a.merged() ? "1 = 1" : x + ".id > ?");
        boolean byId = sameDay.endsWith("?");
        boolean nullsFirst = jdbc.dialect() instanceof SqliteDialect;
        String cond;
        if (a.date() == null) {
            cond = "(" + x + ".date_start IS NULL AND " + sameDay + ")" + (nullsFirst ? " OR " + x + ".date_start IS NOT NULL" : "");
            if (byId) {
                params.add(a.id());
            }
        } else {
            cond = x + ".date_start > ? OR (" + x + ".date_start = ? AND " + sameDay + ")"
                    + (nullsFirst ? "" : " OR " + x + ".date_start IS NULL");
            params.add(a.date());
            params.add(a.date());
            if (byId) {
                params.add(a.id());
            }
        }
        return " AND (" + cond + ")";
    }

    /** How many rows {@link #events} would list for the query's filters, ignoring its page. */
    long count(EventQuery q) throws SQLException {
        if (q.near() != null) {
            // the exact distance test is in Java: count what passes it
            return keys(q.page(Integer.MAX_VALUE, 0)).size();
        }
        if (!q.filtered()) {
            // kept by triggers (migration V8): counting everything reads one row
            return jdbc.count("SELECT n FROM event_total WHERE id = 1", List.of());
        }
        Long longest = q.from() == null ? null : jdbc.count("SELECT days FROM event_span WHERE id = 1", List.of());
        if (QueryFilter.byActorEvents(q)) {
            return actorCount(q, longest);
        }
        QueryFilter fe = QueryFilter.of(q, Owner.EVENT, "e", longest);
        QueryFilter fm = QueryFilter.of(q, Owner.MENTION, "m", longest);
        List<Object> params = new ArrayList<>(fe.params());
        params.addAll(fm.params());
        return jdbc.count("SELECT (SELECT COUNT(*) FROM event e WHERE 1 = 1" + fe.sql() + ") + (SELECT COUNT(*) FROM mention m "
                + "WHERE " + FREE + fm.sql() + ")", params);
    }

    /**
     * {@link #count} by actor: without dates a few rows of the counts kept by triggers (migration
     * V11), one per type; with dates the actor's rows in that range of {@code actor_event}'s index.
     */
    private long actorCount(EventQuery q, Long longest) throws SQLException {
        if (q.from() == null && q.to() == null) {
            List<Object> params = new ArrayList<>(List.of(PlaceRows.nameKey(q.actor())));
            String type = "";
            if (q.type() != null) {
                type = " AND type = ?";
                params.add(q.type().label());
            }
            return jdbc.count("SELECT COALESCE(SUM(n), 0) FROM actor_event_count WHERE name_key = ?" + type, params);
        }
        QueryFilter f = QueryFilter.ofActorEvents(q, longest);
        return jdbc.count("SELECT COUNT(*) FROM actor_event a WHERE 1 = 1" + f.sql(), f.params());
    }

    /** The first start and last end over what {@link #events} lists: four ends of four indexes. */
    DateSpan span() throws SQLException {
        Dialect d = jdbc.dialect();
        return jdbc.query("SELECT (SELECT MIN(s) FROM (SELECT MIN(date_start) AS s FROM event UNION ALL "
                + "SELECT MIN(date_start) FROM mention m WHERE " + FREE + ") a) AS first_day, "
                + "(SELECT MAX(t) FROM (SELECT MAX(date_end) AS t FROM event UNION ALL "
                + "SELECT MAX(date_end) FROM mention m WHERE " + FREE + ") b) AS last_day", List.of(),
                rs -> new DateSpan(d.date(rs, "first_day"), d.date(rs, "last_day"))).get(0);
    }

    private static String placeJoin(String x) {
        return " JOIN place pl ON pl.id = " + x + ".place_id";
    }

    private static String headSql(boolean merged) {
        return merged ? "SELECT 1 AS merged, e.cluster_id, " + EventRows.columns("e") + " FROM event e" + EventRows.joins("e")
                : "SELECT 0 AS merged, CAST(NULL AS TEXT) AS cluster_id, " + EventRows.columns("m") + " FROM mention m"
                        + EventRows.joins("m");
    }

    /**
     * One event by its {@link StoredEvent#id}. An event's id is {@code mention:<n>}, n its first
     * stored mention: it stays when later reports join the event, and the id of an event that
     * merged into another finds the one it joined (whose id differs: the caller can redirect).
     * A cluster's internal id is also accepted, for links made before ids were stable.
     */
    java.util.Optional<StoredEvent> byId(String id) throws SQLException {
        List<Head> heads;
        Long mentionId = mentionId(id);
        if (mentionId != null) {
            heads = jdbc.query(headSql(false) + " WHERE m.id = ? AND " + FREE, List.of(mentionId), this::head);
            if (heads.isEmpty()) {
                heads = jdbc.query(headSql(true) + " WHERE e.id = (SELECT em.event_id FROM event_mention em "
                        + "WHERE em.mention_id = ?)", List.of(mentionId), this::head);
            }
        } else {
            heads = jdbc.query(headSql(true) + " WHERE e.cluster_id = ?", List.of(id), this::head);
        }
        return build(heads).stream().findFirst();
    }

    /** The member mentions of an event (see {@link #byId}), by document. */
    List<org.frontline.model.DocEvent> members(String id) throws SQLException {
        java.util.Optional<StoredEvent> e = byId(id);
        if (e.isEmpty()) {
            return List.of();
        }
        Long first = mentionId(e.get().id());
        List<Long> ids = jdbc.query("SELECT em.mention_id FROM event_mention em WHERE em.event_id = "
                + "(SELECT event_id FROM event_mention WHERE mention_id = ?)", List.of(first), rs -> rs.getLong(1));
        return mentions.byIds(ids.isEmpty() ? List.of(first) : ids).stream().map(MentionReader.MentionRow::mention)
                .sorted(java.util.Comparator.comparing(org.frontline.model.DocEvent::doc)).toList();
    }

    private static Long mentionId(String id) {
        if (!id.startsWith(MENTION_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(id.substring(MENTION_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1L; // no such row
        }
    }

    private Head head(java.sql.ResultSet rs) throws SQLException {
        return new Head(rs.getInt("merged") == 1, rs.getLong("id"), rs.getString("cluster_id"), rows.read(rs, Parties.NONE));
    }

    private List<StoredEvent> build(List<Head> heads) throws SQLException {
        Map<Long, Parties> eventParties = rows.parties(Owner.EVENT, ids(heads, true));
        Map<Long, Parties> mentionParties = rows.parties(Owner.MENTION, ids(heads, false));
        Map<Long, List<String[]>> eventDocs = docsAndEvidence(
                "SELECT em.event_id, d.doc_id, m.evidence FROM event_mention em JOIN mention m ON m.id = em.mention_id "
                        + "JOIN document d ON d.id = m.document_id WHERE em.event_id IN (%s) ORDER BY d.doc_id, m.evidence",
                ids(heads, true));
        // a mention read with its document needs no second look
        Map<Long, List<String[]>> mentionDocs = docsAndEvidence(
                "SELECT m.id, d.doc_id, m.evidence FROM mention m JOIN document d ON d.id = m.document_id "
                        + "WHERE m.id IN (%s)", heads.stream().filter(h -> !h.merged() && h.doc() == null).map(Head::id).toList());
        for (Head h : heads) {
            if (!h.merged() && h.doc() != null) {
                mentionDocs.put(h.id(), List.<String[]>of(new String[] {h.doc(), h.event().evidence()}));
            }
        }
        Map<Long, Long> firstMention = new HashMap<>();
        for (List<Long> chunk : Jdbc.chunks(ids(heads, true))) {
            jdbc.query("SELECT event_id, MIN(mention_id) FROM event_mention WHERE event_id IN ("
                    + Jdbc.placeholders(chunk.size()) + ") GROUP BY event_id", chunk,
                    rs -> firstMention.put(rs.getLong(1), rs.getLong(2)));
        }
        List<StoredEvent> out = new ArrayList<>();
        for (Head h : heads) {
            Parties p = (h.merged() ? eventParties : mentionParties).getOrDefault(h.id(), Parties.NONE);
            List<String[]> de = (h.merged() ? eventDocs : mentionDocs).getOrDefault(h.id(), List.of());
            TreeSet<String> docs = new TreeSet<>();
            List<String> evidence = new ArrayList<>();
            for (String[] row : de) {
                docs.add(row[0]);
                if (!evidence.contains(row[1])) {
                    evidence.add(row[1]);
                }
            }
            // stable: the event's first stored mention, whether or not other reports joined it
            String id = MENTION_PREFIX + (h.merged() ? firstMention.getOrDefault(h.id(), h.id()) : h.id());
            Event e = EventRows.withParties(h.event(), p);
            if (h.merged() && !evidence.isEmpty()) {
                // the row keeps only the first line: the whole list comes from the member links
                e = EventRows.withEvidence(e, String.join(" | ", evidence));
            }
            out.add(new StoredEvent(id, e, List.copyOf(docs), docs.size(), evidence));
        }
        return out;
    }

    /** Stored clusters with a member of this type meeting [from, to], members included. */
    List<StoredCluster> clusters(EventType type, LocalDate from, LocalDate to) throws SQLException {
        return clustersWhere("", List.of(type.label(), from, to));
    }

    /**
     * The clusters {@link #clusters}, {@link #clustersNear} or {@link #clustersWithoutPlace} would
     * find (empty {@code circles} and not {@code placeless}: every cluster of the type and dates),
     * as heads: a cluster's tally and one member per comparable form, never all its members. The
     * search runs on event_profile, which a cluster's growth does not lengthen.
     */
    List<ClusterHead> heads(EventType type, LocalDate from, LocalDate to, List<PlaceCircle> circles, boolean roadEnds,
                            boolean namedRoads, boolean placeless) throws SQLException {
        // a profile's dates are a mention's, so none is longer than the longest stored (migration V9): "ends on or after
        // from" bounds its start too, and the type's date index is read between two ends, not from the first profile on
        long longest = jdbc.count("SELECT days FROM event_span WHERE id = 1", List.of());
        List<Object> params = new ArrayList<>(List.of(type.label(), from, to, from.minusDays(longest)));
        String member = placeless ? " AND m.place_id IS NULL"
                : circles.isEmpty() ? "" : nearClause(circles, roadEnds, namedRoads, params);
        List<Object[]> links = jdbc.query("SELECT p.event_id, p.mention_id, e.cluster_id, e.tally FROM event_profile p "
                + "JOIN event e ON e.id = p.event_id WHERE p.event_id IN (SELECT m.event_id FROM event_profile m "
                + "WHERE m.type = ? AND m.date_end >= ? AND m.date_start <= ? AND m.date_start >= ?" + member
                + ") ORDER BY p.event_id, p.mention_id",
                params, rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)});
        Map<Long, org.frontline.model.DocEvent> byId = new HashMap<>();
        for (MentionReader.MentionRow r : mentions.byIds(links.stream().map(l -> (Long) l[1]).toList())) {
            byId.put(r.id(), r.mention());
        }
        Map<Long, ClusterHead> out = new java.util.LinkedHashMap<>();
        for (Object[] l : links) {
            ClusterHead h = out.computeIfAbsent((Long) l[0], k -> new ClusterHead((String) l[2], (String) l[3], new ArrayList<>()));
            h.representatives().add(byId.get((Long) l[1]));
        }
        return out.values().stream().map(h -> new ClusterHead(h.id(), h.tally(), h.representatives())).toList();
    }


    /**
     * As {@link #clusters}, keeping clusters with such a member whose place may lie in one of the
     * circles: inside the bounding box of one, with its GeoNames id, or with no coordinates
     * (matched by name later). {@code roadEnds}: a cut road's ends count as its places;
     * {@code namedRoads}: so does having a road name (names are compared later). The boxes keep a
     * stored corpus from being read whole for every new mention.
     */
    List<StoredCluster> clustersNear(EventType type, LocalDate from, LocalDate to, List<PlaceCircle> circles,
                                     boolean roadEnds, boolean namedRoads) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(type.label(), from, to));
        return clustersWhere(nearClause(circles, roadEnds, namedRoads, params), params);
    }

    /** The member test of {@link #clustersNear} on alias m, its parameters appended to {@code params}. */
    private static String nearClause(List<PlaceCircle> circles, boolean roadEnds, boolean namedRoads, List<Object> params) {
        int first = params.size();
        StringBuilder near = new StringBuilder("SELECT p.id FROM place p WHERE p.lat IS NULL");
        for (PlaceCircle c : circles) {
            double radians = c.km() / EARTH_KM;
            double dLat = Math.toDegrees(radians) * BOX_MARGIN;
            // the widest longitude span of the circle is at its top or bottom, not its centre
            double sinRatio = Math.sin(radians) / Math.cos(Math.toRadians(c.lat()));
            double dLon = sinRatio >= 1 ? 360 : Math.toDegrees(Math.asin(sinRatio)) * BOX_MARGIN;
            near.append(" OR p.geonames_id = ? OR (p.lat BETWEEN ? AND ?");
            params.addAll(List.of(c.geonamesId() == null ? -1L : c.geonamesId(), c.lat() - dLat, c.lat() + dLat));
            if (c.lon() - dLon >= -180 && c.lon() + dLon <= 180) {
                near.append(" AND p.lon BETWEEN ? AND ?");
                params.addAll(List.of(c.lon() - dLon, c.lon() + dLon));
            }
            near.append(")");
        }
        StringBuilder member = new StringBuilder(" AND (m.place_id IN (" + near + ")");
        if (roadEnds) {
            // the same place test again for each end, with its parameters again
            List<Object> nearParams = new ArrayList<>(params.subList(first, params.size()));
            for (String end : new String[] {"m.route_from_id", "m.route_to_id"}) {
                member.append(" OR ").append(end).append(" IN (").append(near).append(")");
                params.addAll(nearParams);
            }
        }
        if (namedRoads) {
            member.append(" OR m.route_name IS NOT NULL");
        }
        member.append(")");
        return member.toString();
    }

    /** As {@link #clusters}, keeping clusters with such a member that has no place. */
    List<StoredCluster> clustersWithoutPlace(EventType type, LocalDate from, LocalDate to) throws SQLException {
        return clustersWhere(" AND m.place_id IS NULL", List.of(type.label(), from, to));
    }

    private static final double EARTH_KM = 6371.0;
    /** Rounding must never drop a place on the circle's edge. */
    private static final double BOX_MARGIN = 1.01;

    /** Clusters with a member of type [0] whose dates meet [1], [2] and that meets {@code andMember}. */
    private List<StoredCluster> clustersWhere(String andMember, List<?> params) throws SQLException {
        List<long[]> links = jdbc.query("SELECT em.event_id, em.mention_id FROM event_mention em WHERE em.event_id IN "
                + "(SELECT em2.event_id FROM event_mention em2 JOIN mention m ON m.id = em2.mention_id "
                + "WHERE m.type = ? AND m.date_end >= ? AND m.date_start <= ?" + andMember + ") ORDER BY em.event_id, em.mention_id",
                params, rs -> new long[] {rs.getLong(1), rs.getLong(2)});
        List<Long> eventIds = links.stream().map(l -> l[0]).distinct().toList();
        Map<Long, MentionReader.MentionRow> byId = new HashMap<>();
        for (MentionReader.MentionRow r : mentions.byIds(links.stream().map(l -> l[1]).toList())) {
            byId.put(r.id(), r);
        }
        Map<Long, Parties> parties = rows.parties(Owner.EVENT, eventIds);
        List<StoredCluster> out = new ArrayList<>();
        for (List<Long> chunk : Jdbc.chunks(eventIds)) {
            List<Head> heads = jdbc.query("SELECT e.cluster_id, " + EventRows.columns("e") + " FROM event e"
                    + EventRows.joins("e") + " WHERE e.id IN (" + Jdbc.placeholders(chunk.size()) + ") ORDER BY e.id",
                    chunk, rs -> new Head(true, rs.getLong("id"), rs.getString("cluster_id"), rows.read(rs, Parties.NONE)));
            for (Head h : heads) {
                List<org.frontline.model.DocEvent> members = links.stream().filter(l -> l[0] == h.id())
                        .map(l -> byId.get(l[1]).mention()).toList();
                out.add(new StoredCluster(h.clusterId(),
                        EventRows.withParties(h.event(), parties.getOrDefault(h.id(), Parties.NONE)), members));
            }
        }
        return out;
    }

    /** Rows of (owner id, doc id, evidence) grouped by owner; {@code sqlFormat} has one %s for the IN list. */
    private Map<Long, List<String[]>> docsAndEvidence(String sqlFormat, List<Long> ids) throws SQLException {
        Map<Long, List<String[]>> out = new HashMap<>();
        for (List<Long> chunk : Jdbc.chunks(ids)) {
            jdbc.query(String.format(sqlFormat, Jdbc.placeholders(chunk.size())), chunk, rs -> out
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)}));
        }
        return out;
    }

    private static List<Long> ids(List<Head> heads, boolean merged) {
        return heads.stream().filter(h -> h.merged() == merged).map(Head::id).toList();
    }
}
