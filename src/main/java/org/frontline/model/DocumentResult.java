package org.frontline.model;

import java.time.LocalDate;
import java.util.List;

/** One line of {@code frontline extract --format jsonl}: a document and what was found in it. */
public record DocumentResult(String doc, String title, String outlet, String byline, LocalDate published,
                             boolean publishedInferred, PublishedSource publishedSource, String duplicateOf,
                             String error, List<Event> events, List<Control> control) {

    public DocumentResult {
        events = List.copyOf(events);
        control = List.copyOf(control);
    }

    public DocumentResult(String doc, String title, String outlet, String byline, LocalDate published,
                          boolean publishedInferred, String duplicateOf, String error,
                          List<Event> events, List<Control> control) {
        this(doc, title, outlet, byline, published, publishedInferred, null, duplicateOf, error, events, control);
    }

    public static DocumentResult failed(String doc, String error) {
        return new DocumentResult(doc, null, null, null, null, false, null, null, error, List.of(), List.of());
    }
}
