package org.frontline.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A file's modification day, the last stand-in for a publication date. */
final class FileTimes {

    private FileTimes() {
    }

    /** The UTC day the file was last modified, or null when the file system will not say. */
    static LocalDate day(Path path) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZoneOffset.UTC);
        } catch (IOException | SecurityException | java.time.DateTimeException e) {
            return null;
        }
    }
}
