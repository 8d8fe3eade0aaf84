package org.frontline.reason;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the claims made for one place on one day add up to. Claims naming holders on different
 * sides are a dispute unless their shares add up to at most the whole place (then the place is
 * divided, not disputed). The holder shown in a dispute is the one non-party reports back, since
 * a party's claim about its own gains is the weaker word; then the most documents; then the name.
 */
record DayVerdict(String holder, Double share, List<String> contestedBy, List<String> besiegedBy,
                  boolean disputed) {

    static DayVerdict of(List<ControlClaim> claims, Sides sides, String country) {
        Map<String, Set<String>> docs = new HashMap<>(), neutralDocs = new HashMap<>();
        Map<String, Double> maxShare = new HashMap<>();
        for (ControlClaim c : claims) {
            docs.computeIfAbsent(c.holder(), h -> new HashSet<>()).add(c.doc());
            neutralDocs.computeIfAbsent(c.holder(), h -> new HashSet<>());
            if (!c.partisan()) {
                neutralDocs.get(c.holder()).add(c.doc());
            }
            if (c.share() != null) {
                maxShare.merge(c.holder(), c.share(), Math::max);
            }
        }
        String holder = docs.keySet().stream().min(Comparator
                .<String>comparingDouble(h -> -maxShare.getOrDefault(h, 0.0) * (divided(claims, maxShare) ? 1 : 0))
                .thenComparingInt(h -> -neutralDocs.get(h).size())
                .thenComparingInt(h -> -docs.get(h).size())
                .thenComparing(h -> h)).orElseThrow();
        boolean disputed = !divided(claims, maxShare)
                && docs.keySet().stream().anyMatch(h -> !sides.allied(country, h, holder));
        Set<String> contestedBy = new TreeSet<>();
        Set<String> besiegedBy = new TreeSet<>();
        for (ControlClaim c : claims) {
            if (!sides.allied(country, c.holder(), holder)) {
                contestedBy.add(c.holder());
            }
            c.contestedBy().stream().filter(a -> !sides.allied(country, a, holder)).forEach(contestedBy::add);
            besiegedBy.addAll(c.besiegedBy());
        }
        return new DayVerdict(holder, maxShare.get(holder), List.copyOf(contestedBy), List.copyOf(besiegedBy), disputed);
    }

    /** Every holder's claim carries a share and together they do not exceed the whole. */
    private static boolean divided(List<ControlClaim> claims, Map<String, Double> maxShare) {
        long holders = claims.stream().map(ControlClaim::holder).distinct().count();
        return holders > 1 && claims.stream().allMatch(c -> c.share() != null)
                && maxShare.values().stream().mapToDouble(Double::doubleValue).sum() <= 1.0 + 1e-9;
    }

    DayVerdict besiegedBy(List<String> by) {
        return new DayVerdict(holder, share, contestedBy, by, disputed);
    }

    /**
     * The besiegers reported by sieges (never the holder: a siege's "held by" is the extractor's
     * guess from the sentence, which misreads "IS cut the road to rebel-held Azaz"); those on the
     * holder's own side are a misreading and are left out, and so is a siege of another side than the holder.
     */
    DayVerdict alsoBesiegedBy(List<ControlClaim> sieges, Sides sides, String country) {
        Set<String> by = new TreeSet<>(besiegedBy);
        sieges.stream().filter(c -> c.holder().isEmpty() || c.holder().equals(holder) || sides.allied(country, c.holder(), holder))
                .forEach(c -> c.besiegedBy().stream().filter(a -> !a.equals(holder) && !sides.allied(country, a, holder))
                .forEach(by::add));
        return by.size() == besiegedBy.size() ? this : besiegedBy(List.copyOf(by));
    }

    boolean sameStateAs(DayVerdict o) {
        return holder.equals(o.holder) && Objects.equals(share, o.share) && contestedBy.equals(o.contestedBy)
                && besiegedBy.equals(o.besiegedBy) && disputed == o.disputed;
    }
}
