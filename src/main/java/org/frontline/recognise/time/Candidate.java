package org.frontline.recognise.time;

import org.frontline.model.DateRange;

/** A match before overlaps are settled: offsets into the text, its reading, its anchor. */
record Candidate(int start, int end, DateRange range, TimeExpression.Anchor anchor) {

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }
}
