package org.frontline.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.model.Place;
import org.frontline.recognise.actor.ActorKind;
import org.frontline.recognise.actor.ActorMention;
import org.frontline.recognise.place.PlaceMention;
import org.frontline.recognise.time.TimeMention;

/** Picks an event's actors, place and date around its trigger. */
final class Arguments {
    /** Case-sensitive on purpose: "IS retook" is the Islamic State, not an auxiliary. */
    private static final Pattern PASSIVE = Pattern.compile(
            "\\b(?:was|were|been|being|is|are|be|has\\s+been|had\\s+been)\\s+['‘\"“]?"
                    + "(?:(?:\\w+ly|now|already|also|still|then|reportedly)\\s+){0,2}['‘\"“]?$");
    private static final Set<String> OBJECT_PREPS = Set.of("from", "against", "on", "of", "with", "targeting", "by",
            "to", "at", "towards", "toward", "into", "near", "around");

    private Arguments() {
    }

    record Actors(List<String> actor1, List<String> actor2) {
    }

    /** A party to the fighting: an armed group or a state's forces. */
    static boolean isArmed(ActorMention a) {
        return a.kind() == ActorKind.PARTY;
    }

    static boolean isActing(ActorMention a) {
        return a.kind() == ActorKind.PARTY || a.kind() == ActorKind.ORG;
    }

    static Actors actors(SentenceView v, Trigger t) {
        int ts = v.abs(t.start()), te = v.abs(t.end());
        String text = v.text();
        boolean passive = t.role() == Trigger.Role.P
                || PASSIVE.matcher(text.substring(Math.max(0, t.start() - 25), t.start())).find();
        List<ActorMention> before = new ArrayList<>(), after = new ArrayList<>();
        for (ActorMention a : v.actors()) {
            if (!isActing(a) && a.kind() != ActorKind.CIVILIANS) {
                continue;
            }
            if (a.end() <= ts || a.start() < te && a.end() > ts && a.start() <= ts) {
                before.add(a); // "Israeli air strikes": an actor that contains the trigger is its subject
            } else if (a.start() >= te) {
                after.add(a);
            }
        }
        Set<String> a1 = new LinkedHashSet<>(), a2 = new LinkedHashSet<>();
        if (t.role() == Trigger.Role.W) {
            // "Al Shabaab fighters withdrew from the town": the one who left lost it; who took it is told elsewhere
            ActorMention leaver = nearestBefore(before, v, true);
            if (leaver != null) {
                a2.addAll(leaver.all());
            }
            return new Actors(List.of(), List.copyOf(a2));
        }
        if (passive) {
            // "besieged by the army from the south and by Turkish-backed rebels from the north": every agent
            for (ActorMention a : after) {
                String prep = wordBefore(text, a.start() - v.sentence().start());
                if ((prep.equals("by") || prep.equals("to") && a1.isEmpty()) && isActing(a)) {
                    a1.addAll(a.all());
                }
            }
            ActorMention patient = nearestBefore(before, v, false);
            if (patient != null) {
                a2.addAll(patient.all());
            }
        } else {
            ActorMention named = t.role() == Trigger.Role.N ? agentAfter(after, v, t) : null;
            ActorMention subject = named != null ? named
                    : PRONOUN_SUBJECT.matcher(text.substring(Math.max(0, t.start() - 40), t.start())).find()
                    ? firstActing(before, v, false)
                    : COORDINATED.matcher(text.substring(Math.max(0, t.start() - 40), t.start())).find()
                    ? firstActing(before, v, true) : nearestBefore(before, v, true);
            if (subject != null && subject.kind() != ActorKind.CIVILIANS) {
                a1.addAll(subject.all());
            } else {
                ActorMention agent = firstAfter(after, v, "by");
                if (agent != null) {
                    a1.addAll(agent.all());
                }
            }
            for (ActorMention a : after) {
                String prep = wordBefore(text, a.start() - v.sentence().start());
                if (OBJECT_PREPS.contains(prep) && !a1.contains(a.canonical()) && !prep.equals("by")
                        || t.role() != Trigger.Role.P && directObject(v, te, a)) {
                    a2.addAll(a.all());
                    break;
                }
            }
            if (a2.isEmpty() && t.role() == Trigger.Role.N) {
                between(v, t, a1, a2);
            }
        }
        a2.removeAll(a1);
        return new Actors(List.copyOf(a1), List.copyOf(a2));
    }

