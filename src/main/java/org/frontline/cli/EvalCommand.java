package org.frontline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.eval.Scorecard;
import org.frontline.model.DocumentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code frontline eval GOLD PATH...}: extract and score against a gold file with the spec's rules. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extracts events from PATHs and scores them against a gold JSON Lines file.")
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD", description = "gold annotations, one JSON object per document")
    Path gold;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "the documents to extract from")
    List<Path> paths;

    @Option(names = "--quiet", description = "only the figures, not every miss and false alarm")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            System.err.println("frontline eval: no such gold file: " + gold);
            return 2;
        }
        Scorecard card = score(gold, Frontline.standard(), paths);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        card.print(out, !quiet);
        out.flush();
        return 0;
    }

    /** Scores {@code frontline}'s output on {@code paths} against every document of the gold file. */
    public static Scorecard score(Path gold, Frontline frontline, List<Path> paths) throws IOException {
        Map<String, DocumentResult> results = new HashMap<>();
        try (Stream<DocumentResult> s = frontline.extract(paths)) {
            s.forEach(r -> results.put(r.doc().substring(r.doc().lastIndexOf('/') + 1), r));
        }
        ObjectMapper mapper = new ObjectMapper();
        Scorecard card = new Scorecard();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode g = mapper.readTree(line);
                card.add(g, results.get(g.path("doc").asText()));
            }
        }
        return card;
    }
}
