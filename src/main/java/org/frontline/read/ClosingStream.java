package org.frontline.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.frontline.model.RawDocument;

/** A lazy stream over a container's documents that releases the container when the stream closes. */
final class ClosingStream {
    private ClosingStream() {
    }

    static Stream<RawDocument> of(Iterator<RawDocument> documents, Closeable container) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        container.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