    /** "surrounded Ukrainian troops": an actor right after the verb is what it acted on. */
    private static boolean directObject(SentenceView v, int triggerEnd, ActorMention a) {
        String gap = v.text().substring(triggerEnd - v.sentence().start(), a.start() - v.sentence().start());
        return isActing(a) && gap.matches("\\s*(?:(?:the|a|an|some|several|dozens|hundreds|of|\\d+)\\s+){0,3}");
    }

    private static final Pattern BETWEEN = Pattern.compile(
            "\\s+(?:(?:broke|breaks|breaking|erupted|erupts|raged|rages|continued|resumed|out|have|has|had|been|heavy|fierce)\\s+){0,3}between\\b",
            Pattern.CASE_INSENSITIVE);

    /** "clashes between X and Y". */
    private static void between(SentenceView v, Trigger t, Set<String> a1, Set<String> a2) {
        String right = v.text().substring(t.end());
        // "clashes between X and Y", "fighting broke out between X and Y"
        if (!BETWEEN.matcher(right).lookingAt()) {
            return;
        }
        List<ActorMention> after = v.actors().stream().filter(Arguments::isActing)
                .filter(a -> a.start() >= v.abs(t.end())).toList();
        if (after.size() >= 2) {
            a1.clear();
            a1.addAll(after.get(0).all());
            a2.addAll(after.get(1).all());
        }
    }

    private static ActorMention nearestBefore(List<ActorMention> before, SentenceView v, boolean acting) {
        for (int i = before.size() - 1; i >= 0; i--) {
            ActorMention a = before.get(i);
            // "forces of Tigray People's Liberation Front [TPLF]": a name restated in brackets stands where it was first named
            ActorMention named = i > 0 && restated(before.get(i - 1), a, v) ? before.get(i - 1) : a;
            String prep = wordBefore(v.text(), named.start() - v.sentence().start());
            if (acting && OBJECT_PREPS.contains(prep)) {
                continue;
            }
            if (!acting || isActing(a)) {
                return a;
            }
        }
        return null;
    }

    private static final Pattern RESTATING = Pattern.compile("\\s*[\\[(]\\s*");

    /** "Tigray People's Liberation Front [TPLF]", "the Rapid Support Forces (RSF)": one actor named twice. */
    private static boolean restated(ActorMention first, ActorMention second, SentenceView v) {
        int from = first.end() - v.sentence().start(), to = second.start() - v.sentence().start();
        return first.canonical().equals(second.canonical()) && from <= to
                && RESTATING.matcher(v.text().substring(from, to)).matches();
    }

    /**
     * "rockets launched by Hezbollah", "air strikes led by a Saudi coalition", "an attack on Tuesday by suspected
     * members of the jihadist group Boko Haram": the agent of a noun trigger, told after it.
     */
    private static final Pattern AGENT_GAP = Pattern.compile("[^,.;:()]{0,40}?\\b(?:(?:launched|carried\\s+out|conducted|led|fired|staged"
            + "|mounted|perpetrated|committed|claimed)\\s+)?by\\s+(?:(?-i:[a-z][\\w'’-]*)\\s+){0,6}", Pattern.CASE_INSENSITIVE);
    /** "an attack on a base held by rebels", "a convoy escorted by soldiers": who holds the target is not who attacked it. */
    private static final Pattern HOLDER_BY = Pattern.compile("\\b(?:held|controlled|occupied|manned|run|used|guarded|owned|besieged"
            + "|surrounded|encircled|built|funded|backed|supported|escorted|accompanied|protected|defended|staffed|driven"
            + "|carrying|transporting)\\s+by\\s", Pattern.CASE_INSENSITIVE);

