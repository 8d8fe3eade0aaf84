package org.frontline.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.frontline.recognise.place.PlaceMention;
import org.frontline.recognise.text.Sentence;

/**
 * A place name standing for its government or army: "Moscow's forces had seized ...", "Moscow
 * controls almost 20% of Ukraine", "Kyiv said". Such a name is a party, not where anything
 * happened. The cues (what follows the name) are in {@code extract/place-as-actor.tsv}.
 */
final class PlaceAsActor {
    private static final List<Pattern> CUES = Resources.lines("/extract/place-as-actor.tsv").stream()
            .map(l -> Pattern.compile(l.strip(), Pattern.CASE_INSENSITIVE)).toList();
    /** Enough of the text after a name to read the cue. */
    private static final int WINDOW = 60;

    private PlaceAsActor() {
    }

    static boolean in(Sentence s, PlaceMention p) {
        if ("country".equals(p.place().precision()) || "admin1".equals(p.place().precision())) {
            // a country is never an event's place anyway; a province's possessive names its people
            // ("Idlib's rebels") as often as a government
            return false;
        }
        int at = p.end() - s.start();
        if (at < 0 || at > s.text().length()) {
            return false;
        }
        String after = s.text().substring(at, Math.min(s.text().length(), at + WINDOW));
        for (Pattern cue : CUES) {
            if (cue.matcher(after).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
