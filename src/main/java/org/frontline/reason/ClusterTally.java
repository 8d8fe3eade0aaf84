package org.frontline.reason;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.frontline.model.DateRange;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Route;
import org.frontline.model.Status;

/**
 * The running votes behind {@link ClusterSummary}, so a new report updates a cluster's fields
 * without reading its members (issue 16: a merge cost grew with the cluster). Its size is the
 * number of distinct actors, places, roads and sources, not of members. Folding documents in any
 * order gives exactly the fields {@link ClusterSummary#of} computes from all members at once;
 * {@code ClusterTallyTest} checks it step by step.
 *
 * @param idHash       sum of the members' 64-bit key hashes: an order-free cluster id
 * @param actor1       documents naming each actor1 (likewise actor2)
 * @param places       per {@link PlaceKey}: documents naming it, and its best-resolved place
 * @param routes       per road (its printed form): mentions naming it, and the road
 * @param start        the intersection of every member's dates (may be empty: start after end)
 * @param finest       the finest precision any member gives; fineFrom/fineTo span those members
 * @param firstDoc     the smallest (document, evidence) pair: the cluster's first evidence line
 */
public record ClusterTally(EventType type, long idHash, int members, Map<String, Integer> actor1,
                           Map<String, Integer> actor2, Map<String, PlaceVote> places, Map<String, RouteVote> routes,
                           LocalDate start, LocalDate end, Precision finest, LocalDate fineFrom, LocalDate fineTo,
                           Integer fatalitiesNeutral, Integer fatalitiesAny, Integer displacedNeutral, Integer displacedAny,
                           Status status, Set<String> sources, String firstDoc, String firstEvidence) {

    /** Documents naming a place key, and the place the summary shows for it. */
    public record PlaceVote(int docs, Place best) {
    }

    /** Mentions naming a road. */
    public record RouteVote(int mentions, Route route) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    public ClusterTally {
        actor1 = new TreeMap<>(actor1);
        actor2 = new TreeMap<>(actor2);
        places = new TreeMap<>(places);
        routes = new TreeMap<>(routes);
        sources = new TreeSet<>(sources);
    }

    /** The tally of these members, all at once. */
    public static ClusterTally of(Collection<DocEvent> members) {
        return new ClusterTally(null, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), null, null, null, null, null,
                null, null, null, null, null, Set.of(), null, null).plus(members);
    }

    /**
     * This tally with {@code added} folded in. Votes count documents, so every document of
     * {@code added} must be new to the cluster (a re-ingested document goes through a rebuild).
     */
    public ClusterTally plus(Collection<DocEvent> added) {
        Map<String, Integer> a1 = new HashMap<>(actor1), a2 = new HashMap<>(actor2);
        Map<String, PlaceVote> pl = new HashMap<>(places);
        Map<String, RouteVote> ro = new HashMap<>(routes);
        Set<String> src = new TreeSet<>(sources);
        EventType t = type;
        long hash = idHash;
        int n = members;
        LocalDate s = start, e = end, ff = fineFrom, ft = fineTo;
        Precision f = finest;
        Integer fn = fatalitiesNeutral, fa = fatalitiesAny, dn = displacedNeutral, da = displacedAny;
        Status st = status;
        String fd = firstDoc, fe = firstEvidence;
        Map<String, List<DocEvent>> byDoc = new LinkedHashMap<>();
        for (DocEvent m : new LinkedHashSet<>(added)) {
            byDoc.computeIfAbsent(m.doc(), k -> new java.util.ArrayList<>()).add(m);
        }
        for (List<DocEvent> doc : byDoc.values()) {
            // one vote per document for each actor and place key it names, however often
            Set<String> s1 = new TreeSet<>(), s2 = new TreeSet<>(), keys = new TreeSet<>();
            for (DocEvent m : doc) {
                Event x = m.event();
                t = x.type();
                hash += MentionKey.hash64(m);
                n++;
                s1.addAll(x.actor1());
                s2.addAll(x.actor2());
                if (x.place() != null) {
                    String k = PlaceKey.of(x.place());
                    keys.add(k);
                    PlaceVote v = pl.get(k);
                    Place best = v == null || BETTER_PLACE.compare(x.place(), v.best()) < 0 ? x.place() : v.best();
                    pl.put(k, new PlaceVote(v == null ? 0 : v.docs(), best));
                }
                if (x.route() != null) {
                    ro.merge(x.route().toString(), new RouteVote(1, x.route()),
                            (old, one) -> new RouteVote(old.mentions() + 1, old.route()));
                }
                DateRange d = x.date();
                s = s == null || d.start().isAfter(s) ? d.start() : s;
                e = e == null || d.end().isBefore(e) ? d.end() : e;
                if (f == null || d.precision().ordinal() < f.ordinal()) {
                    f = d.precision();
                    ff = d.start();
                    ft = d.end();
                } else if (d.precision() == f) {
                    ff = d.start().isBefore(ff) ? d.start() : ff;
                    ft = d.end().isAfter(ft) ? d.end() : ft;
                }
                boolean neutral = x.status() != Status.CLAIMED;
                fa = max(fa, x.fatalities());
                da = max(da, x.displaced());
                fn = neutral ? max(fn, x.fatalities()) : fn;
                dn = neutral ? max(dn, x.displaced()) : dn;
                st = st == null || x.status().ordinal() < st.ordinal() ? x.status() : st;
                src.addAll(x.sources());
                if (fd == null || m.doc().compareTo(fd) < 0 || m.doc().equals(fd) && x.evidence().compareTo(fe) < 0) {
                    fd = m.doc();
                    fe = x.evidence();
                }
            }
            s1.forEach(a -> a1.merge(a, 1, Integer::sum));
            s2.forEach(a -> a2.merge(a, 1, Integer::sum));
            keys.forEach(k -> pl.computeIfPresent(k, (kk, v) -> new PlaceVote(v.docs() + 1, v.best())));
        }
        return new ClusterTally(t, hash, n, a1, a2, pl, ro, s, e, f, ff, ft, fn, fa, dn, da, st, src, fd, fe);
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Integer.valueOf(Math.max(a, b));
    }

    /** Within one key: a GeoNames entry, then one with coordinates, then the smaller printed form. */
    private static final Comparator<Place> BETTER_PLACE = Comparator.<Place, Boolean>comparing(p -> p.geonamesId() == null)
            .thenComparing(p -> p.lat() == null).thenComparing(Place::toString);

    /** The cluster's id, as {@link MentionKey#clusterId} gives it for the same members. */
    public String id() {
        return MentionKey.hex(idHash);
    }

    /** Most documents first, then alphabetical. */
    public List<String> actors1() {
        return byVotes(actor1);
    }

    public List<String> actors2() {
        return byVotes(actor2);
    }

    private static List<String> byVotes(Map<String, Integer> votes) {
        return votes.keySet().stream().sorted(Comparator.<String>comparingInt(a -> -votes.get(a)).thenComparing(a -> a))
                .toList();
    }

    /** The key most documents name; a tie goes to the key whose best place is better. */
    public Place place() {
        return places.values().stream().min(Comparator.<PlaceVote>comparingInt(v -> -v.docs())
                .thenComparing(PlaceVote::best, BETTER_PLACE)).map(PlaceVote::best).orElse(null);
    }

    public Route route() {
        return routes.values().stream().min(Comparator
                .<RouteVote>comparingInt(v -> (v.route().from() == null ? 1 : 0) + (v.route().to() == null ? 1 : 0))
                .thenComparing(v -> -v.mentions()).thenComparing(v -> v.route().toString()))
                .map(RouteVote::route).orElse(null);
    }

    public DateRange date() {
        return start.isAfter(end) ? new DateRange(fineFrom, fineTo, finest) : new DateRange(start, end, finest);
    }

    public Integer fatalities() {
        return fatalitiesNeutral != null ? fatalitiesNeutral : fatalitiesAny;
    }

    public Integer displaced() {
        return displacedNeutral != null ? displacedNeutral : displacedAny;
    }

    /**
     * The merged event as the store keeps it: its evidence column holds the first evidence line
     * only, since the full list is read from the cluster's member links (rewriting a list that
     * grows with every report is what made merges cost more as clusters grew).
     */
    public Event asEvent() {
        return new Event(type, actors1(), actors2(), place(), route(), date(), fatalities(), displaced(),
                List.copyOf(sources), status, firstEvidence);
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tally is plain data", e);
        }
    }

    public static ClusterTally fromJson(String json) {
        try {
            return JSON.readValue(json, ClusterTally.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a cluster tally: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterTally t && json().equals(t.json());
    }

    @Override
    public int hashCode() {
        return Objects.hash(idHash, members);
    }
}
