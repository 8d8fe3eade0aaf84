/*
 * Frontline CoreNLP baseline. Copyright the Frontline authors.
 * GPL-3.0-or-later: it links Stanford CoreNLP (GPL-3.0). See ../../../../../../README.md.
 */
package org.frontline.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The field's default English pipeline (tokenize, ssplit, pos, lemma, ner, depparse), one
 * thread, over text files and JSON Lines ({"title","text"} per line). Prints one JSON line:
 * {articles, sentences, seconds, load_seconds, articles_per_s, sentences_per_s}.
 * Texts are read before timing starts so that disk reads are not counted against CoreNLP.
 */
public final class CoreNlpBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CoreNlpBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: CoreNlpBench FILE|DIR...  (.txt, .html, .jsonl)");
            System.exit(2);
        }
        List<String> texts = new ArrayList<>();
        for (String a : args) {
            for (Path p : files(Path.of(a))) {
                read(p, texts);
            }
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("threads", "1");
        long t0 = System.nanoTime();
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        double load = (System.nanoTime() - t0) / 1e9;
        long sentences = 0;
        long t1 = System.nanoTime();
        for (String text : texts) {
            Annotation doc = new Annotation(text);
            nlp.annotate(doc);
            sentences += doc.get(CoreAnnotations.SentencesAnnotation.class).size();
        }
        double secs = (System.nanoTime() - t1) / 1e9;
        var out = JSON.createObjectNode();
        out.put("articles", texts.size());
        out.put("sentences", sentences);
        out.put("seconds", round(secs));
        out.put("load_seconds", round(load));
        out.put("articles_per_s", round(texts.size() / secs));
        out.put("sentences_per_s", round(sentences / secs));
        System.out.println(JSON.writeValueAsString(out));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static List<Path> files(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void read(Path p, List<String> texts) throws IOException {
        if (!p.toString().endsWith(".jsonl")) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String title = n.path("title").asText("");
                String body = n.path("text").asText(n.path("html").asText(""));
                texts.add(title.isEmpty() ? body : title + "\n\n" + body);
            }
        }
    }
}
