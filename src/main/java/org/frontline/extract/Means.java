package org.frontline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.model.EventType;

/**
 * Types a violent event from its means (issue 11, class 7): a generic trigger ("attacked",
 * "struck", "missiles") is an air strike when aircraft or drones carry it, shelling when
 * artillery, rockets or mortars do, a remote explosive for mines and planted bombs, a suicide
 * bombing for a suicide bomber. Words live in {@code extract/means.tsv}.
 */
final class Means {
    private record Rule(EventType type, Pattern pattern) {
    }

    /** How far around the trigger the means are looked for, within its clause. */
    private static final int REACH = 110;
    private final List<Rule> generic = new ArrayList<>();
    private final List<Rule> means = new ArrayList<>();
    private final List<Rule> civilians = new ArrayList<>();
    private final List<Rule> combatants = new ArrayList<>();
    private final List<Rule> victims = new ArrayList<>();

    Means() {
        for (String line : Resources.lines("/extract/means.tsv")) {
            String[] f = line.split("\t", 3);
            if (f.length != 3) {
                throw new IllegalStateException("extract/means.tsv: expected 3 columns: " + line);
            }
            Rule r = new Rule(f[1].equals("-") ? null : EventType.fromLabel(f[1]),
                    Pattern.compile(f[2], Pattern.CASE_INSENSITIVE));
            switch (f[0]) {
                case "generic" -> generic.add(r);
                case "means" -> means.add(r);
                case "civilians" -> civilians.add(r);
                case "combatants" -> combatants.add(r);
                case "victims" -> victims.add(r);
                default -> throw new IllegalStateException("extract/means.tsv: unknown kind: " + line);
            }
        }
    }

    /** Whether the trigger's own words say nothing of the means. */
    boolean generic(String sentence, Trigger t) {
        if (t.needsMeans()) {
            return true;
        }
        String word = sentence.substring(t.start(), t.end()).toLowerCase(Locale.ROOT).trim();
        return generic.stream().anyMatch(r -> r.type() == t.type() && r.pattern().matcher(word).find());
    }

    /**
     * The trigger retyped by the means told in its clause, or the trigger itself when it is
     * specific or no means is told; {@code null} for a means-only trigger without means.
     */
    Trigger retype(String sentence, Trigger t, List<Trigger> all) {
        if (!generic(sentence, t)) {
            return t;
        }
        if (all.stream().anyMatch(o -> o != t && !generic(sentence, o)
                && o.start() < t.end() && t.start() < o.end())) {
            return null; // "air strikes", "drones attacked": the specific trigger around it tells the event
        }
        int from = clauseStart(sentence, t.start()), to = clauseEnd(sentence, t.end());
        String clause = sentence.substring(from, to);
        for (Rule r : means) {
            Matcher m = r.pattern().matcher(clause);
            while (m.find()) {
                int s = from + m.start(), e = from + m.end();
                if (s < t.end() && t.start() < e) {
                    continue; // the trigger's own words
                }
                boolean ownEvent = all.stream().anyMatch(o -> o != t && o.type() == r.type()
                        && o.start() < e && s < o.end() && !generic(sentence, o));
                if (ownEvent && !instrumental(sentence, t, s, e)) {
                    continue;
                }
                if (r.type() == t.type()) {
                    return t;
                }
                return new Trigger(r.type(), t.role(), t.needsPlace(), t.start(), t.end(), false);
            }
        }
        // the side of the clause the targets are on: after an active trigger ("RSF fighters attacked the
        // villages, killing 18 civilians"), before a passive one; the attacker's words are not looked at
        String after = sentence.substring(t.end(), to), before = sentence.substring(from, t.start());
        boolean passive = PASSIVE_BEFORE.matcher(before).find();
        String side = passive || civilians.stream().noneMatch(r -> r.pattern().matcher(after).find()) ? before : after;
        // "attacked the town, killing 15 people": people killed where no combatant is named were not fighting
        String killedSide = passive ? before : after;
        boolean peopleKilled = KILLING.matcher(killedSide).find() && victims.stream().anyMatch(r -> r.pattern().matcher(killedSide).find());
        if (t.type() == EventType.ARMED_CLASH && !t.needsMeans()
                && (civilians.stream().anyMatch(r -> r.pattern().matcher(side).find()) || peopleKilled)
                && combatants.stream().noneMatch(r -> r.pattern().matcher(side).find())
                && combatants.stream().noneMatch(r -> r.pattern().matcher(killedSide).find())) {
            EventType against = civilians.get(0).type();
            return new Trigger(against, t.role(), t.needsPlace(), t.start(), t.end(), false);
        }
        return t.needsMeans() ? null : t;
    }

