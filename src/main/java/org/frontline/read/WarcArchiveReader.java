package org.frontline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import org.frontline.model.OutsideDates;
import org.frontline.model.RawDocument;

/**
 * WARC and WARC.gz archives (news-crawl style), record by record. Documents are HTTP responses and
 * resource/conversion records whose payload is HTML or plain text; requests, metadata, warcinfo,
 * revisits, redirects, error pages and images are not documents and are passed over. WARC-Date is
 * the capture time, not the publication date, so published stays null. A truncated or corrupt
 * archive keeps what was read and ends with one failed document naming the offset.
 */
final class WarcArchiveReader {

    private final ReadLimits limits;

    WarcArchiveReader(ReadLimits limits) {
        this.limits = limits;
    }

    Stream<RawDocument> read(Path path) {
        String name = path.getFileName().toString();
        WarcReader reader;
        try {
            reader = new WarcReader(path);
        } catch (IOException | RuntimeException e) {
            return Stream.of(RawDocument.failed(name, path.toString(), name + ": cannot open WARC: "
                    + SingleFileReader.describe(e)));
        }
        return ClosingStream.of(new Records(reader, path, name), reader);
    }

    private final class Records implements Iterator<RawDocument> {
        private final WarcReader reader;
        private final Path path;
        private final String name;
        private RawDocument next;
        private boolean done;
        private long lastGood;

        Records(WarcReader reader, Path path, String name) {
            this.reader = reader;
            this.path = path;
            this.name = name;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                long offset = lastGood;
                Optional<WarcRecord> rec;
                try {
                    rec = reader.next();
                } catch (IOException | RuntimeException e) {
                    // jwarc reports truncation and garbage between records as ParsingException/EOFException/ZipException
                    done = true;
                    next = RawDocument.failed(name + "@" + offset, path + "@" + offset, name
                            + ": truncated or corrupt WARC after offset " + offset + ": " + SingleFileReader.describe(e));
                    break;
                }
                if (rec.isEmpty()) {
                    done = true;
                    break;
                }
                offset = rec.get().position();
                try {
                    next = document(rec.get());
                } catch (IOException | RuntimeException e) {
                    // one record's unreadable payload (say, a garbled HTTP head) fails that record only
                    next = RawDocument.failed(name + "@" + offset, path + "@" + offset, name + " record at offset "
                            + offset + ": truncated or unreadable payload: " + SingleFileReader.describe(e));
                }
                lastGood = offset;
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

        /** A document for a content record, or null for records that are not documents. */
        private RawDocument document(WarcRecord rec) throws IOException {
            if (!(rec instanceof WarcResponse || rec instanceof WarcResource || rec instanceof WarcConversion)) {
                return null;
            }
            WarcTargetRecord target = (WarcTargetRecord) rec;
            String id = rec.headers().first("WARC-Record-ID").map(WarcArchiveReader::stripBrackets)
                    .orElse(name + "@" + rec.position());
            String origin = path + "@" + rec.position();
            MediaType type;
            InputStream body;
            if (rec instanceof WarcResponse response && isHttp(rec.contentType())) {
                HttpResponse http = response.http();
                if (http.status() < 200 || http.status() > 299) {
                    return null; // redirects and error pages carry no article
                }
                type = http.contentType();
                body = http.bodyDecoded().stream();
            } else {
                type = rec.contentType();
                body = rec.body().stream();
            }
            if (!isTextual(type)) {
                return null;
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
            if (bytes.length > limits.maxDocumentBytes()) {
                return RawDocument.failed(id, origin, name + " record " + id + " at offset " + rec.position()
                        + ": payload over the limit of " + limits.maxDocumentBytes() + " bytes");
            }
            String charset = type.parameters().get("charset");
            boolean html = type.subtype().toLowerCase(java.util.Locale.ROOT).contains("html");
            Payloads.Payload p = Payloads.decode(bytes, charset, html);
            if (p.error() != null) {
                return RawDocument.failed(id, origin, name + " record " + id + " at offset " + rec.position()
                        + ": " + p.error());
            }
            // WARC-Date is when the crawler captured the page: an outside date, never the story's own
            java.time.LocalDate captured = java.time.LocalDate.ofInstant(rec.date(), java.time.ZoneOffset.UTC);
            // a watcher's page record carries its listing's title and date (frontline watch, ArchiveTag)
            String title = rec.headers().first("Frontline-Title").orElse(null);
            java.time.LocalDate listed = rec.headers().first("Frontline-Published").map(WarcArchiveReader::day).orElse(null);
            return new RawDocument(id, origin, p.format(), p.text(), title, target.target(), listed, null,
                    new OutsideDates(null, captured, null));
        }
    }

    private static java.time.LocalDate day(String s) {
        try {
            return java.time.LocalDate.parse(s.strip());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean isHttp(MediaType t) {
        return t != null && "application".equalsIgnoreCase(t.type()) && "http".equalsIgnoreCase(t.subtype());
    }

    private static boolean isTextual(MediaType t) {
        if (t == null) {
            return false;
        }
        String type = t.type().toLowerCase(java.util.Locale.ROOT);
        String sub = t.subtype().toLowerCase(java.util.Locale.ROOT);
        return (type.equals("text") && (sub.equals("html") || sub.equals("plain")))
                || sub.equals("xhtml+xml");
    }

    private static String stripBrackets(String s) {
        String t = s.trim();
        return t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t;
    }
}
