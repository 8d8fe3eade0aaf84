package org.frontline.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a regular expression and works out a set of literals at least one of which every match
 * must contain, in {@link Folded} form (lower case, every digit as {@code 0}). Understands the
 * constructs our lexicons use (groups, alternation, quantifiers, classes, lookaround, inline
 * flags); for anything else (back-references, hex escapes) it proves nothing, and the
 * pattern then runs everywhere. Never wrong, only sometimes unhelpful: an optional part or a class
 * of letters contributes no literal.
 */
final class RequiredLiterals {

    /**
     * What a parsed piece guarantees: exactly this literal text, or a set one of which occurs; and
     * the literals one of which every non-empty match of it starts with ({@code lead}, null when
     * unknown), with whether it may match nothing at all ({@code nullable}).
     */
    private record Piece(String literal, Set<String> required, boolean zeroWidth, Set<String> lead, boolean nullable) {
        static final Piece NOTHING = new Piece(null, null, false, null, false);
        static final Piece ZERO_WIDTH = new Piece(null, null, true, null, true);

        static Piece literal(String s) {
            return new Piece(s, null, false, s.isEmpty() ? Set.of() : Set.of(s), s.isEmpty());
        }

        Set<String> asSet() {
            return literal != null ? (literal.isEmpty() ? null : Set.of(literal)) : required;
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private final String re;
    private int i;

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /** The literals, or empty when no set can be shown (some match may contain none of them). */
    static Optional<Set<String>> of(String regex) {
        return parse(regex).map(Piece::asSet);
    }

    /**
     * The literals one of which every match starts with (after look-arounds and boundaries), or
     * empty when that cannot be shown (or the pattern may match the empty string): a match can
     * then only begin where one of them occurs.
     */
    static Optional<Set<String>> leading(String regex) {
        if (regex.contains("\\G")) {
            return Optional.empty(); // the end of the previous match: a region would move it
        }
        return parse(regex).filter(p -> !p.nullable() && p.lead() != null && !p.lead().isEmpty()
                && p.lead().stream().noneMatch(String::isEmpty)).map(Piece::lead);
    }

    private static Optional<Piece> parse(String regex) {
        RequiredLiterals p = new RequiredLiterals(regex);
        try {
            Piece top = p.alternation();
            return p.i != regex.length() ? Optional.empty() : Optional.of(top);
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private Piece alternation() {
        List<Piece> branches = new ArrayList<>();
        branches.add(sequence());
        while (i < re.length() && re.charAt(i) == '|') {
            i++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> union = new LinkedHashSet<>();
        Set<String> lead = new LinkedHashSet<>();
        boolean nullable = false;
        for (Piece b : branches) {
            Set<String> s = b.asSet();
            union = s == null || union == null ? null : union;
            if (union != null) {
                union.addAll(s);
            }
            lead = b.lead() == null || lead == null ? null : lead;
            if (lead != null) {
                lead.addAll(b.lead());
            }
            nullable |= b.nullable();
        }
        return new Piece(null, union, false, lead, nullable);
    }

    private Piece sequence() {
        StringBuilder run = new StringBuilder();
        List<Set<String>> candidates = new ArrayList<>();
        boolean pureLiteral = true;
        Lead lead = new Lead();
        while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
            Piece p = quantified(atom());
            if (p.zeroWidth()) {
                continue; // consumes nothing: the literals either side stay adjacent
            }
            lead.add(p);
            if (p.literal() != null) {
                run.append(p.literal());
                continue;
            }
            pureLiteral = false;
            flush(run, candidates);
            if (p.required() != null) {
                candidates.add(p.required());
            }
        }
        if (pureLiteral) {
            return Piece.literal(run.toString());
        }
        flush(run, candidates);
        lead.close();
        return new Piece(null, best(candidates), false, lead.unknown ? null : lead.set, lead.open);
    }

    /**
     * How a sequence's matches start, read piece by piece: the pieces that may match nothing add
     * their starts and let the next one add its own; a literal run at the front grows as one text.
     */
    private static final class Lead {
        final Set<String> set = new LinkedHashSet<>();
        final StringBuilder run = new StringBuilder();
        boolean open = true; // nothing that must consume has been read yet
        boolean unknown;

        void add(Piece p) {
            if (!open) {
                return;
            }
            if (p.literal() != null) {
                run.append(p.literal());
            } else if (run.length() > 0) {
                close();
            } else if (p.lead() == null) {
                unknown = true;
                open = false;
            } else {
                set.addAll(p.lead());
                open = p.nullable();
            }
        }

        void close() {
            if (open && run.length() > 0) {
                set.add(run.toString());
                open = false;
            }
        }
    }

    private static void flush(StringBuilder run, List<Set<String>> candidates) {
        if (run.length() > 0) {
            candidates.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    /** Any candidate is a valid answer; the one whose shortest literal is longest filters best. */
    private static Set<String> best(List<Set<String>> candidates) {
        Set<String> best = null;
        int bestMin = -1;
        for (Set<String> c : candidates) {
            int min = c.stream().mapToInt(String::length).min().orElse(0);
            if (min > bestMin || (min == bestMin && c.size() < best.size())) {
                best = c;
                bestMin = min;
            }
        }
        return best;
    }

    private Piece quantified(Piece atom) {
        if (i >= re.length()) {
            return atom;
        }
        int min;
        char c = re.charAt(i);
        if (c == '?' || c == '*') {
            min = 0;
            i++;
        } else if (c == '+') {
            min = 1;
            i++;
        } else if (c == '{' && i + 1 < re.length() && Character.isDigit(re.charAt(i + 1))) {
            int close = re.indexOf('}', i);
            String[] bounds = re.substring(i + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0]);
            boolean exactlyOne = min == 1 && bounds.length == 1;
            i = close + 1;
            if (exactlyOne) {
                skipModifier();
                return atom;
            }
        } else {
            return atom;
        }
        skipModifier();
        if (atom.zeroWidth()) {
            return atom;
        }
        // a repeated piece still contains what one copy does, but no longer stands as exact text
        return new Piece(null, min == 0 ? null : atom.asSet(), false, atom.lead(), min == 0 || atom.nullable());
    }

    private void skipModifier() {
        if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
            i++;
        }
    }

    private Piece atom() {
        char c = re.charAt(i++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return charClass();
            case '\\':
                return escape();
            case '.':
                return Piece.NOTHING;
            case '^':
            case '$':
                return Piece.ZERO_WIDTH;
            default:
                return Piece.literal(String.valueOf(Folded.fold(c)));
        }
    }

    private Piece group() {
        boolean lookaround = false;
        boolean flagsOnly = false;
        if (re.charAt(i) == '?') {
            i++;
            char k = re.charAt(i);
            if (k == ':' || k == '>') {
                i++;
            } else if (k == '=' || k == '!') {
                i++;
                lookaround = true;
            } else if (k == '<' && (re.charAt(i + 1) == '=' || re.charAt(i + 1) == '!')) {
                i += 2;
                lookaround = true;
            } else if (k == '<') {
                i = re.indexOf('>', i) + 1; // named group
            } else {
                while (Character.isLetter(re.charAt(i)) || re.charAt(i) == '-') {
                    if (re.charAt(i) == 'x') {
                        throw new Unsupported("comments at " + i); // spaces would no longer be literal
                    }
                    i++;
                }
                if (re.charAt(i) == ')') {
                    flagsOnly = true;
                } else if (re.charAt(i) == ':') {
                    i++;
                } else {
                    throw new Unsupported("group at " + i);
                }
            }
        }
        Piece inner = flagsOnly ? Piece.ZERO_WIDTH : alternation();
        if (re.charAt(i) != ')') {
            throw new Unsupported("unclosed group at " + i);
        }
        i++;
        return lookaround ? Piece.ZERO_WIDTH : inner;
    }

    /**
     * A class of digits only ("[0-9]", "[12]") is one folded digit, and one of plain characters that
     * all fold alike ("[Tt]") that folded character; any other class is unknown.
     */
    private Piece charClass() {
        int start = i;
        int depth = 1;
        boolean digitsOnly = re.charAt(i) != '^';
        boolean plain = digitsOnly;
        Set<Character> folded = new HashSet<>();
        if (re.charAt(i) == ']') {
            i++; // a leading ] is a member
            digitsOnly = false;
            plain = false;
        }
        while (depth > 0) {
            char c = re.charAt(i++);
            if (c == '\\') {
                digitsOnly = false;
                plain = false;
                i++;
            } else if (c == '[') {
                depth++;
                digitsOnly = false;
                plain = false;
            } else if (c == ']') {
                depth--;
            } else {
                digitsOnly &= Character.isDigit(c) || c == '-';
                plain &= Character.isLetter(c) && c < 128 && c != '&';
                folded.add(Folded.fold(c));
            }
        }
        if (digitsOnly && i - 1 > start) {
            return Piece.literal("0");
        }
        return plain && folded.size() == 1 ? Piece.literal(String.valueOf(folded.iterator().next())) : Piece.NOTHING;
    }

    /** {@code \Q...\E}: everything up to {@code \E} (or the end) is literal text. */
    private Piece quoted() {
        int end = re.indexOf("\\E", i);
        String text = end < 0 ? re.substring(i) : re.substring(i, end);
        i = end < 0 ? re.length() : end + 2;
        return Piece.literal(Folded.of(text).text());
    }

    private Piece escape() {
        char c = re.charAt(i++);
        switch (c) {
            case 'd':
                return Piece.literal("0");
            case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                return Piece.ZERO_WIDTH;
            case 's': case 'S': case 'w': case 'W': case 'D': case 'h': case 'H': case 'v': case 'V': case 'R': case 'X':
                return Piece.NOTHING;
            case 'p': case 'P':
                if (re.charAt(i) == '{') {
                    i = re.indexOf('}', i) + 1;
                } else {
                    i++;
                }
                return Piece.NOTHING;
            case 'n':
                return Piece.literal("\n");
            case 't':
                return Piece.literal("\t");
            case 'r':
                return Piece.literal("\r");
            case 'f':
                return Piece.literal("\f");
            case 'Q':
                return quoted();
            default:
                if (Character.isLetterOrDigit(c)) {
                    throw new Unsupported("escape \\" + c);
                }
                return Piece.literal(String.valueOf(Folded.fold(c)));
        }
    }
}
