package org.frontline.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frontline.model.DateRange;
import org.frontline.model.Precision;
import org.frontline.recognise.time.TimeMention;
import org.frontline.recognise.place.PlaceMention;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;

/**
 * What the text has established so far, for sentences that lean on it: the place of the
 * current paragraph, the place that "the town" or "there" points back to, the story's focus,
 * and the actor that last acted in the paragraph.
 */
final class Discourse {
    /**
     * "the town", "the area", "there": the sentence points back at a place named before. "The
     * strategic town of X" names its place instead, so a name after "of" makes it no anaphor.
     */
    private static final Pattern PLACE_ANAPHOR = Pattern.compile(
            "\\b(?:the|that|this)\\s+(?:[\\w-]+\\s+){0,3}?(?:town|city|village|area|region|district|neighbou?rhood|suburbs?|"
                    + "stronghold|hub|base|airport|crossing|enclave|capital)\\b(?!\\s+of\\s+(?-i:\\p{Lu}))|\\bthere\\b",
            Pattern.CASE_INSENSITIVE);

    final PlaceMention focus;
    final Opponents opponents;
    PlaceMention paragraphPlace;
    /** The first place of the latest sentence that named one: the topic "the town" refers to. */
    PlaceMention antecedent;
    List<String> paragraphActor = List.of();
    /** The days the text told last, when they lie in the fortnight before the report: what an undated sentence goes on about. */
    DateRange recentDays;
    Attribution previousAttribution;
    private int paragraph = -1;

    Discourse(PlaceMention focus, Opponents opponents) {
        this.focus = focus;
        this.opponents = opponents;
    }

    void enter(int paragraphIndex) {
        if (paragraphIndex != paragraph) {
            paragraph = paragraphIndex;
            paragraphPlace = null;
            paragraphActor = List.of();
            previousAttribution = null;
        }
    }

    /** "fighters from the group", "the militants": an armed side named before, in subject position. */
    private static final Pattern GROUP_ANAPHOR = Pattern.compile(
            "\\bthe\\s+(?:group|militants|jihadists|extremists|insurgents|militia|organi[sz]ation)(?:'s|’s)?\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether the words before a trigger, in its sentence, point back at an armed group. */
    static boolean groupAnaphor(String sentence, int triggerStart) {
        return GROUP_ANAPHOR.matcher(sentence.substring(0, triggerStart)).find();
    }

    /** "the area", "the region": the story's area, not the last town named. */
    private static final Pattern AREA = Pattern.compile("\\b(?:the|that|this)\\s+(?:\\w+\\s+)?(?:area|region)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Prefilter ANAPHOR_WORDS = Prefilter.of(PLACE_ANAPHOR);

    static boolean pointsBack(String sentence) {
        return ANAPHOR_WORDS.find(sentence, Folded.of(sentence));
    }

    /** What a sentence that points back points at: the story's area, or the town named last. */
    PlaceMention referent(String sentence) {
        return AREA.matcher(sentence).find() && focus != null ? focus : antecedent != null ? antecedent : focus;
    }

    /** How far back told days may be for a later undated sentence to go on telling them. */
    private static final int RECENT_DAYS = 14;

    /** "Israel then retaliated", "In response, ...": a sentence that goes on from the one before. */
    private static final Pattern SEQUEL = Pattern.compile(
            "^\\W*(?:(?:then|later|afterwards|shortly\\s+after(?:wards)?|in\\s+(?:response|retaliation))\\b"
                    + "|(?:[\\w'’-]+\\s+){1,4}?then\\s+(?!said|told|added|denied)\\w+ed\\b)", Pattern.CASE_INSENSITIVE);

    /** The days the sentence just read told (not a statement's day); null when it told none. */
    private DateRange lastSentenceDays;

    /** The days an undated sentence that goes on from the one before it tells: that sentence's; else null. */
    DateRange sequelDays(SentenceView v) {
        return lastSentenceDays != null && SEQUEL.matcher(v.text()).find() ? lastSentenceDays : null;
    }

    /** Records the last days a sentence told, other than the day of a statement ("said on Sunday"). */
    void dated(SentenceView v, LocalDate published) {
        lastSentenceDays = null;
        for (TimeMention m : v.times()) {
            DateRange r = m.range();
            if (r == null || Arguments.saying(v, m) || m.surface().toLowerCase(Locale.ROOT).startsWith("since")) {
                continue;
            }
            lastSentenceDays = r;
            long back = published == null ? -1 : ChronoUnit.DAYS.between(r.start(), published);
            if (r.precision() == Precision.DAY && back >= 0 && back <= RECENT_DAYS && !r.end().isAfter(published)) {
                recentDays = r;
            }
        }
    }

    /** Records the places a sentence named, after its events were read; "the town" points at a town, not a province. */
    void named(SentenceView v) {
        PlaceMention first = null;
        for (PlaceMention p : v.places()) {
            if (Arguments.reference(v, p)) {
                continue; // "15 km from X", "outside X": a landmark to measure by, not the topic
            }
            if (!Arguments.isCountry(p.place())) {
                paragraphPlace = p;
                if (first == null && Arguments.coarseness(p.place()) == 0) {
                    first = p;
                }
            }
        }
        if (first != null) {
            antecedent = first;
        }
    }
}
