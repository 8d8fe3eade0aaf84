package org.frontline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.frontline.model.RawDocument;

/**
 * The Read stage: files and folders in, one {@link RawDocument} per document out, lazily and in
 * contract order (explicit paths as given, folder contents sorted by file name, recursively).
 * Plain text, HTML, JSON Lines (.jsonl/.ndjson) and WARC (.warc/.warc.gz, or by magic) are read.
 * Nothing a file contains makes this throw: every problem becomes a failed document whose error
 * names the document (and line or offset), and the batch goes on.
 *
 * <p>Close the returned stream (try-with-resources) when stopping early, to release open archives.
 */
public final class DocumentReader {

    private final FileWalker walker = new FileWalker();
    private final SingleFileReader files;
    private final JsonLinesReader jsonLines;
    private final WarcArchiveReader warcs;

    public DocumentReader() {
        this(ReadLimits.DEFAULT);
    }

    public DocumentReader(ReadLimits limits) {
        this.files = new SingleFileReader(limits);
        this.jsonLines = new JsonLinesReader(limits);
        this.warcs = new WarcArchiveReader(limits);
    }

    /**
     * A fetched page as a document, decoded as a WARC record's payload is (declared charset, BOM,
     * meta charset; binary refused). {@code mediaType} is the response's Content-Type, or null.
     */
    public static RawDocument fetched(String id, String url, byte[] body, String mediaType, String title,
                                      java.time.LocalDate published, org.frontline.model.OutsideDates outside) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT);
        String charset = null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("charset=\"?([A-Za-z0-9._:-]+)").matcher(type);
        if (m.find()) {
            charset = m.group(1);
        }
        Payloads.Payload p = Payloads.decode(body, charset, type.isEmpty() || type.contains("html"));
        if (p.error() != null) {
            return RawDocument.failed(id, url, url + ": " + p.error());
        }
        return new RawDocument(id, url, p.format(), p.text(), title, url, published, null, outside);
    }

    public Stream<RawDocument> read(List<Path> paths) {
        return walker.walk(List.copyOf(paths)).flatMap(this::readEntry);
    }

    private Stream<RawDocument> readEntry(FileWalker.Entry entry) {
        Path path = entry.path();
        Path fileName = path.getFileName();
        String name = fileName == null ? path.toString() : fileName.toString();
        if (entry.error() != null) {
            return Stream.of(RawDocument.failed(name, path.toString(), entry.error()));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(FormatSniffer.HEAD_BYTES);
        } catch (IOException | SecurityException e) {
            return Stream.of(RawDocument.failed(name, path.toString(), name + ": cannot read file: "
                    + SingleFileReader.describe(e)));
        }
        if (head.length == 0) {
            return Stream.of(RawDocument.failed(name, path.toString(), name + ": empty file"));
        }
        try {
            return switch (FormatSniffer.container(name, head)) {
                case DOCUMENT -> Stream.of(files.read(path));
                case JSON_LINES -> jsonLines.read(path);
                case WARC -> warcs.read(path);
                case UNSUPPORTED_GZIP -> Stream.of(RawDocument.failed(name, path.toString(),
                        name + ": gzip-compressed but not a WARC; decompress it first"));
            };
        } catch (RuntimeException e) { // last line of defence: one file fails, never the batch
            return Stream.of(RawDocument.failed(name, path.toString(), name + ": unexpected error: "
                    + SingleFileReader.describe(e)));
        }
    }
}
