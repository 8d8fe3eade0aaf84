package org.frontline.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.frontline.serve.export.StreamedExport;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code frontline export}: stored events in the formats analysts' tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes stored events as ACLED-style CSV, RFC 7946 GeoJSON or JSON Lines to standard output.")
final class ExportCommand implements Callable<Integer> {
    enum Format { acled_csv, geojson, jsonl }

    @Mixin
    DbOption db;
    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "acled-csv, geojson or jsonl")
    Format format;
    @Option(names = "--no-formula-guard", negatable = false,
            description = "acled-csv: write cells exactly, without the apostrophe that stops a spreadsheet running a "
                    + "cell starting with =, +, @, tab, CR or - and a formula (for data pipelines, not spreadsheets)")
    boolean noFormulaGuard;
    @Mixin
    EventFilters filters;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().equals(value.toLowerCase(Locale.ROOT).replace('-', '_'))) {
                    return f;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format; choose acled-csv, geojson or jsonl");
        }
    }

    @Override
    public Integer call() throws Exception {
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        // ACLED's notes read each place's captures and sieges on a second connection while the
        // first streams the events (PlaceByPlaceNotes)
        try (EventStore store = format == Format.acled_csv ? EventStore.openPooled(db.existing(), 2)
                : EventStore.open(db.existing())) {
            EventQuery everything = filters.query().page(Integer.MAX_VALUE, 0);
            // its notes name the contradictions (issue 14), a place's part of the timeline made when
            // the export first meets the place; the rest is written as the store reads it
            org.frontline.serve.export.ContradictionsAt notes = format == Format.acled_csv ? org.frontline.serve.export.PlaceByPlaceNotes.of(store) : null;
            StreamedExport export = new StreamedExport(StreamedExport.Format.of(format.name()), out, notes,
                    !noFormulaGuard).begin();
            org.frontline.serve.export.HandOff.forEachEvent(store, everything, export);
            export.end();
        } catch (IllegalArgumentException e) {
            System.err.println("frontline export: " + e.getMessage());
            return 2;
        }
        return 0;
    }
}