    private static ActorMention agentAfter(List<ActorMention> after, SentenceView v, Trigger t) {
        for (ActorMention a : after) {
            if (isActing(a)) {
                String gap = v.text().substring(t.end(), a.start() - v.sentence().start());
                return AGENT_GAP.matcher(gap).matches() && !HOLDER_BY.matcher(gap).find() ? a : null;
            }
        }
        return null;
    }

    /** "they captured", "it had seized": a pronoun for the subject of the sentence's main clause. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "\\b(?:they|it)\\s+(?:(?:had|have|has|also|then|later|eventually|finally|quickly|reportedly)\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "The RSF began fighting the army ... and has since taken over Khartoum": a verb joined to the
     * sentence's first predicate shares its subject, not the object just before it.
     */
    private static final Pattern COORDINATED = Pattern.compile(
            "\\band\\s+(?:(?:has|have|had)\\s+)?(?:(?:since|also|then|later|now|eventually|reportedly|quickly)\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** The dash that ends a dateline: within the sentence's first 70 characters. */
    private static final Pattern DATELINE_DASH = Pattern.compile("^[^.!?]{2,70}?\\s[—–-]\\s");
    private static final Pattern SAID_THAT = Pattern.compile("\\b(?:said|say|says|told\\s+\\w+|reported|added|claimed)\\s+that\\s",
            Pattern.CASE_INSENSITIVE);

    /** The first actor of the sentence that acts (not the object of a preposition): its main clause's subject. */
    private static ActorMention firstActing(List<ActorMention> before, SentenceView v, boolean inReported) {
        // "BANGUI, Central African Republic — Fighters ...": the dateline files the report, it does not act;
        // "military sources said that Israeli drones ... and struck": the clause reported starts after the
        // saying (but "the rebels said that they captured": a pronoun's antecedent may be the one who said it)
        Matcher lead = DATELINE_DASH.matcher(v.text());
        int from = lead.find() ? lead.end() : 0;
        Matcher said = SAID_THAT.matcher(v.text());
        while (inReported && said.find()) {
            if (before.isEmpty() || said.end() <= before.get(before.size() - 1).start() - v.sentence().start()) {
                from = Math.max(from, said.end());
            }
        }
        for (ActorMention a : before) {
            int rel = a.start() - v.sentence().start();
            if (rel < from) {
                continue;
            }
            if (isActing(a) && !OBJECT_PREPS.contains(wordBefore(v.text(), rel))) {
                return a;
            }
        }
        return null;
    }

    private static ActorMention firstAfter(List<ActorMention> after, SentenceView v, String... preps) {
        for (ActorMention a : after) {
            String prep = wordBefore(v.text(), a.start() - v.sentence().start());
            for (String p : preps) {
                if (p.equals(prep) && isActing(a)) {
                    return a;
                }
            }
        }
        return null;
    }

    private static final Pattern FIRST_DETERMINER = Pattern.compile("\\b(?:the|a|an|its|their|his|her|pro|syria's|allied)\\s*$");
    private static final Pattern SECOND_DETERMINER = Pattern.compile("\\b(?:the|a|an|its|their)\\s*$");

    /** The word before a sentence offset, skipping "the" and the like. */
    static String wordBefore(String text, int offset) {
        // only the last few words can be stripped or returned: read those, not the whole prefix
        String left = FIRST_DETERMINER.matcher(Tail.of(text, offset, 4).toLowerCase(Locale.ROOT)).replaceAll("").stripTrailing();
        left = SECOND_DETERMINER.matcher(left).replaceAll("").stripTrailing();
        int s = left.length();
        while (s > 0 && Character.isLetter(left.charAt(s - 1))) {
            s--;
        }
        return left.substring(s);
    }

    /**
     * The place of an event: the first finer-than-country place after the trigger in the same
     * clause, else the nearest before it, else a country.
     */
    static PlaceMention place(SentenceView v, Trigger t) {
        int ts = v.abs(t.start()), te = v.abs(t.end());
        PlaceMention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (PlaceMention p : v.places()) {
            int d = p.start() >= te ? p.start() - te : (ts - p.end()) * 2 + 10;
            // "heavy fighting in Kharkiv region": a region the trigger itself locates is where it happened
            d += tiedByPreposition(v, te, p) && !isCountry(p.place()) ? 0 : coarseness(p.place());
            if (whereSaid(v, p)) {
                continue; // where it was told, never where it happened
            }
            if (reference(v, p) || modifier(v, p) || reporterBase(v, p) || container(v, p)) {
                d += 200;
            }
            if (crossesClause(v, p.start() >= te ? te : p.end(), p.start() >= te ? p.start() : ts)) {
                d += 150;
            }
            if (d < bestScore) {
                bestScore = d;
                best = p;
            }
        }
        return best;
    }

    /** "fighting in", "strikes near the", "clashes across southern": the trigger's own locative phrase. */
    private static final Pattern LOCATIVE = Pattern.compile(
            "^\\s+(?:in|near|at|around|outside|across)\\s+(?:the\\s+)?(?:(?:northern|southern|eastern|western|central)\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** "into", "toward southeastern", "against the": the words that aim a strike at the place after them. */
    static final String AIM = "\\b(?:into|toward|towards|against)\\s+(?:the\\s+)?((?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+)?$";
    /** "fired 600 rockets into", "launched by Hezbollah toward southeastern": the gap from a strike to where it went. */
    private static final Pattern AIMED_AT = Pattern.compile("^[^,;:()\\u2014.]{0,70}?" + AIM, Pattern.CASE_INSENSITIVE);

    /**
     * The country a strike was aimed at ("rockets into Israel", "artillery toward southeastern
     * Lebanon"): the only place such a sentence gives. The country itself, or the part of it the
     * direction names ("southeastern Lebanon", a region); null when the trigger aims at no country.
     */
    static PlaceMention aimedAtCountry(SentenceView v, Trigger t) {
        int te = v.abs(t.end());
        for (PlaceMention p : v.places()) {
            if (p.start() < te) {
                continue;
            }
            if (!isCountry(p.place())) {
                return null;
            }
            Matcher m = AIMED_AT.matcher(v.text().substring(te - v.sentence().start(), p.start() - v.sentence().start()));
            if (m.matches()) {
                Place c = p.place();
                return m.group(1) == null ? p : new PlaceMention(p.start(), p.end(), p.surface(),
                        new Place(m.group(1).strip() + " " + c.name(), null, null, c.country(), null, null, "region"));
            }
            return null;
        }
        return null;
    }

    static boolean tiedByPreposition(SentenceView v, int triggerEnd, PlaceMention p) {
        if (p.start() < triggerEnd || p.start() - triggerEnd > 30) {
            return false;
        }
        return LOCATIVE.matcher(v.text().substring(triggerEnd - v.sentence().start(), p.start() - v.sentence().start())).matches();
    }

    private static final java.util.regex.Pattern KIND_OF = java.util.regex.Pattern.compile(
            "^(?:['’]s)?\\s+(?:key\\s+|strategic\\s+|main\\s+|border\\s+|frontline\\s+|front-line\\s+|remote\\s+|northern\\s+|southern\\s+|eastern\\s+|western\\s+)?"
                    + "(?:town|village|city|hamlet|settlement|island|locality|district|commune|area|region|province)s?\\s+of\\s+$");

    /** "Kormash town of Minjar area": the second name is the area the first lies in, the first no modifier. */
    private static final Pattern AREA_AFTER = Pattern.compile("\\s+(?:area|district|region|zone|province|county|woreda|state)\\b");

    /**
     * "Chitral district of KPK", "the Kidal region of Mali": without a possessive, an area's kind
     * after a name is that name's, and the place after "of" contains it, unless that one is finer.
     */
    private static final Pattern ADMIN_KIND = Pattern.compile("^\\s+(?:\\w+\\s+)?(?:district|commune|area|region|province)\\s+of\\s+$");

    /** "in X village, also in Y", "at X, in Y": the gap after a place that the next place contains. */
    private static final Pattern CONTAINER_GAP = Pattern.compile(
            "^(?:\\s+(?:village|town|camp|area|neighbou?rhood))?\\s*,\\s*(?:also\\s+|both\\s+)?in\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** Whether a place is named only to say where the place just before it lies ("Miyoe village, also in Mocimboa"). */
    static boolean container(SentenceView v, PlaceMention p) {
        for (PlaceMention q : v.places()) {
            if (q.end() <= p.start() && p.start() - q.end() <= 30 && !isCountry(q.place())
                    && CONTAINER_GAP.matcher(v.text().substring(q.end() - v.sentence().start(), p.start() - v.sentence().start()))
                    .matches()) {
                return true;
            }
        }
        return false;
    }

    /** "the Tillaberi village of X", "the Idlib town of X": a place naming where the next one lies. */
    static boolean modifier(SentenceView v, PlaceMention p) {
        for (PlaceMention q : v.places()) {
            if (q.start() >= p.end() && q.start() - p.end() <= 40) {
                String gap = v.text().substring(p.end() - v.sentence().start(), q.start() - v.sentence().start());
                if (KIND_OF.matcher(gap).find() && !AREA_AFTER.matcher(v.text().substring(q.end() - v.sentence().start())).lookingAt()
                        && !(ADMIN_KIND.matcher(gap).find() && coarseness(q.place()) >= coarseness(p.place()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern REPORTER = Pattern.compile("^\\s+(?:correspondent|reporter|bureau|stringer|journalist)s?\\b",
            Pattern.CASE_INSENSITIVE);

    /** "told reporters in Maputo that ...", "speaking in Geneva": where something was said. */
    private static final Pattern SAID_IN = Pattern.compile("\\b(?:told\\s+(?:reporters|journalists|a\\s+(?:news|press)\\s+conference|"
            + "parliament|lawmakers|the\\s+\\w+)|said|says|speaking|spoke|addressing\\s+\\w+|(?:news|press)\\s+conference)\\s+in\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    static boolean whereSaid(SentenceView v, PlaceMention p) {
        return endsWith(v, p.start(), SAID_IN, 50);
    }

    /** "the paper's Teknaf correspondent said ...": where a reporter is based, not where it happened. */
    static boolean reporterBase(SentenceView v, PlaceMention p) {
        int at = p.end() - v.sentence().start();
        return at < v.text().length() && REPORTER.matcher(v.text().substring(at, Math.min(v.text().length(), at + 30)))
                .find();
    }

    /** Prefers towns to regions to countries: the finest place a sentence names is where it happened. */
    static int coarseness(Place p) {
        String precision = p.precision() == null ? "" : p.precision();
        return switch (precision) {
            case "country" -> 1000;
            case "admin1", "region" -> 300;
            default -> 0;
        };
    }

    /** Between two places of a list: a comma or "and", and a side of the place ("central X and southern Y"). */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|,?\\s+and|,?\\s+or)\\s+(?:(?:the\\s+)?(?:north|south|east|west"
            + "|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeast"
            + "|northwest|southeast|southwest|nearby|neighbou?ring)\\s+)?");

    /** ", in the province of", ", in": a list item's own region, told between two items. */
    private static final Pattern WHERE_IT_LIES = Pattern.compile(
            "\\s*,\\s*(?:in|of)\\s+(?:the\\s+)?(?:(?:province|region|state|district|governorate)\\s+of\\s+)?", Pattern.CASE_INSENSITIVE);

    /** Places listed right after {@code first}: "X and Y", "X, Y and Z", "X, central Y and southern Z". */
    static List<PlaceMention> coordinated(SentenceView v, PlaceMention first) {
        List<PlaceMention> out = new ArrayList<>();
        PlaceMention prev = first;
        for (PlaceMention p : v.places()) {
            if (p.start() <= prev.start()) {
                continue;
            }
            String gap = v.text().substring(prev.end() - v.sentence().start(), p.start() - v.sentence().start());
            if (coarseness(p.place()) > 0 && !isCountry(p.place()) && WHERE_IT_LIES.matcher(gap).matches()) {
                prev = p; // "Taliqan, in the province of Takhar, and Sar-i-Pul": the province says where Taliqan lies
                continue;
            }
            if (!LIST_GAP.matcher(gap).matches() || isCountry(p.place())) {
                break;
            }
            out.add(p);
            prev = p;
        }
        return out;
    }

    private static final Pattern LIST_OPENER = Pattern.compile("\\b(?:including|among\\s+them|such\\s+as)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** "took a string of villages, including X, Y and Z": a place that opens a list of what the trigger took. */
    static boolean listed(SentenceView v, PlaceMention p) {
        return endsWith(v, p.start(), LIST_OPENER, 20);
    }

    private static final Pattern ACRONYM = Pattern.compile("\\(\\p{Lu}{2,6}\\)");

    /** Whether a clause boundary (comma, semicolon, dash, bracket) lies between two article offsets. */
    static boolean crossesClause(SentenceView v, int from, int to) {
        int a = Math.max(0, Math.min(from, to) - v.sentence().start());
        int b = Math.min(v.text().length(), Math.max(0, Math.max(from, to) - v.sentence().start()));
        // "the Border Guard Police (BGP) sector at X": an acronym in brackets closes no clause
        String between = ACRONYM.matcher(v.text().substring(a, Math.max(a, b))).replaceAll("");
        return between.matches("(?s).*[,;:()\u2014].*");
    }

    /** "about 15 kilometers from X", "45 km east of X", "90 km (55 miles) outside X": a place named only to measure a distance from. */
    private static final Pattern DISTANCE_BEFORE = Pattern.compile(
            "(?:\\d|\\b)(?:km|kilometers|kilometres|miles|mi)\\s+(?:\\([^)]{0,20}\\)\\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+)?"
                    + "(?:of|from|outside|away\\s+from|beyond|short\\s+of)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);

    /** "located north of X", "which lies between X and Y", "situated near X": a place named to say where another lies. */
    private static final Pattern LOCATED_BEFORE = Pattern.compile(
            "\\b(?:located|lies|lying|situated|sits)\\s+(?:\\w+\\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+of"
                    + "|near|outside|between|along)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);

    static boolean reference(SentenceView v, PlaceMention p) {
        return endsWith(v, p.start(), DISTANCE_BEFORE, 60) || endsWith(v, p.start(), LOCATED_BEFORE, 60);
    }

    /** Whether the {@code window} characters of the sentence before article offset {@code at} match {@code cue} (anchored at their end). */
    private static boolean endsWith(SentenceView v, int at, Pattern cue, int window) {
        int rel = at - v.sentence().start();
        return rel > 0 && cue.matcher(v.text().substring(Math.max(0, rel - window), rel)).find();
    }

    static boolean isCountry(Place p) {
        return "country".equals(p.precision());
    }

    /** "sources said on Sunday that ...", "a spokesman told AFP late on Monday": the time of a saying. */
    private static final Pattern SAID_ON = Pattern.compile(
            "\\b(?:said|says|saying|told\\s+(?:[\\w.]+\\s+){0,2}?|announced|reported|confirmed|stated|added|claimed)\\s+"
                    + "(?:(?:late|early)\\s+)?(?:on\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** Whether a time dates the report of the event ("said on Sunday") rather than the event: at most its last day. */
    static boolean saying(SentenceView v, TimeMention m) {
        return endsWith(v, m.start(), SAID_ON, 40);
    }

    /** The time nearest the trigger, preferring one in the same clause. */
    static TimeMention time(SentenceView v, Trigger t) {
        int ts = v.abs(t.start()), te = v.abs(t.end());
        TimeMention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (TimeMention m : v.times()) {
            int d = m.start() >= te ? m.start() - te : ts - m.end();
            if (saying(v, m) && crossesClause(v, m.start() >= te ? te : m.end(), m.start() >= te ? m.start() : ts)) {
                d += 150; // "seized X after battling the army, witnesses said, despite saying last week ...": another clause's saying
            }
            if (d < bestScore) {
                bestScore = d;
                best = m;
            }
        }
        return best == null ? null : restated(v, best);
    }

    /** "this morning (Monday 23 March)": a date in brackets right after a time restates it exactly. */
    private static TimeMention restated(SentenceView v, TimeMention m) {
        int base = v.abs(0);
        for (TimeMention n : v.times()) {
            if (n.start() > m.end() && n.start() - m.end() <= 3
                    && v.text().substring(m.end() - base, n.start() - base).contains("(")) {
                return n;
            }
        }
        return m;
    }
}
