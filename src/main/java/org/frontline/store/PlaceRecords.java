package org.frontline.store;

import java.util.List;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;

/** Stored mentions and control assertions, as one read returns them together. */
public record PlaceRecords(List<DocEvent> mentions, List<DocControl> controls) {

    public PlaceRecords {
        mentions = List.copyOf(mentions);
        controls = List.copyOf(controls);
    }
}
