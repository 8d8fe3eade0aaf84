package org.frontline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Writes realistic, distinct conflict reports by recombining the sentence templates of
 * {@code bench/templates.txt} with places from the project's gazetteer and actors from its
 * dictionaries. Article {@code i} depends only on (seed, i): the corpus is deterministic, can be
 * streamed to disk one article at a time, and any slice can be regenerated without the rest.
 */
public final class CorpusGenerator {
    static final List<String> EVENT_KINDS = List.of("capture", "clash", "airstrike", "shelling", "siege",
            "routecut", "advance", "displacement", "evacuation", "agreement");
    /** Syria, Iraq and Ukraine dominate the archives; the weights follow that roughly. */
    private static final int[] THEATRE_WEIGHT = {4, 2, 1, 3, 1, 1, 1};
    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 3650;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long seed;
    private final Templates templates = Templates.load();
    private final List<Cast.Theatre> theatres = Cast.load();
    private final PlacePool places;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.places = new PlacePool(theatres.stream().map(Cast.Theatre::country).collect(Collectors.toSet()));
        for (Cast.Theatre t : theatres) {
            if (places.size(t.country()) < 20) {
                throw new IllegalStateException("too few gazetteer places for " + t.country());
            }
        }
    }

    /** Writes articles {@code 0..n-1} as JSON Lines; returns the bytes written. */
    public long write(Path file, long n) {
        return write(file, n, this::article);
    }

    /** Writes {@link #report}s {@code 0..n-1} as JSON Lines; returns the bytes written. */
    public long writeReports(Path file, long n, boolean sameEvent) {
        return write(file, n, i -> report(i, sameEvent));
    }

    private long write(Path file, long n, java.util.function.LongFunction<GeneratedArticle> articles) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < n; i++) {
                w.write(JSON.writeValueAsString(articles.apply(i)));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Article {@code index} of this seed's corpus. */
    public GeneratedArticle article(long index) {
        SplittableRandom rnd = new SplittableRandom(mix(seed, index));
        Cast.Theatre t = theatres.get(weighted(rnd));
        Story s = new Story(t, t.sides().get(rnd.nextInt(t.sides().size())), rnd,
                FIRST_DAY.plusDays(rnd.nextInt(DAYS)));
        List<PlacePool.PlaceRef> ps = new ArrayList<>(3);
        while (ps.size() < 3) {
            PlacePool.PlaceRef p = places.pick(t.country(), rnd);
            if (ps.stream().noneMatch(q -> q.name().equals(p.name()))) {
                ps.add(p);
            }
        }
        s.places = ps;
        String kind = EVENT_KINDS.get(rnd.nextInt(EVENT_KINDS.size()));
        String title = s.sentence(templates.section("title." + kind));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(ps.get(0).name().toUpperCase(Locale.ROOT) + ", " + t.countryName() + " — "
                + s.sentence(templates.section(kind)));
        paragraphs.add(s.sentence(templates.section(rnd.nextBoolean() ? "attribution" : "casualties"))
                + " " + s.sentence(templates.section(kind)));
        // 5-8 more paragraphs of 1-4 sentences: about 2,000 characters, like a wire report
        int more = 5 + rnd.nextInt(4);
        for (int p = 0; p < more; p++) {
            StringBuilder para = new StringBuilder();
            int sentences = 1 + rnd.nextInt(4);
            for (int k = 0; k < sentences; k++) {
                String section = switch (rnd.nextInt(6)) {
                    case 0 -> "casualties";
                    case 1 -> "attribution";
                    case 2 -> "background";
                    default -> EVENT_KINDS.get(rnd.nextInt(EVENT_KINDS.size()));
                };
                para.append(k == 0 ? "" : " ").append(s.sentence(templates.section(section)));
            }
            paragraphs.add(para.toString());
        }
        paragraphs.add(s.sentence(templates.section("background")));
        if (rnd.nextInt(3) > 0) {
            paragraphs.add(s.sentence(templates.section("filler")));
        }
        String id = String.format("gen-%d-%07d", seed, index);
        return new GeneratedArticle(id, title, s.published.toString(), String.join("\n\n", paragraphs));
    }

    /**
     * A short capture report for the clustering bench (issue 16). {@code sameEvent}: every report
     * retells one capture (one place, one day, one side) in its own words, with its own outlets,
     * sources and figures, published up to two days later; otherwise each report is its own
     * capture (its theatre, places and day drawn per report). Both kinds have the same shape, so
     * the difference in ingest time is what the growing cluster costs.
     */
    public GeneratedArticle report(long index, boolean sameEvent) {
        SplittableRandom rnd = new SplittableRandom(mix(seed, index));
        SplittableRandom story = sameEvent ? new SplittableRandom(mix(seed, -1)) : rnd;
        Cast.Theatre t = theatres.get(weighted(story));
        Cast.Side side = t.sides().get(story.nextInt(t.sides().size()));
        LocalDate day = FIRST_DAY.plusDays(story.nextInt(DAYS));
        List<PlacePool.PlaceRef> ps = new ArrayList<>(3);
        while (ps.size() < 3) {
            PlacePool.PlaceRef p = places.pick(t.country(), story);
            if (ps.stream().noneMatch(q -> q.name().equals(p.name()))) {
                ps.add(p);
            }
        }
        Story s = new Story(t, side, rnd, day.plusDays(rnd.nextInt(3)));
        s.places = ps;
        s.eventDay = day;
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(ps.get(0).name().toUpperCase(Locale.ROOT) + ", " + t.countryName() + " — "
                + s.sentence(templates.section("capture")));
        paragraphs.add(s.sentence(templates.section("attribution")) + " " + s.sentence(templates.section("attribution")));
        for (int p = 2 + rnd.nextInt(3); p > 0; p--) {
            paragraphs.add(s.sentence(templates.section("filler")));
        }
        String id = String.format("%s-%d-%07d", sameEvent ? "same" : "apart", seed, index);
        return new GeneratedArticle(id, s.sentence(templates.section("title.capture")), s.published.toString(),
                String.join("\n\n", paragraphs));
    }

    private int weighted(SplittableRandom rnd) {
        int total = 0;
        for (int i = 0; i < theatres.size(); i++) {
            total += i < THEATRE_WEIGHT.length ? THEATRE_WEIGHT[i] : 1;
        }
        int x = rnd.nextInt(total);
        for (int i = 0; i < theatres.size(); i++) {
            x -= i < THEATRE_WEIGHT.length ? THEATRE_WEIGHT[i] : 1;
            if (x < 0) {
                return i;
            }
        }
        return theatres.size() - 1;
    }

    /** SplitMix64 finaliser: neighbouring indices get unrelated random streams. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The cast, places and date of one article; fills slots sentence by sentence. */
    private static final class Story {
        final Cast.Theatre theatre;
        final Cast.Side side;
        final SplittableRandom rnd;
        final LocalDate published;
        List<PlacePool.PlaceRef> places;
        /** When set, every date the story gives is this day (one event retold). */
        LocalDate eventDay;

        Story(Cast.Theatre theatre, Cast.Side side, SplittableRandom rnd, LocalDate published) {
            this.theatre = theatre;
            this.side = side;
            this.rnd = rnd;
            this.published = published;
        }

        String sentence(List<String> choices) {
            return Templates.fill(choices.get(rnd.nextInt(choices.size())), this::slot);
        }

        private String slot(String name) {
            return switch (name) {
                case "A" -> any(side.aliasesA());
                case "B" -> any(side.aliasesB());
                case "P" -> places.get(0).name();
                case "Q" -> places.get(1).name();
                case "R" -> places.get(2).name();
                case "REG" -> places.get(0).admin1();
                case "C" -> theatre.countryName();
                case "DAY" -> eventDay != null ? "on " + date(eventDay) : day();
                case "DATE" -> date(eventDay != null ? eventDay : published.minusDays(2 + rnd.nextInt(40)));
                case "K" -> Integer.toString(2 + rnd.nextInt(70));
                case "W" -> Integer.toString(5 + rnd.nextInt(150));
                case "X" -> String.format(Locale.ROOT, "%,d", (1 + rnd.nextInt(400)) * (rnd.nextBoolean() ? 100 : 500));
                case "N" -> Integer.toString(2 + rnd.nextInt(11));
                case "KM" -> Integer.toString(3 + rnd.nextInt(40));
                case "SRC" -> any(theatre.monitors());
                case "MEDIA" -> any(theatre.media());
                case "ROAD" -> road();
                default -> throw new IllegalStateException("bench/templates.txt: unknown slot {" + name + "}");
            };
        }

        private String any(List<String> list) {
            return list.get(rnd.nextInt(list.size()));
        }

        private String day() {
            int r = rnd.nextInt(10);
            if (r == 0) {
                return "overnight";
            }
            if (r == 1) {
                return "earlier this week";
            }
            if (r < 4) {
                return "on " + date(published.minusDays(1 + rnd.nextInt(20)));
            }
            return "on " + published.minusDays(rnd.nextInt(6)).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        private static String date(LocalDate d) {
            return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        private String road() {
            String p = places.get(0).name(), q = places.get(rnd.nextBoolean() ? 1 : 2).name();
            return switch (rnd.nextInt(4)) {
                case 0 -> "the road between " + p + " and " + q;
                case 1 -> "the " + q + "-" + p + " highway";
                case 2 -> "the main road from " + q + " to " + p;
                default -> "the supply route linking " + p + " with " + q;
            };
        }
    }
}
