package org.frontline.serve.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.function.Consumer;
import org.frontline.serve.StoredJson;
import org.frontline.store.EventBatch;
import org.frontline.store.StoredEvent;

/**
 * An export written as the store hands over batches ({@code EventStore.forEachEvent}): what
 * comes before the first event, each batch as it arrives, what comes after the last. Nothing is
 * kept between batches, so an export of any size runs in the memory of one batch. The bytes are
 * those of the whole-list writers ({@link AcledCsv#write}, {@link GeoJsonExport#collection}).
 */
public final class StreamedExport implements Consumer<EventBatch> {
    public enum Format {
        ACLED_CSV("acled-csv", "csv", "text/csv; charset=utf-8"),
        GEOJSON("geojson", "geojson", "application/geo+json"),
        JSONL("jsonl", "jsonl", "application/x-ndjson");

        public final String label;
        public final String extension;
        public final String contentType;

        Format(String label, String extension, String contentType) {
            this.label = label;
            this.extension = extension;
            this.contentType = contentType;
        }

        /** acled-csv, geojson or jsonl (case and - or _ as typed); null for anything else. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.label.equals(name.toLowerCase(Locale.ROOT).replace('_', '-'))) {
                    return f;
                }
            }
            return null;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Format format;
    private final Writer out;
    private final ContradictionsAt control;
    private final boolean formulaGuard;
    private long written;

    /** {@code control} lets ACLED notes name contradictions (null: none); {@code formulaGuard} as in {@link AcledCsv}. */
    public StreamedExport(Format format, Writer out, ContradictionsAt control, boolean formulaGuard) {
        this.format = format;
        this.out = out;
        this.control = control;
        this.formulaGuard = formulaGuard;
    }

    public StreamedExport begin() {
        switch (format) {
            case ACLED_CSV -> AcledCsv.header(out);
            case GEOJSON -> write("{\"type\":\"FeatureCollection\",\"features\":[");
            case JSONL -> { }
        }
        return this;
    }

    @Override
    public void accept(EventBatch batch) {
        switch (format) {
            case ACLED_CSV -> AcledCsv.rows(batch.events(), batch.documents(), control, formulaGuard, out);
            case GEOJSON -> {
                for (StoredEvent e : batch.events()) {
                    try {
                        write((written > 0 ? "," : "") + MAPPER.writeValueAsString(GeoJsonExport.feature(e)));
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                    written++;
                }
                return;
            }
            case JSONL -> batch.events().forEach(e -> write(StoredJson.line(Admin1Points.locate(e)) + "\n"));
        }
        written += batch.events().size();
    }

    /** Closes the document (GeoJSON's array) and flushes; the writer stays open. */
    public void end() {
        if (format == Format.GEOJSON) {
            write("]}\n");
        }
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Events written so far. */
    public long written() {
        return written;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
