package org.frontline.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date many news sites write into article URLs: {@code /2015/01/22/}, {@code /2014/jun/12/},
 * {@code /2018-07/06/}, {@code /20150122/}. It is the filing date, so it only stands in when
 * the page states none.
 */
final class UrlDate {
    private static final Pattern NUMERIC = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|[-_.])");
    private static final Pattern NAMED = Pattern.compile("/((?:19|20)\\d\\d)/([a-z]{3})[a-z]*/(\\d{1,2})(?:/|$)");
    private static final Pattern COMPACT = Pattern.compile("/((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:/|$|[-_.])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private UrlDate() {
    }

    static LocalDate of(String url) {
        if (url == null) {
            return null;
        }
        String u = url.toLowerCase(Locale.ROOT);
        Matcher m = NUMERIC.matcher(u);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = NAMED.matcher(u);
        if (m.find() && MONTHS.containsKey(m.group(2))) {
            return date(m.group(1), MONTHS.get(m.group(2)), m.group(3));
        }
        m = COMPACT.matcher(u);
        return m.find() ? date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : null;
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
