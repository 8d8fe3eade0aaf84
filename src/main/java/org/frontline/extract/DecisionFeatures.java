package org.frontline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.recognise.text.Sentence;

/**
 * What the decision layer judges a proposed event on: binary features of its trigger, its slots,
 * where its sentence stands in the report and the words around it. Names are stable strings, so a
 * trained model is a readable table of them. Nothing here names a report, a place or an actor.
 */
public final class DecisionFeatures {
    /** Each cue's literal filter: a cue is tried only where its words can start. */
    private static final java.util.Map<Pattern, org.frontline.match.Prefilter> FILTERS = new java.util.HashMap<>();
    private static final Pattern FUTURE = cue("will|would|could|might|may|plans?\\s+to|planning|threat\\w*|vow\\w*"
            + "|aims?\\s+to|expected\\s+to|likely|prepar\\w+\\s+(?:for|to)|warn\\w*");
    private static final Pattern BACKGROUND = cue("since|ago|last\\s+(?:year|month|summer|winter|spring|autumn|week)"
            + "|earlier\\s+this|previous\\w*|former\\w*|(?:19|20)\\d\\d|began|history|once|years?|months");
    private static final Pattern PLUPERFECT = cue("had\\s+(?:been\\s+)?\\w+(?:ed|en|ght|ck|ld)");
    private static final Pattern ONGOING = cue("(?:is|are|were|was)\\s+\\w+ing|continu\\w+|ongoing|still|persist\\w*");
    private static final Pattern SAID = cue("said|says|told|according\\s+to|stated|announced|added");
    private static final Pattern HEDGE = cue("allegedly|reportedly|unconfirmed|could\\s+not\\s+(?:be\\s+)?(?:independently\\s+)?verif\\w+"
            + "|claim\\w*|denied|accus\\w+|rumou?r\\w*");
    private static final Pattern NEGATION = cue("no|not|never|without|neither|nor|n't|failed\\s+to|deny|denies");
    private static final Pattern CONDITION = cue("if|unless|whether|in\\s+case");
    private static final Pattern SUBORDINATE = cue("after|following|before|amid|during|when|while|as");
    private static final Pattern GENERAL = cue("frequent\\w*|often|regular\\w*|repeated\\w*|series|dozens|hundreds"
            + "|campaign|war|conflict|insurgency");
    private static final Pattern TODAY = cue("today|tonight|yesterday|overnight|this\\s+morning|on\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day");

    private final TriggerLexicon lexicon = new TriggerLexicon();

    private static Pattern cue(String words) {
        Pattern p = Pattern.compile("(?<![\\w'])(?:" + words + ")(?![\\w'])", Pattern.CASE_INSENSITIVE);
        FILTERS.put(p, org.frontline.match.Prefilter.of(p));
        return p;
    }

    /** The features of each event, in the events' order. */
    public List<List<String>> of(Article article, List<Sentence> sentences, List<Event> events) {
        List<List<String>> out = new ArrayList<>(events.size());
        java.util.Map<String, List<Trigger>> triggers = new java.util.HashMap<>(); // merged events share sentences
        for (Event e : events) {
            List<String> f = of(article, sentences, events.size(), e, triggers);
            // the story's other proposals: an event among several of its kind, or told in a sentence that yields others
            long sameType = events.stream().filter(o -> o.type() == e.type()).count();
            f.add("sameType=" + (sameType == 1 ? "1" : sameType <= 3 ? "2-3" : "4+"));
            long siblings = events.stream().filter(o -> o != e && o.evidence().startsWith(first(e.evidence()))).count();
            f.add("siblings=" + Math.min(2, siblings));
            out.add(f);
        }
        return out;
    }

    /** The first 40 characters of the evidence: enough to tell which sentence it starts with. */
    private static String first(String evidence) {
        return evidence.substring(0, Math.min(40, evidence.length()));
    }

