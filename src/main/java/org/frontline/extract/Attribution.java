package org.frontline.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.model.Status;
import org.frontline.recognise.actor.ActorKind;
import org.frontline.recognise.actor.ActorMention;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;

/**
 * Who a sentence attributes its content to, and with what confidence: a monitor's or outlet's
 * word is {@code reported}, a party's (its media, commanders, ministries) is {@code claimed},
 * and text that says it is alleged or unverifiable is {@code unverified}.
 */
record Attribution(List<String> sources, Status status) {
    private static final Pattern SPEECH_AFTER = Pattern.compile(
            "^[^.;:]{0,40}?\\b(?:said|says|say|told|reported|reports|report|claimed|claims|claim|announced|announces|"
                    + "stated|confirmed|confirms|insisted|insists|added|quoted|cited|showed|shows|published)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEECH_BEFORE = Pattern.compile(
            "\\b(?:according\\s+to|said|says|reported\\s+by|cited|quoting|citing|by)\\s+(?:the\\s+|a\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTY_SPEAKER = Pattern.compile(
            "\\b(?:spokesman|spokeswoman|spokesperson|commander|minister|ministry|statement|official|officials|"
                    + "governor|general|lawmaker|military\\s+source|army\\s+chief|chief\\s+of\\s+staff|president|prime\\s+minister|"
                    + "state\\s+(?:tv|television|media|news\\s+agency))\\b[^.]{0,80}\\b(?:said|says|claimed|claims|announced|told|insisted|denied)\\b"
                    + "|\\b(?:said|says|claimed|announced)\\b[^.]{0,20}\\b(?:spokesman|commander|minister|ministry|official|statement)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNVERIFIED = Pattern.compile(
            "\\b(?:allegedly|alleged|purportedly|purported|unverified|unconfirmed|could\\s+not\\s+(?:be\\s+)?(?:independently\\s+)?"
                    + "(?:verif\\w*|confirm\\w*)|cannot\\s+be\\s+(?:independently\\s+)?(?:verified|confirmed)|"
                    + "not\\s+(?:be\\s+)?(?:independently\\s+)?(?:verified|confirmed)|impossible\\s+to\\s+(?:verify|confirm))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Prefilter PARTY_SPEAKERS = Prefilter.of(PARTY_SPEAKER);
    private static final Prefilter UNVERIFIED_WORDS = Prefilter.of(UNVERIFIED);

    /** Event and control extraction both read each sentence's attribution. */
    private record Key(String sentence, int sentenceStart, List<ActorMention> actors) {
    }

    private static final org.frontline.pipeline.Recent<Key, Attribution> RECENT = new org.frontline.pipeline.Recent<>(256);

    static Attribution of(String sentence, int sentenceStart, List<ActorMention> actors) {
        return RECENT.get(new Key(sentence, sentenceStart, actors), k -> read(sentence, sentenceStart, actors));
    }

    private static Attribution read(String sentence, int sentenceStart, List<ActorMention> actors) {
        Set<String> sources = new LinkedHashSet<>();
        boolean party = false;
        boolean monitor = false;
        for (ActorMention a : actors) {
            int s = a.start() - sentenceStart, e = a.end() - sentenceStart;
            boolean speaks = SPEECH_AFTER.matcher(sentence).region(e, sentence.length()).find()
                    || SPEECH_BEFORE.matcher(Tail.of(sentence, s, 5)).find();
            if (a.kind() == ActorKind.MONITOR || a.kind() == ActorKind.MEDIA) {
                if (speaks || a.kind() == ActorKind.MEDIA) {
                    sources.add(a.canonical());
                    monitor |= a.kind() == ActorKind.MONITOR;
                    party |= a.kind() == ActorKind.MEDIA;
                }
            } else if (speaks && saidDirectly(sentence, e) && a.kind() != ActorKind.CIVILIANS) {
                sources.add(a.canonical());
                party |= a.kind() == ActorKind.PARTY;
                monitor |= a.kind() == ActorKind.ORG;
            }
        }
        Status status;
        Folded folded = Folded.of(sentence);
        if (UNVERIFIED_WORDS.find(sentence, folded)) {
            status = Status.UNVERIFIED;
        } else if (party && !monitor) {
            status = Status.CLAIMED;
        } else if (!monitor && PARTY_SPEAKERS.find(sentence, folded)) {
            status = Status.CLAIMED;
        } else {
            status = Status.REPORTED;
        }
        return new Attribution(List.copyOf(sources), status);
    }

    /** "IS said", "the army said in a statement": the speech verb follows the actor closely. */
    private static boolean saidDirectly(String sentence, int end) {
        return SAID_DIRECTLY.matcher(sentence).region(end, sentence.length()).find();
    }

    private static final Pattern SAID_DIRECTLY = Pattern.compile("^\\s*(?:\\w+\\s+){0,3}?(?:said|says|claimed|claims|"
            + "announced|insisted|insists|denied|confirmed|stated)\\b", Pattern.CASE_INSENSITIVE);

    /** Sources and the weaker status of two attributions, for a sentence that continues the previous one. */
    Attribution or(Attribution previous) {
        if (!sources.isEmpty() || previous == null) {
            return this;
        }
        return new Attribution(previous.sources, status == Status.REPORTED ? previous.status : status);
    }
}
