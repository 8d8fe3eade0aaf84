package org.frontline.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.frontline.model.OutsideDates;
import org.frontline.model.RawDocument;

/**
 * JSON Lines, one document per line: {"id","url","title","published","text"|"html"}. Read line by
 * line so a huge file streams; a broken line becomes one failed document and the file goes on.
 */
final class JsonLinesReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReadLimits limits;

    JsonLinesReader(ReadLimits limits) {
        this.limits = limits;
    }

    Stream<RawDocument> read(Path path) {
        String name = path.getFileName().toString();
        BufferedReader in;
        try {
            // UTF-8 is what JSON Lines mandates; bad bytes are replaced rather than failing the whole file
            in = new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        } catch (IOException | SecurityException e) {
            return Stream.of(RawDocument.failed(name, path.toString(), name + ": cannot read file: "
                    + SingleFileReader.describe(e)));
        }
        return ClosingStream.of(new Lines(in, path, name), in);
    }

    private final class Lines implements Iterator<RawDocument> {
        private final BoundedLineReader lines;
        private final Path path;
        private final String name;
        private RawDocument next;
        private boolean done;

        private final LocalDate fileDay;

        Lines(BufferedReader in, Path path, String name) {
            this.fileDay = FileTimes.day(path);
            this.lines = new BoundedLineReader(in, limits.maxDocumentBytes());
            this.path = path;
            this.name = name;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                try {
                    BoundedLineReader.Line line = lines.next();
                    if (line == null) {
                        done = true;
                    } else {
                        next = parse(line);
                    }
                } catch (IOException e) {
                    done = true;
                    int n = lines.lineNumber() + 1;
                    next = RawDocument.failed(name + ":" + n, path + ":" + n,
                            name + " line " + n + ": read error, rest of file skipped: " + SingleFileReader.describe(e));
                }
            }
            return next != null;
        }

        @Override
        public RawDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawDocument d = next;
            next = null;
            return d;
        }

        /** Returns null for blank lines, which separate nothing and are not documents. */
        private RawDocument parse(BoundedLineReader.Line line) {
            int n = line.number();
            String fallbackId = name + ":" + n;
            String origin = path + ":" + n;
            String where = name + " line " + n + ": ";
            if (line.tooLong()) {
                return RawDocument.failed(fallbackId, origin, where + "line longer than the limit of "
                        + limits.maxDocumentBytes() + " characters");
            }
            String text = line.text();
            if (n == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                return null;
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                return RawDocument.failed(fallbackId, origin, where + "broken JSON: " + firstLine(e.getOriginalMessage()));
            }
            if (node == null || !node.isObject()) {
                return RawDocument.failed(fallbackId, origin, where + "not a JSON object");
            }
            String id = textOrNull(node, "id");
            id = id == null || id.isBlank() ? fallbackId : id;
            String body = textOrNull(node, "text");
            boolean html = false;
            if (body == null) {
                body = textOrNull(node, "html");
                html = body != null;
            }
            if (body == null) {
                return RawDocument.failed(id, origin, where + "document " + id + " has no \"text\" or \"html\" field");
            }
            Payloads.Payload p = Payloads.fromText(body, html);
            if (p.error() != null) {
                return RawDocument.failed(id, origin, where + "document " + id + ": " + p.error());
            }
            // the crawler's fetch time stands in for a publication date only when the report has none
            OutsideDates outside = new OutsideDates(null, date(textOrNull(node, "fetched")), fileDay);
            return new RawDocument(id, origin, p.format(), p.text(), textOrNull(node, "title"),
                    textOrNull(node, "url"), date(textOrNull(node, "published")), null, outside);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** Accepts "2017-02-06" and ISO date-times ("2017-02-06T08:42:00Z"); anything else is no date, not an error. */
    static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unparseable";
        }
        String first = s.lines().findFirst().orElse(s);
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }
}
