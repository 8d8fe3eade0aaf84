package org.frontline.extract;

import java.util.List;
import org.frontline.recognise.actor.ActorMention;
import org.frontline.recognise.number.Figure;
import org.frontline.recognise.place.PlaceMention;
import org.frontline.recognise.text.Sentence;
import org.frontline.recognise.time.TimeMention;

/**
 * One sentence with the mentions that fall inside it; all offsets are article offsets.
 */
record SentenceView(Sentence sentence, List<PlaceMention> places, List<ActorMention> actors,
                    List<TimeMention> times, List<Figure> figures) {

    static SentenceView of(Sentence s, List<PlaceMention> places, List<ActorMention> actors,
                           List<TimeMention> times, List<Figure> figures) {
        return new SentenceView(s,
                places.stream().filter(p -> p.start() >= s.start() && p.end() <= s.end())
                        .filter(p -> !dateline(s, p) && !PlaceAsActor.in(s, p))
                        .filter(p -> aimedAt(s, p) || actors.stream().noneMatch(a -> a.start() <= p.start() && p.end() <= a.end()))
                        .toList(),
                actors.stream().filter(a -> a.start() >= s.start() && a.end() <= s.end()).toList(),
                times.stream().filter(t -> t.start() >= s.start() && t.end() <= s.end()).toList(),
                figures.stream().filter(f -> f.start() >= s.start() && f.end() <= s.end()).toList());
    }

    private static final java.util.regex.Pattern AIMED = java.util.regex.Pattern.compile(Arguments.AIM,
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "rockets into Israel": a country named as a party is also the ground aimed at. */
    private static boolean aimedAt(Sentence s, PlaceMention p) {
        int rel = p.start() - s.start();
        return "country".equals(p.place().precision())
                && AIMED.matcher(s.text().substring(Math.max(0, rel - 30), rel)).find();
    }

    /** "Maiduguri: ...", "Kabul, Afghanistan (AP) — ...": a filing place in any case, by its punctuation. */
    private static final java.util.regex.Pattern DATELINE_TAIL = java.util.regex.Pattern.compile(
            "\\s*:\\s|(?:,\\s*[\\p{L}. ]{2,30}?)?(?:,\\s*\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*\\([^)]{2,40}\\)\\s*(?:-|—|–)"
            // "Aden [Yemen], October 11:", "Goma, DR Congo, June 30 -": a place, its country, a month and day
            + "|(?:\\s*\\[[^\\]]{2,30}\\])?(?:,\\s*[\\p{L}. ]{2,30}?)?,\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}{0,6}\\.?"
            + "\\s+\\d{1,2}(?:,?\\s*\\d{4})?\\s*(?:\\([^)]{2,40}\\)\\s*)?(?::|-|—|–|(?=(?-i:\\p{Lu}\\p{Ll})))"
            // "Rabat – The artillery corps ...": a place and a long dash open the story
            + "|\\s+[—–]\\s");
    /** "SOUTH WAZIRISTAN / LAKKI MARWAT:", "SULAIMANIYA/BAGHDAD —": places in capitals that open a sentence, before the filing place. */
    private static final java.util.regex.Pattern CAPS_RUN = java.util.regex.Pattern.compile("^[\\p{Lu}\\s,./&-]{3,}[/,&]\\s*$");
    /** "August 9, 2025 (EL-OBEID) –": the filing place in brackets after the date. */
    private static final java.util.regex.Pattern DATE_FIRST = java.util.regex.Pattern.compile(
            "^\\W*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}{0,6}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}{0,6}\\.?),?\\s*(?:\\d{4})?\\s*\\($");

    /** "KHARTOUM, Oct 27 (Reuters) -": where the reporter filed from, not where anything happened. */
    static boolean dateline(Sentence s, PlaceMention p) {
        int rel = p.start() - s.start();
        String surface = p.surface();
        if (surface.length() <= 2) {
            return false;
        }
        String rest = s.text().substring(rel + surface.length());
        if (rel >= 3) {
            return rel < 40 && (DATE_FIRST.matcher(s.text().substring(0, rel)).find() && rest.matches("(?s)^\\)\\s*(?:-|—|–|:).*")
                    || CAPS_RUN.matcher(s.text().substring(0, rel)).matches() && surface.equals(surface.toUpperCase(java.util.Locale.ROOT))
                    && rest.matches("(?s)^\\s*(?::|-|—|–|,|/).*"));
        }
        return surface.equals(surface.toUpperCase(java.util.Locale.ROOT)) && rest.matches("(?s)^\\s*(?:,|\\(|-|—|–).*")
                || DATELINE_TAIL.matcher(rest).lookingAt();
    }

    String text() {
        return sentence.text();
    }

    /** Article offset of a sentence offset. */
    int abs(int offset) {
        return sentence.start() + offset;
    }
}
