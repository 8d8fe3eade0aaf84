package org.frontline.serve.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.frontline.store.EventStore;
import org.frontline.store.PlaceDay;
import org.frontline.store.PlaceDays;

/**
 * {@code /api/control?on=D} (every place) and {@code /api/sieges?on=D} read from the runs the
 * store keeps ({@link ReasoningKeeper}): one indexed read and the stored elements put together in
 * place key order, the bytes the answer made from the reasoning would have. When a write the runs
 * do not follow yet is stored (another process's, or one made while the reasoning was read), the
 * request waits for them as long as a rebuild ({@link PerGeneration#PATIENCE_MS}) if the reasoning
 * is in memory, not at all while it is being read, and then answers from what is stored, without
 * the ETag.
 */
final class StoredAnswers {
    private static final Set<Integer> CONTROL = Set.of(PlaceDay.HELD, PlaceDay.UNKNOWN);
    private static final Set<Integer> SIEGES = Set.of(PlaceDay.BESIEGED);
    /** The order requests walk places in: their keys as Java sorts them (not as the database collates). */
    private static final Comparator<PlaceDay> BY_KEY = Comparator.comparing(PlaceDay::placeKey);

    private final EventStore store;
    private final ReasoningKeeper keeper;

    StoredAnswers(EventStore store, ReasoningKeeper keeper) {
        this.store = store;
        this.keeper = keeper;
    }

    byte[] control(LocalDate day) {
        List<PlaceDay> runs = runs(CONTROL, day);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + runs.size() * 256);
        write(out, "{\"on\":\"" + day + "\",\"places\":");
        array(out, runs, PlaceDay.HELD);
        write(out, ",\"unknown\":");
        array(out, runs, PlaceDay.UNKNOWN);
        write(out, "}");
        return out.toByteArray();
    }

    byte[] sieges(LocalDate day) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        array(out, runs(SIEGES, day), PlaceDay.BESIEGED);
        return out.toByteArray();
    }

    private List<PlaceDay> runs(Set<Integer> kinds, LocalDate day) {
        PlaceDays found = store.placeDaysOn(kinds, day);
        if (found.behind()) {
            try {
                if (found.position() < 0) { // nothing stored to answer from: wait for the first reading, as long as it takes
                    keeper.catchUp().get();
                } else if (keeper.ready()) { // the reasoning is in memory: catching up is a few places' work
                    keeper.catchUp().get(PerGeneration.PATIENCE_MS, TimeUnit.MILLISECONDS);
                } else { // it is being read (a start on a large store): waiting would not bring it, what is stored answers
                    keeper.catchUp();
                }
            } catch (TimeoutException | ExecutionException e) {
                // answered below from what is stored, marked stale
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            found = store.placeDaysOn(kinds, day);
            if (found.position() < 0) {
                throw new IllegalStateException("the answers on " + day + " could not be stored: the store could not be read");
            }
            if (found.behind()) {
                PerGeneration.markStale();
            }
        }
        return found.runs().stream().sorted(BY_KEY).toList();
    }

    private static void array(ByteArrayOutputStream out, List<PlaceDay> runs, int kind) {
        out.write('[');
        boolean first = true;
        for (PlaceDay r : runs) {
            if (r.kind() == kind) {
                if (!first) {
                    out.write(',');
                }
                write(out, r.body());
                first = false;
            }
        }
        out.write(']');
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
