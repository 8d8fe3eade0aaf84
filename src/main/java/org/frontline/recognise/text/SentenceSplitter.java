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

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String para = text.substring(pos, end);
            if (!para.isBlank()) {
                for (Span s : detector.get().sentPosDetect(para)) {
                    Span t = s.trim(para);
                    if (t.length() > 0) {
                        int a = pos + t.getStart(), b = pos + t.getEnd();
                        out.add(new Sentence(out.size(), paragraph, a, b, text.substring(a, b)));
                    }
                }
                paragraph++;
            }
            pos = end + 1;
        }
        return out;
    }
}
