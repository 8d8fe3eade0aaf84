package org.frontline.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.frontline.model.RawDocument;

/** A whole file that is one document (plain text or HTML). Its id is its file name, as the contract says. */
final class SingleFileReader {

    private final ReadLimits limits;
    private final SourceManifest manifest = new SourceManifest();

    SingleFileReader(ReadLimits limits) {
        this.limits = limits;
    }

    RawDocument read(Path path) {
        String id = path.getFileName().toString();
        String origin = path.toString();
        try {
            long size = Files.size(path);
            if (size > limits.maxDocumentBytes()) {
                return RawDocument.failed(id, origin, id + ": file is " + size + " bytes, over the limit of "
                        + limits.maxDocumentBytes() + " bytes per document");
            }
            byte[] bytes = Files.readAllBytes(path);
            Payloads.Payload p = Payloads.decode(bytes, null, FormatSniffer.isHtmlName(id));
            if (p.error() != null) {
                return RawDocument.failed(id, origin, id + ": " + p.error());
            }
            SourceManifest.Entry listed = manifest.entryOf(path);
            return new RawDocument(id, origin, p.format(), p.text(), null, listed.url(), null, null,
                    listed.dates().withFileTime(FileTimes.day(path)));
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            // OutOfMemoryError: a file below the limit can still be too much for a small heap; one document fails, not the batch
            return RawDocument.failed(id, origin, id + ": cannot read file: " + describe(e));
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }
}
