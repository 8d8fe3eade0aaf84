package org.frontline.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Every response the watcher receives, as gzipped WARC response records in rolling files
 * {@code frontline-watch-<UTC time>-<n>.warc.gz}: a new file when one passes {@code maxFileBytes},
 * and a new file every run (a killed run's last file may end in a cut record, which readers skip).
 * {@code frontline ingest} reads them back; a page's record id is the id its document is stored under.
 */
final class WarcLog implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private final Path folder;
    private final long maxFileBytes;
    private WarcWriter writer;
    private int files;

    WarcLog(Path folder, long maxFileBytes) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.maxFileBytes = maxFileBytes;
    }

    /** Writes one response: status line, headers as received (but for the transfer framing) and the raw body. */
    synchronized void write(ArchiveTag tag, URI target, Instant date, int status, Map<String, List<String>> headers, byte[] rawBody)
            throws IOException {
        if (writer == null || writer.position() > maxFileBytes) {
            roll();
        }
        org.netpreserve.jwarc.HttpResponse.Builder http = new org.netpreserve.jwarc.HttpResponse.Builder(status, reason(status));
        headers.forEach((name, values) -> {
            String n = name.toLowerCase(java.util.Locale.ROOT);
            if (!n.startsWith(":") && !n.equals("transfer-encoding") && !n.equals("content-length")) {
                values.forEach(v -> http.addHeader(name, v));
            }
        });
        http.setHeader("Content-Length", Integer.toString(rawBody.length));
        String type = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("content-type"))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse("application/octet-stream");
        http.body(MediaType.parse(type), rawBody);
        WarcResponse.Builder record = new WarcResponse.Builder(target).date(date).body(http.build());
        if (tag != null) {
            record.recordId(tag.recordId());
            if (tag.title() != null) {
                record.addHeader(ArchiveTag.TITLE_FIELD, tag.title().replaceAll("[\\r\\n]+", " "));
            }
            if (tag.published() != null) {
                record.addHeader(ArchiveTag.PUBLISHED_FIELD, tag.published().toString());
            }
        }
        writer.write(record.build());
    }

    private void roll() throws IOException {
        close();
        Path file;
        do {
            files++;
            file = folder.resolve("frontline-watch-" + STAMP.format(Instant.now()) + "-" + String.format("%05d", files) + ".warc.gz");
        } while (Files.exists(file));
        writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), WarcCompression.GZIP);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 304 -> "Not Modified";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : status >= 300 ? "Redirect" : "OK";
        };
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
