package org.frontline.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.eval.Scorecard;
import org.frontline.eval.Scorecard.Judgement;
import org.frontline.extract.DecisionModel;
import org.frontline.extract.DecisionStage;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;

/**
 * Trains the decision layer: runs the rules over annotated corpora, labels each proposed event by
 * the scorer's own matching, and fits a {@link LogisticRegression}. Folds are whole documents, so
 * no document is ever scored by a model that saw it; the threshold is chosen inside each training
 * part (nested), so the cross-validated figures are not tuned on the documents they score.
 */
public final class DecisionTrainer {
    /** Thresholds tried, in hundredths. */
    private static final int LOW = 5, HIGH = 95;
    /** F1 this close to the best counts as a tie, and a tie goes to the higher threshold (precision). */
    private static final double TIE = 0.003;

    /** A gold file and the folder of the reports it annotates. */
    public record Corpus(String name, Path gold, Path dir) {
    }

    /** One annotated document: its gold, the rules' proposals with their features and how each is judged. */
    public record Doc(String corpus, JsonNode gold, DocumentResult result, List<List<String>> features,
                      List<Judgement> judged) {
        List<Event> events() {
            return result == null ? List.of() : result.events();
        }
    }

    /**
     * What {@link #train} found: the model, the figures to report, and each document's output as the
     * cross-validation filtered it (by a model that never saw the document), in the documents' order.
     */
    public record Outcome(DecisionModel model, List<String> report, List<DocumentResult> crossValidated) {
    }

    private final LogisticRegression learner;
    private final int folds;
    private final long seed;

