package org.frontline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.model.EventType;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;

/** The event triggers of {@code extract/triggers.tsv}, compiled once. */
final class TriggerLexicon {
    private record Entry(EventType type, Trigger.Role role, boolean needsPlace, boolean needsMeans, Prefilter filter) {
    }

    private final List<Entry> entries = new ArrayList<>();

    TriggerLexicon() {
        for (String line : Resources.lines("/extract/triggers.tsv")) {
            String[] f = line.split("\t", 4);
            if (f.length != 4) {
                throw new IllegalStateException("extract/triggers.tsv: expected 4 columns: " + line);
            }
            entries.add(new Entry(EventType.fromLabel(f[0]), Trigger.Role.valueOf(f[1]), f[2].equals("place"), f[2].equals("means"),
                    Prefilter.of(Pattern.compile(f[3], Pattern.CASE_INSENSITIVE))));
        }
    }

    /**
     * The triggers of the sentences this thread read last: the decision layer reads again the
     * sentences event extraction has just read (every lexicon is the same file, so they share it).
     */
    private static final org.frontline.pipeline.Recent<String, List<Trigger>> RECENT = new org.frontline.pipeline.Recent<>(256);

    /** Every trigger in the sentence, in order; one per type and span. */
    List<Trigger> find(String sentence) {
        return RECENT.get(sentence, s -> List.copyOf(scan(s)));
    }

    private List<Trigger> scan(String sentence) {
        List<Trigger> out = new ArrayList<>();
        Folded folded = Folded.of(sentence);
        for (Entry e : entries) {
            e.filter.forEachMatch(sentence, folded, m -> {
                int s = m.start(), t = m.end();
                boolean dup = out.stream().anyMatch(x -> x.type() == e.type && x.start() < t && s < x.end());
                if (!dup) {
                    out.add(new Trigger(e.type, e.role, e.needsPlace, s, t, e.needsMeans));
                }
            });
        }
        out.sort(Comparator.comparingInt(Trigger::start));
        return out;
    }
}
