package org.frontline.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;

/** The outlet an article names in its own text ("For Mailonline", "(Xinhua)", "[Source: BBC]"); patterns in /clean/outlets.tsv. */
final class OutletFinder {

    private record Rule(Prefilter filter, String outlet) {
    }

    private static final List<Rule> RULES = PatternTable.load("/clean/outlets.tsv").stream()
            .map(r -> new Rule(Prefilter.of(Pattern.compile(r.first(), Pattern.MULTILINE)), r.second()))
            .toList();

    /** The first rule (in file order) that matches anywhere in text wins; null when none does. */
    String find(String text) {
        Folded folded = Folded.of(text);
        for (Rule rule : RULES) {
            if (!rule.filter().mayMatch(folded)) {
                continue;
            }
            Matcher m = rule.filter().pattern().matcher(text);
            if (m.find()) {
                String outlet = rule.outlet().contains("$1") && m.groupCount() >= 1
                        ? rule.outlet().replace("$1", m.group(1).trim()) : rule.outlet();
                return outlet.isBlank() ? null : outlet;
            }
        }
        return null;
    }

    /** True when the paragraph is nothing but an outlet's name line (a masthead), which is not body text. */
    boolean isMasthead(String paragraph) {
        Folded folded = Folded.of(paragraph);
        for (Rule rule : RULES) {
            if (!rule.filter().mayMatch(folded)) {
                continue;
            }
            Matcher m = rule.filter().pattern().matcher(paragraph);
            if (m.find() && m.start() == 0 && m.end() == paragraph.length()) {
                return true;
            }
        }
        return false;
    }
}
