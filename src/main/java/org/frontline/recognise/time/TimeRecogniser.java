package org.frontline.recognise.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.frontline.model.DateRange;
import org.frontline.match.Folded;

/**
 * Finds the date expressions of a sentence or paragraph and resolves each against the
 * publication date, the way news copy uses them ("on Monday" is the Monday of the week just
 * reported, "overnight" the night before publication). Rule-based: java.time and regexes over
 * the vocabulary in {@code src/main/resources/time/}. Thread-safe and stateless.
 */
public final class TimeRecogniser {

    /** "since" right before a date: the range runs on to publication ("since mid-July"). */
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)(?<!\\w)(?:ever\\s+)?since\\s+$");
    private static final int LOOK_BEHIND = 16;
    /**
     * How far a date expression reaches from the month, digits or keyword it needs: "throughout the
     * beginning of" before a month is 30 characters, ", 2017" after it 6 (TimeWindowTest checks
     * the corpus).
     */
    static final int WINDOW = 48;

    /** Every date expression in the text, left to right; offsets index into {@code text}. */
    public List<TimeMention> find(String text, LocalDate published) {
        return recognise(text, published).stream().map(TimeExpression::mention).toList();
    }

    /**
     * As {@link #find}, with how each date was anchored and whether it reads "since X". A
     * "since" expression covers X's start to publication, with X's precision.
     */
    public List<TimeExpression> recognise(String text, LocalDate published) {
        Objects.requireNonNull(published, "published");
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        Folded folded = Folded.of(text);
        CalendarRules.collect(text, folded, published, candidates);
        RelativeRules.collect(text, folded, published, candidates);
        List<TimeExpression> out = new ArrayList<>();
        for (Candidate c : longestFirst(candidates)) {
            out.add(express(text, c, published));
        }
        out.sort(Comparator.comparingInt(e -> e.mention().start()));
        return out;
    }

    /** Overlapping readings: the longer one wins ("4 February 2017" over "February 2017"). */
    private static List<Candidate> longestFirst(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static TimeExpression express(String text, Candidate c, LocalDate published) {
        int start = c.start();
        String before = text.substring(Math.max(0, start - LOOK_BEHIND), start);
        var since = SINCE_BEFORE.matcher(before);
        DateRange range = c.range();
        boolean isSince = since.find();
        if (isSince) {
            start = start - before.length() + since.start();
            if (!published.isBefore(range.start()) && published.isAfter(range.end())) {
                range = new DateRange(range.start(), published, range.precision());
            }
        }
        TimeMention mention = new TimeMention(start, c.end(), text.substring(start, c.end()), range);
        return new TimeExpression(mention, c.anchor(), isSince);
    }
}
