package org.frontline.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.model.DocumentResult;
import org.frontline.serve.ResultJson;
import org.frontline.serve.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code frontline extract}: one result per input document, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Reads reports (text, HTML, JSON Lines, WARC; files or folders) and prints their events.")
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Option(names = "--format", defaultValue = "text", description = "jsonl (the output contract) or text (a table). Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @picocli.CommandLine.Mixin
    DateOptions dateOptions = new DateOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (folders are read recursively, sorted by name)")
    List<Path> paths;

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                System.err.println("frontline extract: no such file or folder: " + p);
                return 2;
            }
        }
        Frontline frontline = (threads == null ? Frontline.standard() : Frontline.standard(threads)).with(dateOptions.dates());
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        int docs = 0, errors = 0, events = 0;
        try (Stream<DocumentResult> results = frontline.extract(paths)) {
            for (DocumentResult r : (Iterable<DocumentResult>) results::iterator) {
                docs++;
                errors += r.error() == null ? 0 : 1;
                events += r.events().size();
                if (format == Format.jsonl) {
                    out.println(ResultJson.line(r));
                } else {
                    TextTable.print(r, out);
                }
                out.flush();
            }
        }
        if (format == Format.text) {
            out.printf("%d documents, %d events, %d errors%n", docs, events, errors);
        }
        out.flush();
        return 0;
    }
}
