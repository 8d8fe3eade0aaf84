package org.frontline.reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sieges of the days asked for, kept per place and carried from one state of the store to the
 * next for the places no write could change: a place's siege rests only on the control of the
 * places the roads join it to ({@link SiegeReasoner#joinedTo}), so after a write only those joined
 * to a touched place are worked out again. Safe for concurrent readers.
 */
public final class SiegeDays {
    /** Days kept; beyond them the keeping starts over (a bound on memory, not on correctness). */
    private static final int DAYS = 64;

    private final SiegeReasoner reasoner;
    private final List<String> keys;
    private final Map<LocalDate, Map<String, Optional<SiegeState>>> days = new ConcurrentHashMap<>();

    /** Nothing kept yet: each day is worked out when first asked for. */
    public SiegeDays(SiegeReasoner reasoner, ControlTimeline timeline) {
        this.reasoner = reasoner;
        this.keys = timeline.placeKeys();
    }

    /** The reasoner the days are worked out with. */
    public SiegeReasoner reasoner() {
        return reasoner;
    }

    /** Every place besieged on {@code d}, by place key: as {@link SiegeReasoner#besiegedOn}. */
    public List<SiegeState> besiegedOn(LocalDate d) {
        if (days.size() > DAYS) {
            days.clear();
        }
        Map<String, Optional<SiegeState>> day = days.computeIfAbsent(d, x -> new ConcurrentHashMap<>());
        List<SiegeState> out = new ArrayList<>();
        for (String key : keys) {
            day.computeIfAbsent(key, k -> reasoner.siegeOf(k, d)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The days kept here, for a reasoner over the same roads after a write that touched
     * {@code touched}: the answers of the places joined to those are dropped, the others kept.
     */
    SiegeDays next(SiegeReasoner after, ControlTimeline timeline, Set<String> touched) {
        Set<String> stale = new java.util.HashSet<>();
        touched.forEach(k -> stale.addAll(after.joinedTo(k)));
        SiegeDays out = new SiegeDays(after, timeline);
        days.forEach((d, answers) -> {
            Map<String, Optional<SiegeState>> kept = new ConcurrentHashMap<>();
            answers.forEach((k, v) -> {
                if (!stale.contains(k)) {
                    kept.put(k, v);
                }
            });
            out.days.put(d, kept);
        });
        return out;
    }
}