    public DecisionTrainer(LogisticRegression learner, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        }
        this.learner = learner;
        this.folds = folds;
        this.seed = seed;
    }

    /** Runs the rules over each corpus and keeps every proposal with its features and judgement. */
    public static List<Doc> propose(List<Corpus> corpora, int threads) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        for (Corpus c : corpora) {
            Map<String, List<List<String>>> features = new ConcurrentHashMap<>();
            DecisionStage observing = new DecisionStage(DecisionModel.keepAll(), (doc, events, fs) -> features.put(doc, fs));
            Map<String, DocumentResult> results = new HashMap<>();
            try (Stream<DocumentResult> s = Frontline.standard(threads, observing).extract(List.of(c.dir()))) {
                s.forEach(r -> results.put(shortName(r.doc()), r));
            }
            for (String line : Files.readAllLines(c.gold(), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode g = mapper.readTree(line);
                DocumentResult r = results.get(g.path("doc").asText());
                List<Event> events = r == null ? List.of() : r.events();
                List<List<String>> fs = r == null ? List.of() : features.getOrDefault(r.doc(), List.of());
                if (fs.size() != events.size()) {
                    throw new IllegalStateException("features and proposals differ for " + r.doc());
                }
                docs.add(new Doc(c.name(), g, r, fs, Scorecard.judge(g, events)));
            }
        }
        return docs;
    }

    private static String shortName(String doc) {
        return doc.substring(doc.lastIndexOf('/') + 1);
    }

    /** Cross-validates, then fits the model on every document; {@code notes} head the model file. */
    public Outcome train(List<Doc> docs, List<String> notes) {
        int[] fold = folds(docs);
        // outer folds: every document gets a probability from a model that never saw it
        double[][] outOfFold = new double[docs.size()][];
        double[] thresholds = new double[folds];
        for (int f = 0; f < folds; f++) {
            List<Doc> train = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (fold[i] != f) {
                    train.add(docs.get(i));
                }
            }
            thresholds[f] = threshold(train, crossProbabilities(train));
            DecisionModel fit = learner.train(examples(train));
            for (int i = 0; i < docs.size(); i++) {
                if (fold[i] == f) {
                    outOfFold[i] = probabilities(fit, docs.get(i));
                }
            }
        }
        double[] perDoc = new double[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            perDoc[i] = thresholds[fold[i]];
        }
        double chosen = threshold(docs, outOfFold);
        DecisionModel fit = learner.train(examples(docs));
        double[][] inSample = new double[docs.size()][];
        for (int i = 0; i < docs.size(); i++) {
            inSample[i] = probabilities(fit, docs.get(i));
        }
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%-6s %5s %9s %9s   %-22s %-22s %-22s", "corpus", "docs", "proposals",
                "positive", "rules alone F1 (P/R)", "cross-validated", "final model, in sample").stripTrailing());
        List<String> names = new ArrayList<>(docs.stream().map(Doc::corpus).distinct().toList());
        names.add("all");
        for (String name : names) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (name.equals("all") || docs.get(i).corpus().equals(name)) {
                    in.add(i);
                }
            }
            int proposals = in.stream().mapToInt(i -> docs.get(i).events().size()).sum();
            long positive = in.stream().flatMap(i -> docs.get(i).judged().stream()).filter(j -> j == Judgement.TRUE).count();
            report.add(String.format(Locale.ROOT, "%-6s %5d %9d %9d   %-22s %-22s %-22s", name, in.size(), proposals, positive,
                    figures(score(docs, in, null, null)), figures(score(docs, in, outOfFold, perDoc)),
                    figures(score(docs, in, inSample, constant(docs.size(), chosen)))).stripTrailing());
        }
        // the trade at fixed thresholds, out of fold: what another choice would give
        for (int t = 30; t <= 55; t += 5) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "out of fold at %.2f:", t / 100.0));
            for (String name : names) {
                List<Integer> in = new ArrayList<>();
                for (int i = 0; i < docs.size(); i++) {
                    if (name.equals("all") || docs.get(i).corpus().equals(name)) {
                        in.add(i);
                    }
                }
                line.append(' ').append(name).append(' ').append(figures(score(docs, in, outOfFold, constant(docs.size(), t / 100.0))));
            }
            report.add(line.toString());
        }
        report.add(String.format(Locale.ROOT, "cross-validation: %d document folds (seed %d), thresholds chosen inside"
                + " each training part: %s", folds, seed, java.util.Arrays.toString(thresholds)));
        report.add(String.format(Locale.ROOT, "threshold of the final model (on out-of-fold probabilities): %.2f", chosen));
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.add(String.format(Locale.ROOT, "learner: logistic regression, L2 %.2f, %d AdaGrad passes, features seen"
                + " in at least %d proposals; %d folds by document, seed %d", learner.l2(), learner.iterations(),
                learner.minCount(), folds, seed));
        report.forEach(r -> allNotes.add("  " + r));
        DecisionModel model = new DecisionModel(fit.bias(), fit.weights(), chosen, allNotes);
        List<DocumentResult> crossValidated = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            crossValidated.add(filtered(docs.get(i).result(), outOfFold[i], perDoc[i]));
        }
        return new Outcome(model, report, crossValidated);
    }

    private static double[] constant(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** Documents spread over folds at random (fixed seed), each corpus dealt out in turn. */
    int[] folds(List<Doc> docs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        order.sort(java.util.Comparator.comparing(i -> docs.get(i).corpus())); // stable: shuffled within a corpus
        int[] fold = new int[docs.size()];
        for (int k = 0; k < order.size(); k++) {
            fold[order.get(k)] = k % folds;
        }
        return fold;
    }

    /** Out-of-fold probabilities within {@code docs} (the inner loop of the nested cross-validation). */
    private double[][] crossProbabilities(List<Doc> docs) {
        int[] fold = folds(docs);
        double[][] p = new double[docs.size()][];
        for (int f = 0; f < folds; f++) {
            List<Doc> train = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (fold[i] != f) {
                    train.add(docs.get(i));
                }
            }
            DecisionModel fit = learner.train(examples(train));
            for (int i = 0; i < docs.size(); i++) {
                if (fold[i] == f) {
                    p[i] = probabilities(fit, docs.get(i));
                }
            }
        }
        return p;
    }

    /** The threshold whose filtered output scores the best F1 over {@code docs}; ties go to the higher one. */
    static double threshold(List<Doc> docs, double[][] probabilities) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            all.add(i);
        }
        double[] f1 = new double[HIGH + 1];
        double best = -1;
        for (int t = LOW; t <= HIGH; t++) {
            f1[t] = score(docs, all, probabilities, constant(docs.size(), t / 100.0)).f1();
            best = Math.max(best, f1[t]);
        }
        for (int t = HIGH; t >= LOW; t--) {
            if (f1[t] >= best - TIE) {
                return t / 100.0;
            }
        }
        return LOW / 100.0;
    }

    /** Proposals that are counted by the scorer; those matching only optional gold teach nothing. */
    static List<LogisticRegression.Example> examples(List<Doc> docs) {
        List<LogisticRegression.Example> out = new ArrayList<>();
        for (Doc d : docs) {
            for (int i = 0; i < d.features().size(); i++) {
                if (d.judged().get(i) != Judgement.OPTIONAL) {
                    out.add(new LogisticRegression.Example(d.features().get(i), d.judged().get(i) == Judgement.TRUE));
                }
            }
        }
        return out;
    }

    private static double[] probabilities(DecisionModel fit, Doc d) {
        double[] p = new double[d.features().size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = fit.probability(d.features().get(i));
        }
        return p;
    }

    /** The scorer's figures over the documents {@code in}, keeping events at or over each document's threshold (all when null). */
    static Scorecard score(List<Doc> docs, List<Integer> in, double[][] probabilities, double[] threshold) {
        Scorecard card = new Scorecard();
        for (int i : in) {
            Doc d = docs.get(i);
            DocumentResult r = d.result();
            card.add(d.gold(), probabilities == null ? r : filtered(r, probabilities[i], threshold[i]));
        }
        return card;
    }

    /** The result with only the events at or over the threshold. */
    private static DocumentResult filtered(DocumentResult r, double[] probabilities, double threshold) {
        if (r == null) {
            return null;
        }
        List<Event> kept = new ArrayList<>();
        for (int k = 0; k < r.events().size(); k++) {
            if (probabilities[k] >= threshold) {
                kept.add(r.events().get(k));
            }
        }
        return new DocumentResult(r.doc(), r.title(), r.outlet(), r.byline(), r.published(), r.publishedInferred(),
                r.publishedSource(), r.duplicateOf(), r.error(), kept, r.control());
    }

    private static String figures(Scorecard c) {
        return String.format(Locale.ROOT, "%.3f (%.3f/%.3f)", c.f1(), c.precision(), c.recall());
    }

    /** Every proposal as a tab-separated row, for reading what the model learns from. */
    public static List<String> rows(List<Doc> docs) {
        List<String> out = new ArrayList<>();
        for (Doc d : docs) {
            for (int i = 0; i < d.features().size(); i++) {
                Event e = d.events().get(i);
                out.add(String.join("\t", d.corpus(), d.gold().path("doc").asText(), d.judged().get(i).name(),
                        e.type().label(), e.place() == null ? "-" : e.place().name(), String.join(" ", d.features().get(i)),
                        e.evidence().replaceAll("\\s+", " ")));
            }
        }
        return out;
    }

    /** Writes the report lines. */
    public static void print(Outcome o, PrintWriter out) {
        o.report().forEach(out::println);
        out.flush();
    }
}
