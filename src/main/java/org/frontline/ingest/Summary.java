package org.frontline.ingest;

import org.frontline.store.IngestOutcome;

/** What an ingest run did, counted as documents go by. */
public final class Summary {
    private int documents, fresh, unchanged, replaced, errors, mentions;

    public void add(IngestOutcome o) {
        documents++;
        switch (o.kind()) {
            case NEW -> fresh++;
            case UNCHANGED -> unchanged++;
            case REPLACED -> replaced++;
            case FAILED -> errors++;
        }
        mentions += o.mentionCount();
    }

    public int documents() {
        return documents;
    }

    public int errors() {
        return errors;
    }

    @Override
    public String toString() {
        return String.format("%d documents: %d new, %d replaced, %d unchanged, %d errors; %d event mentions stored",
                documents, fresh, replaced, unchanged, errors, mentions);
    }
}
