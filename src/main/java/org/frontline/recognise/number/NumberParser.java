package org.frontline.recognise.number;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a count written the ways news copy writes it: "45,000", "1.5 million", "forty",
 * "twenty-five", "two hundred thousand", "a dozen", and vague plurals by ACLED's convention
 * ("dozens" = 12, "hundreds" = 100; see number/vague.tsv). Anything else, including values
 * that do not fit a long or are not whole, is empty: never an exception.
 */
public final class NumberParser {
    /** Compiled once (String.replaceAll compiles per call): parse runs for every number in a report. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_OF = Pattern.compile(" of$");

    private static final int MAX_LENGTH = 80;
    private static final Pattern DIGITS = Pattern.compile(
            "(?<int>\\d{1,3}(?:,\\d{3})+|\\d{1,19})(?:\\.(?<frac>\\d{1,6}))?"
                    + "(?:\\s*(?<scale>million|billion|thousand|hundred|mn|m|bn|k))?");

    private NumberParser() {
    }

    public static OptionalLong parse(String s) {
        if (s == null || s.isBlank() || s.length() > MAX_LENGTH) {
            return OptionalLong.empty();
        }
        String text = TRAILING_OF.matcher(SPACES.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll("");
        Long vague = NumberWords.get().vague.get(text);
        if (vague != null) {
            return OptionalLong.of(vague);
        }
        Matcher m = DIGITS.matcher(text);
        if (m.matches()) {
            return digits(m);
        }
        return words(text);
    }

    private static OptionalLong digits(Matcher m) {
        String number = m.group("int").replace(",", "") + (m.group("frac") == null ? "" : "." + m.group("frac"));
        BigDecimal value = new BigDecimal(number).multiply(BigDecimal.valueOf(scale(m.group("scale"))));
        try {
            return OptionalLong.of(value.stripTrailingZeros().longValueExact());
        } catch (ArithmeticException notWholeOrTooBig) {
            return OptionalLong.empty();
        }
    }

    private static long scale(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word) {
            case "hundred" -> 100L;
            case "thousand", "k" -> 1_000L;
            case "million", "mn", "m" -> 1_000_000L;
            default -> 1_000_000_000L;
        };
    }

    /** "two hundred and fifty thousand": units and tens add, "hundred" multiplies, scales close. */
    private static OptionalLong words(String text) {
        if (text.startsWith("-") || text.endsWith("-")) {
            return OptionalLong.empty();
        }
        String[] tokens = text.replaceFirst("^an? (?=hundred|thousand|million|billion)", "one ").split("[\\s-]+");
        long total = 0;
        long group = 0;
        boolean any = false;
        long lastScale = Long.MAX_VALUE;
        try {
            for (String token : tokens) {
                if (token.equals("and") && any) {
                    continue;
                }
                NumberWords.Word w = NumberWords.get().words.get(token);
                if (w == null) {
                    return OptionalLong.empty();
                }
                any = true;
                switch (w.role()) {
                    case UNIT, TEN -> group = Math.addExact(group, w.value());
                    case HUNDRED -> group = Math.multiplyExact(Math.max(group, 1), w.value());
                    case SCALE -> {
                        // scales descend ("two million three hundred thousand"); anything else is not a number
                        if (w.value() >= lastScale) {
                            return OptionalLong.empty();
                        }
                        lastScale = w.value();
                        total = Math.addExact(total, Math.multiplyExact(Math.max(group, 1), w.value()));
                        group = 0;
                    }
                }
            }
            return any ? OptionalLong.of(Math.addExact(total, group)) : OptionalLong.empty();
        } catch (ArithmeticException overflow) {
            return OptionalLong.empty();
        }
    }
}
