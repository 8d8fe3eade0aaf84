package org.frontline.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title from a page's {@code <title>}, without the site's part: "Ferry back | Harbour
 * News" gives "Ferry back", "Harbour News: Ferry service resumes on the island" gives the part after
 * the colon, a title too short or too long to be a headline gives way to the page's only
 * {@code <h1>}. Readability's rules; a cut that would leave four words or fewer is not made unless
 * it only took off the site's part.
 */
final class TitleReader {

    private static final String SEPARATORS = "|\\-–—\\\\/>»";
    private static final Pattern SEPARATOR = Pattern.compile(" [" + SEPARATORS + "] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern FIRST_PART = Pattern.compile("^[^" + SEPARATORS + "]*[" + SEPARATORS + "]");
    private static final Pattern ALL_SEPARATORS = Pattern.compile("[" + SEPARATORS + "]+");
    private static final int SHORT = 15;
    private static final int LONG = 150;

    private TitleReader() {
    }

    /** Null when the page has no title and no single h1. */
    static String read(Document doc) {
        String original = doc.title().strip();
        String title = original;
        boolean hierarchical = false;
        Matcher sep = SEPARATOR.matcher(title);
        if (sep.find()) {
            hierarchical = HIERARCHICAL.matcher(title).find();
            int last = sep.start();
            while (sep.find()) {
                last = sep.start();
            }
            title = original.substring(0, last);
            if (words(title) < 3) {
                title = FIRST_PART.matcher(original).replaceFirst("");
            }
        } else if (title.contains(": ")) {
            boolean heading = false;
            for (Element h : doc.select("h1, h2")) {
                heading |= h.text().strip().equals(title.strip());
            }
            if (!heading) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (words(title) < 3) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
                    title = original;
                }
            }
        } else if (title.length() > LONG || title.length() < SHORT) {
            var h1 = doc.getElementsByTag("h1");
            if (h1.size() == 1) {
                title = h1.get(0).text();
            }
        }
        title = title.strip().replaceAll("\\s{2,}", " ");
        int count = words(title);
        if (count <= 4 && (!hierarchical || count != words(ALL_SEPARATORS.matcher(original).replaceAll("")) - 1)) {
            title = original;
        }
        return title.isBlank() ? null : title;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 1 : t.split("\\s+").length;
    }
}
