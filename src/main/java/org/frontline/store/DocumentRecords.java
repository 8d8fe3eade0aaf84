package org.frontline.store;

import java.util.List;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;

/** Stored mentions and control assertions of documents, as one read returns them together. */
public record DocumentRecords(List<DocEvent> mentions, List<DocControl> controls) {

    public DocumentRecords {
        mentions = List.copyOf(mentions);
        controls = List.copyOf(controls);
    }
}