    private List<String> of(Article article, List<Sentence> sentences, int docEvents, Event e,
                            java.util.Map<String, List<Trigger>> found) {
        List<String> f = new ArrayList<>();
        String type = e.type().label();
        f.add("type=" + type);
        // the sentence the event was first read from, and how many the merged event spans
        Sentence first = null;
        int mentions = 0;
        for (Sentence s : sentences) {
            if (s.text().length() >= 12 && e.evidence().contains(s.text())) {
                first = first == null ? s : first;
                mentions++;
            }
        }
        String text = first != null ? first.text() : e.evidence();
        f.add("mentions=" + Math.min(3, Math.max(1, mentions)));
        int index = first == null ? -1 : first.index();
        f.add("sent=" + bucket(index, 0, 1, 2, 4, 8, 16));
        if (first != null && first.paragraph() == 0) {
            f.add("para0");
        }
        if (index >= 0 && sentences.size() > 4) {
            f.add("relpos=" + Math.min(3, 4 * index / sentences.size()));
        }
        if (index == 0 && !text.strip().matches("(?s).*[.!?\"”’]$")) {
            f.add("headline"); // a title run into the text: no closing stop
        }
        f.add("docEvents=" + bucket(docEvents, 1, 2, 4, 8, 16));
        f.add("words=" + bucket(text.split("\\s+").length, 0, 12, 25, 40, 60));
        // the trigger: the words the rules read the event from
        int ts = -1;
        String trigger = "?";
        List<Trigger> triggers = found.computeIfAbsent(text, lexicon::find);
        Trigger t = triggers.stream().filter(x -> x.type() == e.type()).findFirst()
                .orElse(triggers.isEmpty() ? null : triggers.get(0));
        if (t != null) {
            ts = t.start();
            trigger = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
            f.add("trigPos=" + Math.min(2, 3 * ts / Math.max(1, text.length())));
        }
        f.add("trigger=" + trigger);
        f.add("triggers=" + Math.min(3, triggers.size()));
        // slots
        f.add(e.actor1().isEmpty() ? "a1=none" : e.actor1().size() > 1 ? "a1=several" : "a1=one");
        f.add(e.actor2().isEmpty() ? "a2=none" : "a2=some");
        if (e.actor2().contains("civilians")) {
            f.add("a2=civilians");
        }
        if (e.route() != null) {
            f.add("route");
        }
        if (e.place() == null) {
            f.add("place=none");
        } else {
            f.add("prec=" + e.place().precision());
            f.add(e.place().geonamesId() != null ? "place=gazetteer" : "place=introduced");
            int at = indexOfWord(text, e.place().name());
            if (at < 0) {
                f.add("place=elsewhere"); // from the paragraph, the story's focus or a pointer back
            } else {
                f.add("place=inSentence");
                if (ts >= 0) {
                    f.add("placeDist=" + bucket(Math.abs(at - ts), 0, 20, 60, 150));
                    f.add(at < ts ? "place=beforeTrigger" : "place=afterTrigger");
                }
            }
            String head = article.text().substring(0, Math.min(60, article.text().length()));
            if (indexOfWord(head, e.place().name()) >= 0) {
                f.add("place=inDateline");
            }
            int named = count(article.text(), e.place().name());
            f.add("placeNamed=" + (named == 0 ? "0" : named == 1 ? "1" : named <= 3 ? "2-3" : "4+"));
        }
        // the date as the text tells it: never the publication date, so an undated report keeps what a dated one keeps
        f.add(e.dateText() == null ? "date=publication" : "date=" + dateWords(e.dateText()));
        f.add("status=" + e.status().label());
        f.add(e.sources().isEmpty() ? "sources=none" : "sources=some");
        if (e.fatalities() != null) {
            f.add(e.fatalities() >= 10 ? "fatal=10+" : "fatal=some");
        }
        if (e.displaced() != null) {
            f.add("displaced");
        }
        // the words of the sentence: tense, attribution, negation, generality
        cue(f, "future", FUTURE, text);
        cue(f, "background", BACKGROUND, text);
        cue(f, "pluperfect", PLUPERFECT, text);
        cue(f, "ongoing", ONGOING, text);
        cue(f, "said", SAID, text);
        cue(f, "hedge", HEDGE, text);
        cue(f, "negation", NEGATION, text);
        cue(f, "condition", CONDITION, text);
        cue(f, "general", GENERAL, text);
        cue(f, "today", TODAY, text);
        if (ts > 0 && SUBORDINATE.matcher(text.substring(Math.max(0, ts - 40), ts)).find()) {
            f.add("cue=subordinate"); // "after the army retook X, ...": told as the setting of something else
        }
        if (text.indexOf('"') >= 0 || text.indexOf('“') >= 0) {
            f.add("quote");
        }
        if (text.indexOf('?') >= 0) {
            f.add("question");
        }
        return f;
    }

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b|\\byears?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b|\\bmonths?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAYS = Pattern.compile("\\b(?:\\w+day|tonight|overnight|morning|evening|night|hours?|\\d{1,2}(?:st|nd|rd|th)?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** How precise a date phrase is: days ("on Tuesday", "5 May 2019"), a month ("last month"), a year ("in 2014"). */
    private static String dateWords(String phrase) {
        return DAYS.matcher(phrase).find() ? "days" : MONTH.matcher(phrase).find() ? "month"
                : YEAR.matcher(phrase).find() ? "year" : "other";
    }

    private static void cue(List<String> f, String name, Pattern p, String text) {
        if (FILTERS.get(p).find(text, org.frontline.match.Folded.of(text))) {
            f.add("cue=" + name);
        }
    }

    /** The smallest bound the value is under, as a label ("<12"), or the last bound and over. */
    private static String bucket(int value, int... bounds) {
        if (value < bounds[0]) {
            return "none";
        }
        for (int i = 1; i < bounds.length; i++) {
            if (value < bounds[i]) {
                return bounds[i - 1] + (bounds[i] - bounds[i - 1] > 1 ? "-" + (bounds[i] - 1) : "");
            }
        }
        return bounds[bounds.length - 1] + "+";
    }

    /** How often the word stands in the text, up to four; case-insensitive, between non-letters. */
    private static int count(String text, String word) {
        int n = 0;
        for (int at = indexOfWord(text, word, 0); at >= 0 && n < 4; at = indexOfWord(text, word, at + 1)) {
            n++;
        }
        return n;
    }

    private static int indexOfWord(String text, String word) {
        return indexOfWord(text, word, 0);
    }

    /** A plain scan rather than a pattern per place: this runs for every proposal of every report. */
    private static int indexOfWord(String text, String word, int from) {
        int last = text.length() - word.length();
        char first = word.isEmpty() ? 0 : word.charAt(0);
        boolean ascii = first < 128 && !word.isEmpty();
        for (int i = from; i <= last; i++) {
            char c = text.charAt(i);
            if (ascii && c < 128 && (c | 0x20) != (first | 0x20) && c != first) {
                continue; // cheaper than regionMatches: the first letters already differ
            }
            if (text.regionMatches(true, i, word, 0, word.length())
                    && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (i == last || !Character.isLetter(text.charAt(i + word.length())))) {
                return i;
            }
        }
        return -1;
    }
}
