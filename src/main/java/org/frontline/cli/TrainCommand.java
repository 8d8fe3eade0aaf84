package org.frontline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.decide.DecisionTrainer;
import org.frontline.decide.LogisticRegression;
import org.frontline.serve.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code frontline train}: fits the decision layer on annotated corpora and writes its model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Runs the rules over annotated corpora, labels every proposed event by the scorer's matching,"
                + " fits the decision layer (logistic regression) with document-level cross-validation, reports"
                + " the figures with and without it, and writes the model file.",
                "Deterministic: the same corpora, options and date give the same file."})
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "GOLD=DIR",
            description = "a gold JSON Lines file and the folder of its reports; repeatable (default: the wild tune"
                    + " and fresh splits, ../shared seeds and dev)")
    List<String> corpora;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/extract/decision-model.tsv",
            description = "where to write the model (default: ${DEFAULT-VALUE}; rebuild the jar to use it)")
    Path out;

    @Option(names = "--dry-run", description = "report the figures, write nothing")
    boolean dryRun;

    @Option(names = "--examples", paramLabel = "FILE",
            description = "also write every proposal as a row: corpus, document, judgement, type, place, features")
    Path examples;

    @Option(names = "--cv-out", paramLabel = "PREFIX",
            description = "also write each corpus's cross-validated output, as extract --format jsonl prints it,"
                    + " to PREFIX-<corpus>.jsonl (for score.py -v)")
    String cvOut;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds, by document (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--seed", defaultValue = "11", description = "the seed that deals documents into folds (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--l2", defaultValue = "32", split = ",", description = "L2 penalty on the weights (default:"
            + " ${DEFAULT-VALUE}); several, comma-separated, are each cross-validated and reported, the first written")
    List<Double> l2;

    @Option(names = "--date", description = "the training date written in the file (default: today, UTC)")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        List<DecisionTrainer.Corpus> cs = new ArrayList<>();
        List<String> specs = corpora != null ? corpora : List.of(
                "eval/wild/gold-tune.jsonl=eval/wild/tune",
                "../shared/spec/gold/seeds.jsonl=../shared/corpus/seeds",
                "../shared/spec/gold/dev.jsonl=../shared/corpus/dev",
                "eval/wild/gold-fresh.jsonl=eval/wild/fresh");
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                System.err.println("frontline train: --corpus takes GOLD=DIR, not " + spec);
                return 2;
            }
            Path gold = Path.of(spec.substring(0, eq)), dir = Path.of(spec.substring(eq + 1));
            if (!Files.isRegularFile(gold) || !Files.isDirectory(dir)) {
                System.err.println("frontline train: no gold file " + gold + " or no folder " + dir);
                return 2;
            }
            if (dir.normalize().toString().contains("blind")) {
                // the blind split is scored only by someone who has not trained or tuned on it
                System.err.println("frontline train: refusing to train on a blind split: " + dir);
                return 2;
            }
            String name = gold.getFileName().toString().replaceFirst("^gold-", "").replaceFirst("\\.jsonl$", "");
            cs.add(new DecisionTrainer.Corpus(name, gold, dir));
        }
        List<DecisionTrainer.Doc> docs = DecisionTrainer.propose(cs, Runtime.getRuntime().availableProcessors());
        List<String> notes = new ArrayList<>();
        notes.add("Frontline decision layer: keeps a proposed event when its probability is at least the threshold.");
        notes.add("Written by `frontline train`" + (corpora == null ? "" : " " + String.join(" ", specs.stream()
                .map(s -> "--corpus " + s).toList())) + " on " + (date != null ? date : LocalDate.now(ZoneOffset.UTC))
                + "; retrain after changing the rules or the features (extract/DecisionFeatures).");
        for (DecisionTrainer.Corpus c : cs) {
            notes.add("trained on " + c.gold() + " (reports in " + c.dir() + ")");
        }
        if (examples != null) {
            Files.write(examples, DecisionTrainer.rows(docs), StandardCharsets.UTF_8);
        }
        PrintWriter pw = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        DecisionTrainer.Outcome o = null;
        for (double penalty : l2) {
            LogisticRegression learner = new LogisticRegression(penalty, LogisticRegression.STANDARD.iterations(),
                    LogisticRegression.STANDARD.minCount());
            DecisionTrainer.Outcome each = new DecisionTrainer(learner, folds, seed).train(docs, notes);
            if (l2.size() > 1) {
                pw.println("L2 " + penalty + ":");
            }
            DecisionTrainer.print(each, pw);
            o = o == null ? each : o;
        }
        if (cvOut != null) {
            for (DecisionTrainer.Corpus c : cs) {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < docs.size(); i++) {
                    if (docs.get(i).corpus().equals(c.name()) && o.crossValidated().get(i) != null) {
                        lines.add(ResultJson.line(o.crossValidated().get(i)));
                    }
                }
                Files.write(Path.of(cvOut + "-" + c.name() + ".jsonl"), lines, StandardCharsets.UTF_8);
            }
        }
        if (!dryRun) {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, o.model().write(), StandardCharsets.UTF_8);
            pw.println("wrote " + out + " (" + o.model().weights().size() + " features); rebuild to put it in the jar");
        }
        pw.flush();
        return 0;
    }
}
