package org.frontline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentence forms that state who holds a place, from {@code extract/control.tsv}. A form's
 * regex runs on a sentence whose mentions are tokens ({@link MaskedSentence}): {@code {A}} an
 * armed actor, {@code {P}} the place the form is about, {@code {X}} any other place, {@code {B}} a
 * besieger.
 */
final class ControlForms {
    enum Kind { HOLDS, TAKES, CONTEST, OUTSIDE, BESIEGER }

    /**
     * @param townOnly   the place must be a town, not a province ("a stronghold of X in Y")
     * @param regionOnly the place must be a province or region ("X-held areas in Y")
     */
    record Form(Kind kind, Pattern pattern, boolean townOnly, boolean regionOnly,
                org.frontline.match.Prefilter gate) {
        Form(Kind kind, Pattern pattern, boolean townOnly, boolean regionOnly) {
            // the form runs only on sentences holding a literal every match needs (org.frontline.match)
            this(kind, pattern, townOnly, regionOnly, org.frontline.match.Prefilter.of(pattern));
        }
    }

    private static final ControlForms STANDARD = parse(Resources.lines("/extract/control.tsv"));

    final List<Form> forms;
    final Pattern past;
    final Pattern adjective;
    final Pattern anaphor;
    final Pattern lost;
    final Pattern placeAnaphor;
    final Pattern landmark;
    /** Words just before a holder that say its place is besieged ("the besieged rebel-held town"). */
    final Pattern besieged;
    /** The word before an {@link #adjective} ("rebel" in "rebel-held"). */
    final Pattern adjectiveWord;
    /** False where no adjective, so no adjective word, can occur. */
    final org.frontline.match.Prefilter adjectiveGate;

    private ControlForms(List<Form> forms, Pattern past, Pattern adjective, Pattern anaphor, Pattern lost,
                         Pattern placeAnaphor, Pattern landmark, Pattern besieged) {
        this.forms = List.copyOf(forms);
        this.past = past;
        this.adjective = adjective;
        this.anaphor = anaphor;
        this.lost = lost;
        this.placeAnaphor = placeAnaphor;
        this.landmark = landmark;
        this.besieged = besieged;
        this.adjectiveWord = Pattern.compile("([\\p{L}][\\p{L}'’.]*)[- ](?=" + adjective.pattern() + "\\b)",
                Pattern.CASE_INSENSITIVE);
        // the word pattern's literals sit in a look-ahead, which proves nothing: gate on the adjective's own
        this.adjectiveGate = org.frontline.match.Prefilter.of(adjective);
    }

    /**
     * False when no form can match the sentence: masking only replaces names with tokens, so a
     * literal every match needs is in the masked sentence only if it is in the plain one.
     */
    boolean anyMayMatch(org.frontline.match.Folded plain) {
        for (Form f : forms) {
            if (f.gate().mayMatch(plain)) {
                return true;
            }
        }
        return false;
    }

    static ControlForms standard() {
        return STANDARD;
    }

    static ControlForms parse(List<String> lines) {
        List<Form> forms = new ArrayList<>();
        Pattern past = Pattern.compile("(?!)"), adjective = Pattern.compile("(?!)"), anaphor = Pattern.compile("(?!)");
        Pattern lost = Pattern.compile("(?!)"), placeAnaphor = Pattern.compile("(?!)"), landmark = Pattern.compile("(?!)");
        Pattern besieged = Pattern.compile("(?!)");
        for (String line : lines) {
            String[] cols = line.split("\t", 2);
            if (cols.length != 2) {
                throw new IllegalArgumentException("control.tsv: want kind<TAB>regex: " + line);
            }
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            switch (cols[0]) {
                case "past" -> past = Pattern.compile(cols[1], flags);
                case "adjective" -> adjective = Pattern.compile(cols[1], flags);
                case "anaphor" -> anaphor = Pattern.compile(cols[1], flags);
                case "lost" -> lost = Pattern.compile(cols[1], flags);
                case "place" -> placeAnaphor = Pattern.compile(cols[1], flags);
                case "landmark" -> landmark = Pattern.compile(cols[1], flags);
                case "besieged" -> besieged = Pattern.compile(cols[1], flags);
                default -> {
                    String[] kind = cols[0].split(":");
                    forms.add(new Form(Kind.valueOf(kind[0].toUpperCase(java.util.Locale.ROOT)),
                            Pattern.compile(tokens(cols[1]), flags), kind.length > 1 && kind[1].equals("town"),
                            kind.length > 1 && kind[1].equals("region")));
                }
            }
        }
        return new ControlForms(forms, past, adjective, anaphor, lost, placeAnaphor, landmark, besieged);
    }

    /** {@code {A}}, {@code {P}}, {@code {X}} as the token patterns of {@link MaskedSentence}. */
    static String tokens(String regex) {
        return regex.replace("{A}", MaskedSentence.OPEN + "A(?<a>\\d+)" + MaskedSentence.CLOSE)
                .replace("{P}", MaskedSentence.OPEN + "P(?<p>\\d+)" + MaskedSentence.CLOSE)
                .replace("{B}", MaskedSentence.OPEN + "A(?<b>\\d+)" + MaskedSentence.CLOSE)
                .replace("{X}", MaskedSentence.OPEN + "P\\d+" + MaskedSentence.CLOSE);
    }
}
