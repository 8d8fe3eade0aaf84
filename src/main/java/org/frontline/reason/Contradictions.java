package org.frontline.reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.frontline.model.Place;

/**
 * Finds the claims of one place and day that disagree, and which one the timeline follows: an
 * independent report over a party's claim, then the later word over the earlier, then the holder
 * more documents back.
 */
final class Contradictions {
    private final Sides sides;

    Contradictions(Sides sides) {
        this.sides = sides;
    }

    List<Contradiction> of(String key, Place place, Map<LocalDate, List<ControlClaim>> days) {
        List<Contradiction> out = new ArrayList<>();
        days.forEach((day, all) -> {
            List<ControlClaim> claims = all.stream().filter(ControlClaim::namesHolder).toList();
            if (claims.isEmpty()) {
                return;
            }
            ControlClaim followed = claims.stream().min(rank(claims)).orElseThrow();
            List<ControlClaim> against = claims.stream().filter(c -> disagree(place.country(), followed, c)).toList();
            if (!against.isEmpty()) {
                out.add(new Contradiction(key, place, day, followed, against, why(followed, against, claims)));
            }
        });
        return out;
    }

    private static Comparator<ControlClaim> rank(List<ControlClaim> day) {
        return Comparator.<ControlClaim, Boolean>comparing(ControlClaim::partisan)
                .thenComparing(ControlClaim::date, Comparator.reverseOrder())
                .thenComparing(c -> -backing(day, c))
                .thenComparing(c -> c.full() ? 1 : 0)
                .thenComparing(ControlClaim::doc);
    }

    private static long backing(List<ControlClaim> day, ControlClaim c) {
        return day.stream().filter(o -> o.holder().equals(c.holder())).map(ControlClaim::doc).distinct().count();
    }

    boolean disagree(String country, ControlClaim a, ControlClaim b) {
        if (a == b || a.sources().equals(b.sources()) && a.doc().equals(b.doc())) {
            return false;
        }
        if (!sides.allied(country, a.holder(), b.holder())) {
            boolean divided = a.share() != null && b.share() != null && a.share() + b.share() <= 1.0 + 1e-9;
            boolean fought = a.contestedBy().contains(b.holder()) || b.contestedBy().contains(a.holder());
            return !divided && !fought;
        }
        return a.full() != b.full();
    }

    private static String why(ControlClaim followed, List<ControlClaim> against, List<ControlClaim> day) {
        ControlClaim other = against.get(0);
        if (!followed.partisan() && other.partisan()) {
            return "an independent report (" + followed.byWhom() + ") over a party's claim (" + other.byWhom() + ")";
        }
        if (followed.date().isAfter(other.date())) {
            return "the later report over the earlier";
        }
        if (backing(day, followed) > backing(day, other)) {
            return "more sources over fewer";
        }
        return "no rule prefers either: the report that says more (shares, contests) is shown";
    }
}