    /** The bomb nouns that say nothing of the means: "bombings", "a bomb attack" (not "bombed", "bombardment"). */
    private static final Pattern BOMBING = Pattern.compile("(?i)bomb(?:s|ing|ings)?(?:\\s+attacks?)?");
    /** "the bombing of Aleppo", "a bombing campaign": said of aircraft over a place, not of a bomb left in it. */
    private static final Pattern AIR_CAMPAIGN = Pattern.compile("\\s+(?:of|campaigns?|raids?|runs?|sorties)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether an air-strike trigger is a bare bomb noun in a sentence that tells no aircraft: then,
     * unless a state acts in it (the caller knows the actors), a bomb was planted, not dropped.
     */
    boolean bombWithoutAircraft(String sentence, Trigger t) {
        return t.type() == EventType.AIR_STRIKE && BOMBING.matcher(sentence.substring(t.start(), t.end())).matches()
                && !AIR_CAMPAIGN.matcher(sentence.substring(t.end())).lookingAt()
                && means.stream().noneMatch(r -> r.type() == EventType.AIR_STRIKE && r.pattern().matcher(sentence).find());
    }

    /**
     * Whether the people the event hit, as the sentence tells them, are non-combatants only
     * ("killed four people, including a child"; not "killed two soldiers and a woman").
     */
    boolean civilianVictims(String sentence, int triggerStart) {
        // the victims follow an active trigger ("jets struck a market, killing six people") and precede a
        // passive one ("two children were killed by shelling"); the attacker's words are not looked at
        String after = sentence.substring(triggerStart);
        String side = victims.stream().anyMatch(r -> r.pattern().matcher(after).find()) ? after
                : sentence.substring(0, triggerStart);
        return victims.stream().anyMatch(r -> r.pattern().matcher(side).find())
                && combatants.stream().noneMatch(r -> r.pattern().matcher(side).find());
    }

    private static final Pattern KILLING = Pattern.compile("\\b(?:kill(?:ed|ing)|murder(?:ed|ing)|shot\\s+dead|beheaded|massacred|slaughtered|hacked)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "were attacked", "had been brutally attacked": the targets are the subject. */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile(
            "\\b(?:was|were|been|being|is|are)\\s+(?:\\w+ly\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** Instrumental gap: "attacked ... with mortars", or the means right before ("a mortar attack"). */
    private static final Pattern WITH = Pattern.compile("\\b(?:with|using|by|from)\\s+(?:\\S+\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE);

    /** Whether the means at [s, e) is what the trigger was carried out with. */
    private static boolean instrumental(String sentence, Trigger t, int s, int e) {
        if (e <= t.start()) {
            // "a mortar attack"; "air strikes have pounded": the means is the subject of the trigger
            return sentence.substring(e, t.start()).matches(
                    "[\\s-]*|\\s+(?:(?:have|has|had|were|was|also|then|again|reportedly|repeatedly)\\s+)+");
        }
        String gap = sentence.substring(t.end(), s);
        return gap.length() < 60 && !gap.contains(";") && WITH.matcher(gap).find();
    }

    private static int clauseStart(String s, int start) {
        int from = Math.max(0, start - REACH);
        for (int i = start - 1; i >= from; i--) {
            if (s.charAt(i) == ';') {
                return i + 1;
            }
        }
        return from;
    }

    private static int clauseEnd(String s, int end) {
        int to = Math.min(s.length(), end + REACH);
        for (int i = end; i < to; i++) {
            if (s.charAt(i) == ';') {
                return i;
            }
        }
        return to;
    }
}
