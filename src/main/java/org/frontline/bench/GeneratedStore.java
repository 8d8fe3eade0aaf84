package org.frontline.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.frontline.model.Article;
import org.frontline.model.DateRange;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Status;
import org.frontline.store.EventStore;

/**
 * A store of any size for scale tests: events made from the corpus generator's theatres, parties
 * and gazetteer places (real coordinates, so boxes and distances select as on real data), written
 * straight through {@link EventStore#ingest} without extraction or clustering, {@value #PER_DOCUMENT}
 * to a document whose text holds their sentences (so search finds them). Same seed, same store.
 */
public final class GeneratedStore {
    static final int PER_DOCUMENT = 50;
    private static final LocalDate FIRST = LocalDate.of(2011, 1, 1);
    private static final int DAYS = 14 * 365;
    private static final EventType[] TYPES = {EventType.ARMED_CLASH, EventType.AIR_STRIKE, EventType.SHELLING,
            EventType.TERRITORY_CAPTURED, EventType.DISPLACEMENT, EventType.SIEGE};

    private final List<Cast.Theatre> theatres = Cast.load();
    private final PlacePool places = new PlacePool(theatres.stream().map(Cast.Theatre::country).collect(Collectors.toSet()));

    /**
     * Adds {@code events} events (rounded up to whole documents) under document ids
     * {@code prefix-<n>}; {@code progress} hears the running count after each document.
     */
    public long fill(EventStore store, long events, long seed, String prefix, LongConsumer progress) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long written = 0;
        for (long doc = 0; written < events; doc++) {
            List<Event> batch = new ArrayList<>(PER_DOCUMENT);
            StringBuilder text = new StringBuilder();
            Cast.Theatre t = theatres.get(rnd.nextInt(theatres.size()));
            LocalDate published = FIRST.plusDays(rnd.nextInt(DAYS));
            for (int i = 0; i < PER_DOCUMENT; i++) {
                Event e = event(t, published, rnd, i);
                batch.add(e);
                text.append(e.evidence()).append(' ');
            }
            String id = prefix + "-" + doc;
            DocumentResult r = new DocumentResult(id, "Report " + doc + " from " + t.countryName(), t.media().get(0), null,
                    published, false, null, null, batch, List.of());
            Article a = new Article(id, "generated", r.title(), r.outlet(), null, "https://example.org/" + id, published,
                    false, text.toString());
            store.ingest(r, a);
            written += PER_DOCUMENT;
            progress.accept(written);
        }
        return written;
    }

    private Event event(Cast.Theatre t, LocalDate published, SplittableRandom rnd, int i) {
        Cast.Side side = t.sides().get(rnd.nextInt(t.sides().size()));
        boolean flip = rnd.nextBoolean();
        String a = flip ? side.b() : side.a();
        String b = flip ? side.a() : side.b();
        PlacePool.PlaceRef p = places.pick(t.country(), rnd);
        Place place = new Place(p.name(), p.lat(), p.lon(), t.country(), p.admin1(), p.geonamesId(), "town");
        EventType type = TYPES[rnd.nextInt(TYPES.length)];
        LocalDate day = published.minusDays(rnd.nextInt(4));
        Integer killed = rnd.nextInt(3) == 0 ? rnd.nextInt(40) : null;
        // a numbered sentence: no two events of a document are the same mention
        String evidence = a + " " + type.label().replace('_', ' ') + " against " + b + " in " + p.name()
                + (killed == null ? "" : ", " + killed + " killed") + " (item " + i + ").";
        return new Event(type, List.of(a), List.of(b), place, null, new DateRange(day, day, Precision.DAY), killed, null,
                List.of(t.media().get(0)), Status.REPORTED, evidence);
    }
}
