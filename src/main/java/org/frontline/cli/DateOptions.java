package org.frontline.cli;

import java.time.LocalDate;

import org.frontline.Frontline;
import picocli.CommandLine.Option;

/** How a batch is dated when its reports carry no date of their own: shared by extract and ingest. */
final class DateOptions {
    @Option(names = "--published", paramLabel = "DATE",
            description = "publication date (YYYY-MM-DD) for reports with no date of their own, nor from a manifest or "
                    + "their fetch time; marked published_source \"given\"")
    LocalDate given;

    @Option(names = "--no-file-time", negatable = false,
            description = "never date a report by its file's modification time: a report with no other date keeps "
                    + "its events undated")
    boolean noFileTime;

    Frontline.BatchDates dates() {
        return new Frontline.BatchDates(given, !noFileTime);
    }
}
