package org.frontline.recognise.number;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontline.recognise.time.TimeMention;
import org.frontline.recognise.time.TimeRecogniser;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;

/**
 * Finds counts of people killed, wounded and displaced in a sentence, each tied to the verb
 * or noun that says what happened to them ("at least 40 civilians were killed", "killing 13
 * people", "forced 120,000 Syrians to flee", "the death toll rose to 890"). Other numbers
 * (shares, distances, durations, ages, money, years, days of dates) come out as
 * {@link Figure.Kind#OTHER}; vague words with no cue ("several villages") are not reported.
 *
 * <p>War-wide tallies ("more than 310,000 people dead since 2011") are people counts too, so
 * {@link #find} reports them; {@link #isCumulative} tells the extractor which to drop.
 */
public final class FigureRecogniser {

    private static final NumberWords W = NumberWords.get();
    private static final Pattern NUMBER = Pattern.compile("(?i)"
            + "(?<![\\w-])(?:" + NumberWords.alternation(W.vague.keySet()) + ")(?!\\w)"
            + "|(?<![\\w.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s*(?:million|billion|thousand|mn|bn)\\b)?"
            + "(?!\\w|[.,]\\d)"
            + "|(?<![\\w-])(?:" + NumberWords.alternation(W.words.keySet()) + ")"
            + "(?:(?:\\s+|-)(?:and\\s+)?(?:" + NumberWords.alternation(W.words.keySet()) + "))*(?!\\w)");
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^(?:\\s*%|\\s*-?\\s*(?:"
            + NumberWords.alternation(W.units) + ")s?(?:[\\s-]+old)?(?!\\w))");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:[$£€]|\\b(?:US|USD|EUR|GBP))\\s*$");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    private static final Pattern TOLL_BEFORE = Pattern.compile(
            "(?i)\\btoll\\b(?:\\s*,)?(?:\\s+[a-z]+){0,4}\\s+$");
    private static final Pattern ONE_OF = Pattern.compile("(?i)one\\s+of\\b");
    /** "... left 310,000 dead and has forced millions from their homes": the same subject's toll. */
    private static final Pattern SAME_SUBJECT = Pattern.compile("(?i)^[^;:.]*\\band\\s+(?:has|have|had)\\b[^;:.]*$");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}'’]+|\\d[\\d,.]*|[^\\s\\p{L}\\d]");
    private static final Prefilter NUMBERS = Prefilter.of(NUMBER);
    /** How far a number's text reaches from its digits or number word ("hundreds of thousands"). */
    private static final int NUMBER_REACH = 40;
    private static final int RIGHT_WINDOW = 8;
    private static final int LEFT_QUALIFIERS = 4;
    /** Any fixed day serves: the dates are only needed to know which digits belong to them. */
    private static final LocalDate SOME_DAY = LocalDate.of(2000, 1, 1);

    private final TimeRecogniser dates = new TimeRecogniser();

    /** A number's place in the sentence, as the matcher found it. */
    private record Span(int start, int end, String group) {
    }
    private final FigureCues cues = FigureCues.get();

    /** Every number in the sentence, left to right, with what it counts. */
    public List<Figure> find(String sentence) {
        return find(sentence, null);
    }

    /**
     * As {@link #find(String)}, given the date expressions already found in the sentence (offsets
     * in the sentence), whose digits are not counts; null to find them here.
     */
    public List<Figure> find(String sentence, List<TimeMention> datesInSentence) {
        List<Figure> out = new ArrayList<>();
        if (sentence == null || sentence.isEmpty()) {
            return out;
        }
        List<TimeMention> dateMentions = datesInSentence;
        List<Span> numbers = new ArrayList<>();
        NUMBERS.forEach(sentence, Folded.of(sentence), NUMBER_REACH, m -> numbers.add(new Span(m.start(), m.end(), m.group())));
        for (Span m : numbers) {
            if (dateMentions == null) {
                // dates only matter to tell their digits from counts: find them once a number turns up
                dateMentions = dates.find(sentence, SOME_DAY);
            }
            OptionalLong value = NumberParser.parse(m.group());
            // "no one" counts nobody; "one of thousands" is a person picked from a crowd, not a count
            if (value.isEmpty() || precededBy(sentence, m.start(), "no") || ONE_OF.matcher(sentence)
                    .region(m.start(), sentence.length()).lookingAt()) {
                continue;
            }
            boolean vague = W.vague.containsKey(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            Optional<Figure> figure = classify(sentence, m, value.getAsLong(), vague, dateMentions);
            figure.ifPresent(out::add);
        }
        return out;
    }

    /**
     * Whether the figure is a war-wide tally (cumulative.txt: "since 2011", "since the war
     * began", "the conflict, which has killed ..."), which the spec says is not an event. Each
     * such phrase belongs to the people-count nearest to it in the sentence, so "12 were killed
     * on Monday in a war that has killed 300,000 since 2011" marks only the 300,000. A count
     * joined to a cumulative one by "and has ..." shares its subject and is cumulative too
     * ("has left 310,000 dead and has forced millions from their homes").
     */
    public boolean isCumulative(String sentence, Figure figure) {
        return sentence != null && isCumulative(sentence, find(sentence), figure);
    }

    /** The same, given what {@link #find} already returned for the sentence (no second pass). */
    public boolean isCumulative(String sentence, List<Figure> found, Figure figure) {
        if (sentence == null || figure == null || figure.kind() == Figure.Kind.OTHER) {
            return false;
        }
        List<Figure> people = found.stream().filter(f -> f.kind() != Figure.Kind.OTHER).toList();
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).start() == figure.start() && people.get(i).end() == figure.end()) {
                return cumulativeAt(sentence, people, i);
            }
        }
        return false;
    }

    private boolean cumulativeAt(String sentence, List<Figure> people, int index) {
        Figure figure = people.get(index);
        if (index > 0 && SAME_SUBJECT.matcher(sentence.substring(people.get(index - 1).end(), figure.start())).matches()
                && cumulativeAt(sentence, people, index - 1)) {
            return true;
        }
        for (Pattern cue : cues.cumulative()) {
            for (Matcher m = cue.matcher(sentence); m.find(); ) {
                Figure nearest = null;
                int best = Integer.MAX_VALUE;
                for (Figure f : people) {
                    int gap = Math.max(0, Math.max(m.start() - f.end(), f.start() - m.end()));
                    if (gap < best) {
                        best = gap;
                        nearest = f;
                    }
                }
                if (nearest != null && nearest.start() == figure.start() && nearest.end() == figure.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<Figure> classify(String s, Span m, long value, boolean vague, List<TimeMention> dateMentions) {
        String after = s.substring(m.end());
        Matcher unit = UNIT_AFTER.matcher(after);
        boolean isMeasure = unit.find();
        boolean inDate = dateMentions.stream().anyMatch(d -> d.start() <= m.start() && m.end() <= d.end());
        boolean isYear = YEAR.matcher(m.group()).matches();
        if (isMeasure || inDate || isYear || CURRENCY_BEFORE.matcher(s.substring(0, m.start())).find()) {
            if (vague) {
                return Optional.empty();
            }
            int end = isMeasure ? m.end() + unit.end() : m.end();
            return Optional.of(new Figure(Figure.Kind.OTHER, value, m.start(), end, s.substring(m.start(), end)));
        }
        Figure.Kind kind = cueBefore(s, m.start());
        if (kind == null) {
            kind = cueAfter(after);
        }
        if (kind == null && vague) {
            return Optional.empty();
        }
        return Optional.of(new Figure(kind == null ? Figure.Kind.OTHER : kind, value, m.start(), m.end(), m.group()));
    }

    /** "killing 13", "forced an estimated 120,000", "the death toll rose to 890". */
    private Figure.Kind cueBefore(String s, int start) {
        String before = s.substring(0, start);
        if (TOLL_BEFORE.matcher(before).find()) {
            return Figure.Kind.KILLED;
        }
        List<String> tokens = tokens(before);
        int skipped = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String t = tokens.get(i);
            if (cues.isQualifier(t) && skipped < LEFT_QUALIFIERS) {
                skipped++;
                continue;
            }
            return cues.before(t);
        }
        return null;
    }

    /** "40 civilians were killed", "45,000 Syrians fled", "120,000 Syrians to flee". */
    private Figure.Kind cueAfter(String after) {
        List<String> tokens = tokens(after);
        for (int i = 0; i < Math.min(RIGHT_WINDOW, tokens.size()); i++) {
            String t = tokens.get(i);
            Figure.Kind kind = cues.after(t);
            if (kind != null) {
                return kind;
            }
            if (cues.endsClause(t) || Character.isDigit(t.charAt(0)) || W.words.containsKey(t)
                    || W.vague.containsKey(t)) {
                return null;
            }
        }
        return null;
    }

    private static boolean precededBy(String s, int start, String word) {
        List<String> tokens = tokens(s.substring(Math.max(0, start - 12), start));
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(word);
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (Matcher m = TOKEN.matcher(text); m.find(); ) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
