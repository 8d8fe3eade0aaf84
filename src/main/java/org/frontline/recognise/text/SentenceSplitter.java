package org.frontline.recognise.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits article text into paragraphs (blank or single line breaks) and paragraphs into
 * sentences with OpenNLP's UD English model. The model is loaded once; the detector is not
 * thread-safe, so each thread gets its own.
 */
public final class SentenceSplitter {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SHARED = load();
    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SHARED));

    private static SentenceModel load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP sentence model", e);
        }
    }

    private static final java.util.Set<String> ABBREVIATIONS = abbreviations();

    private static java.util.Set<String> abbreviations() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream("/text/abbreviations.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing text/abbreviations.txt");
            }
            return new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))
                    .lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a detected sentence ends in a title or short form ("Lt. Gen."), so it goes on. */
    private static boolean endsInAbbreviation(String para, int end) {
        int s = end;
        while (s > 0 && !Character.isWhitespace(para.charAt(s - 1))) {
            s--;
        }
        return ABBREVIATIONS.contains(para.substring(s, end));
    }

    /** Runs of this many characters without white space are set apart before sentence detection. */
    private static final int LONG_RUN = 200;

    /** The paragraph cut into [start, end, isLongRun] pieces around long runs without white space. */
    static List<int[]> segments(String para) {
        List<int[]> out = new ArrayList<>();
        int from = 0, run = -1;
        for (int i = 0; i <= para.length(); i++) {
            boolean ws = i == para.length() || Character.isWhitespace(para.charAt(i));
            if (!ws && run < 0) {
                run = i;
            } else if (ws && run >= 0) {
                if (i - run >= LONG_RUN) {
                    if (run > from) {
                        out.add(new int[] {from, run, 0});
                    }
                    out.add(new int[] {run, i, 1});
                    from = i;
                }
                run = -1;
            }
        }
        if (from < para.length() && !para.substring(from).isBlank()) {
            out.add(new int[] {from, para.length(), 0});
        }
        return out;
    }

    private void splitSegment(String text, String para, int pos, int segStart, int segEnd, int paragraph, List<Sentence> out) {
        String seg = para.substring(segStart, segEnd);
        int base = pos + segStart;
        int open = -1;
        for (Span sp : detector.get().sentPosDetect(seg)) {
            Span t = sp.trim(seg);
            if (t.length() == 0) {
                continue;
            }
            int from = open >= 0 ? open : t.getStart();
            if (endsInAbbreviation(seg, t.getEnd())) {
                open = from;
                continue;
            }
            open = -1;
            int a = base + from, b = base + t.getEnd();
            out.add(new Sentence(out.size(), paragraph, a, b, text.substring(a, b)));
        }
        if (open >= 0) {
            int a = base + open, b = base + seg.stripTrailing().length();
            out.add(new Sentence(out.size(), paragraph, a, b, text.substring(a, b)));
        }
    }

    /**
     * Where scraping dropped the space after a full stop ("as saying.Ramadi fell to ISIS last May."):
     * the offsets in para[from, to) just after such stops, each a lower-case word, the stop, then a
     * capitalised word. OpenNLP reads the pair as one token and cuts elsewhere, so the second
     * sentence would lose its own trigger, place and date to the first.
     */
    static List<Integer> gluedStops(String para, int from, int to) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = from + 2; i + 2 < to; i++) {
            char c = para.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isLowerCase(para.charAt(i - 1))
                    && Character.isLowerCase(para.charAt(i - 2)) && Character.isUpperCase(para.charAt(i + 1))
                    && Character.isLowerCase(para.charAt(i + 2)) && !abbreviationAt(para, from, i + 1)) {
                cuts.add(i + 1);
            }
        }
        return cuts;
    }

    /** Whether the word ending at {@code end} (its stop included) is a known short form ("Mrs."). */
    private static boolean abbreviationAt(String text, int from, int end) {
        int s = end - 1;
        while (s > from && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return ABBREVIATIONS.contains(text.substring(s, end));
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String para = text.substring(pos, end);
            if (!para.isBlank()) {
                for (int[] seg : segments(para)) {
                    if (seg[2] == 1) {
                        // a run with no white space is no sentence OpenNLP can split, and it is quadratic on one
                        int a = pos + seg[0], b = pos + seg[1];
                        out.add(new Sentence(out.size(), paragraph, a, b, text.substring(a, b)));
                    } else {
                        int from = seg[0];
                        for (int cut : gluedStops(para, seg[0], seg[1])) {
                            splitSegment(text, para, pos, from, cut, paragraph, out);
                            from = cut;
                        }
                        splitSegment(text, para, pos, from, seg[1], paragraph, out);
                    }
                }
                paragraph++;
            }
            pos = end + 1;
        }
        return out;
    }
}
