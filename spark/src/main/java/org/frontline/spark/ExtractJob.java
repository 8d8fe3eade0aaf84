package org.frontline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.frontline.dedup.NearDuplicateDetector;
import org.frontline.model.DocumentResult;
import org.frontline.serve.ResultJson;
import scala.Tuple2;

/**
 * Frontline as a Spark job. Reads JSON Lines, WARC / WARC.gz, text and HTML files from any
 * Hadoop-compatible path, runs the core's pipeline per document on the executors, finds
 * near-duplicates across the whole corpus, and writes
 * <ul>
 *   <li>{@code OUT/documents/} — the output contract, one JSON line per document, in input order
 *       (exactly {@code frontline extract --format jsonl}'s lines);</li>
 *   <li>{@code OUT/events/} — Parquet, one row per event ({@link EventRows#SCHEMA});</li>
 *   <li>{@code OUT/corpus/} (with {@code --corpus}) — the documents as read, in Frontline's JSON
 *       Lines input format, for {@code frontline ingest OUT/corpus}.</li>
 * </ul>
 *
 * <p>Stages: (1) list the inputs on the driver in the core's order; (2) read and clean on the
 * executors, computing each document's MinHash band keys and its own dates; (3) duplicates: the
 * first holder (in input order) of every band key, then per document the earliest first holder it
 * shares at least 3 bands with — the sequential detector's answer, computed with two shuffles of
 * small keys; (4) twin dates along duplicate chains, on the driver (only undated duplicates);
 * (5) the pipeline per document on the executors; (6) sort by input order and write.
 */
public final class ExtractJob {

    /** What to read and where to write. */
    public record Options(List<String> inputs, String out, int partitions, boolean corpus) implements Serializable {
        public Options {
            inputs = List.copyOf(inputs);
        }
    }

    /** Counts and wall times (ms) of a run. */
    public record Summary(long documents, long events, long duplicates, long errors, Map<String, Long> millis) {
    }

    private ExtractJob() {
    }

    public static void main(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        int partitions = 0;
        boolean corpus = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = args[++i];
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                case "--corpus" -> corpus = true;
                case "-h", "--help" -> {
                    System.out.println(usage());
                    return;
                }
                default -> inputs.add(args[i]);
            }
        }
        if (out == null || inputs.isEmpty()) {
            System.err.println(usage());
            System.exit(2);
        }
        SparkSession.Builder b = SparkSession.builder().appName("frontline-extract");
        if (System.getProperty("spark.master") == null) {
            b = b.master("local[*]").config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = b.getOrCreate();
        try {
            Summary s = run(spark, new Options(inputs, out, partitions, corpus));
            System.err.printf("frontline-spark: %d documents, %d events, %d near-duplicates, %d errors; stages (ms) %s%n",
                    s.documents(), s.events(), s.duplicates(), s.errors(), s.millis());
        } finally {
            spark.stop();
        }
    }

    static String usage() {
        return "usage: ExtractJob --out DIR [--partitions N] [--corpus] PATH...\n"
                + "  PATH: files or folders on any Hadoop file system (file:, hdfs:, s3a:); .jsonl/.ndjson,"
                + " .warc, .warc.gz, .txt, .html";
    }

    /** Runs the job in an existing session; returns when the output is written. */
    public static Summary run(SparkSession spark, Options o) {
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int parts = o.partitions() > 0 ? o.partitions() : Math.max(2, sc.defaultParallelism() * 2);
        HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());

        // (1) inputs, in the core's order
        List<InputListing.Input> inputs;
        try {
            inputs = InputListing.list(o.inputs(), sc.hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        millis.put("list", lap(t0));

        // (2) read and clean
        long t = System.nanoTime();
        Broadcast<HadoopConf> bconf = sc.broadcast(conf);
        List<InputListing.Input> whole = inputs.stream().filter(i -> !i.jsonLines() || i.error() != null).toList();
        List<InputListing.Input> jsonl = inputs.stream().filter(i -> i.jsonLines() && i.error() == null).toList();
        JavaRDD<Doc> docs = sc.emptyRDD();
        if (!whole.isEmpty()) {
            docs = docs.union(sc.parallelize(whole, Math.min(whole.size(), parts))
                    .flatMap(in -> Work.readWholeFile(in, bconf.value())));
        }
        if (!jsonl.isEmpty()) {
            docs = docs.union(jsonLines(spark, sc, jsonl));
        }
        docs = docs.persist(StorageLevel.MEMORY_AND_DISK());
        long count = docs.count();
        millis.put("read+clean", lap(t));

        // (3) near-duplicates across the corpus
        t = System.nanoTime();
        JavaPairRDD<Long, Ord> entries = docs.filter(d -> d.bands != null).flatMapToPair(d -> {
            List<Tuple2<Long, Ord>> l = new ArrayList<>(d.bands.length);
            for (long k : d.bands) {
                l.add(new Tuple2<>(k, d.ord));
            }
            return l.iterator();
        });
        JavaPairRDD<Long, Ord> firstHolder = entries.reduceByKey(Ord::min, parts);
        JavaPairRDD<Ord, Ord> earliest = entries.join(firstHolder)
                .filter(e -> !e._2()._1().equals(e._2()._2()))
                .mapToPair(e -> new Tuple2<>(new Tuple2<>(e._2()._1(), e._2()._2()), 1))
                .reduceByKey(Integer::sum, parts)
                .filter(e -> e._2() >= NearDuplicateDetector.MIN_BANDS)
                .mapToPair(e -> e._1())
                .reduceByKey(Ord::min, parts);
        // (document, original) with the original's id and dates
        JavaPairRDD<Ord, Doc> byOrd = docs.mapToPair(d -> new Tuple2<>(d.ord, d));
        JavaPairRDD<Ord, Twin> dups = earliest.mapToPair(e -> new Tuple2<>(e._2(), e._1()))
                .join(byOrd.mapValues(d -> new Twin(d.id, d.stated != null ? d.stated : d.inferred)))
                .mapToPair(e -> new Tuple2<>(e._2()._1(), new Twin(e._2()._2().id(), e._2()._2().date(), e._1())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long duplicates = dups.count();
        millis.put("dedup", lap(t));

        // (4) a duplicate that states no date takes its original's final date (the core's rule);
        // chains (c dup of b dup of a) resolve in input order, on the driver, undated duplicates only
        t = System.nanoTime();
        Map<Ord, Tuple2<Ord, LocalDate>> undated = new TreeMap<>(); // dup -> (original, own inferred)
        Map<Ord, LocalDate> originalDate = new HashMap<>();
        dups.join(byOrd.filter(e -> e._2().stated == null).mapValues(d -> new Twin(d.id, d.inferred)))
                .collect().forEach(e -> {
                    undated.put(e._1(), new Tuple2<>(e._2()._1().ord(), e._2()._2().date()));
                    originalDate.put(e._2()._1().ord(), e._2()._1().date());
                });
        Map<Ord, LocalDate> finalDate = new HashMap<>();
        for (Map.Entry<Ord, Tuple2<Ord, LocalDate>> e : undated.entrySet()) {
            Ord orig = e.getValue()._1();
            LocalDate twin = finalDate.containsKey(orig) ? finalDate.get(orig) : originalDate.get(orig);
            finalDate.put(e.getKey(), twin != null ? twin : e.getValue()._2());
        }
        Broadcast<Map<Ord, LocalDate>> bdates = sc.broadcast(finalDate);
        millis.put("twin-dates", lap(t));

        // (5) the pipeline, per document
        t = System.nanoTime();
        JavaPairRDD<Ord, Out> results = byOrd.leftOuterJoin(dups.mapValues(Twin::id), parts)
                .mapPartitionsToPair(it -> {
                    List<Tuple2<Ord, Out>> l = new ArrayList<>();
                    while (it.hasNext()) {
                        Tuple2<Ord, Tuple2<Doc, Optional<String>>> e = it.next();
                        Doc d = e._2()._1();
                        LocalDate date = bdates.value().containsKey(d.ord) ? bdates.value().get(d.ord) : d.inferred;
                        DocumentResult r = Work.analyse(d, e._2()._2().orNull(), date);
                        String corpusLine = o.corpus() && d.ok()
                                ? Work.inputLine(d.id, d.url, d.title, d.rawPublished, d.html, d.body) : null;
                        l.add(new Tuple2<>(d.ord, new Out(ResultJson.line(r), EventRows.of(r), r.error() != null,
                                corpusLine)));
                    }
                    return l.iterator();
                })
                .sortByKey(true, parts)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long events = results.mapToDouble(e -> e._2().events().size()).sum().longValue();
        long errors = results.filter(e -> e._2().error()).count();
        millis.put("pipeline", lap(t));

        // (6) output, in input order
        t = System.nanoTime();
        spark.createDataset(results.map(e -> e._2().line()).rdd(), Encoders.STRING())
                .write().mode(SaveMode.Overwrite).text(o.out() + "/documents");
        spark.createDataFrame(results.flatMap(e -> e._2().events().iterator()), EventRows.SCHEMA)
                .write().mode(SaveMode.Overwrite).parquet(o.out() + "/events");
        if (o.corpus()) {
            spark.createDataset(results.filter(e -> e._2().corpusLine() != null).map(e -> e._2().corpusLine()).rdd(),
                    Encoders.STRING()).write().mode(SaveMode.Overwrite).text(o.out() + "/corpus");
        }
        renameParts(sc, o.out() + "/documents", false);
        if (o.corpus()) {
            renameParts(sc, o.out() + "/corpus", true);
        }
        millis.put("write", lap(t));
        results.unpersist(false);
        dups.unpersist(false);
        docs.unpersist(false);
        millis.put("total", lap(t0));
        return new Summary(count, events, duplicates, errors, millis);
    }

    /** An original's id and final-or-own date, and (on the duplicate's side) the original's order. */
    record Twin(String id, LocalDate date, Ord ord) implements Serializable {
        Twin(String id, LocalDate date) {
            this(id, date, null);
        }
    }

    /** One document's output. */
    record Out(String line, List<Row> events, boolean error, String corpusLine) implements Serializable {
    }

    /**
     * JSON Lines through Spark's text source, so a large file is split across tasks. A line's
     * place: its file's rank, its split's start, its row id (increasing within a partition); its
     * line number: the lines of the file's earlier splits plus its position in its split.
     */
    private static JavaRDD<Doc> jsonLines(SparkSession spark, JavaSparkContext sc, List<InputListing.Input> files) {
        String[] paths = files.stream().map(InputListing.Input::uri).toArray(String[]::new);
        org.apache.spark.sql.Dataset<Row> lines = spark.read().text(paths)
                .select(col("value"), col("_metadata.file_path").as("path"),
                        col("_metadata.file_block_start").as("block"), monotonically_increasing_id().as("mid"));
        Map<String, InputListing.Input> byKey = new HashMap<>();
        files.forEach(f -> byKey.put(InputListing.key(f.uri()), f));
        // per split: how many lines, and the row id of its first; then each split's first line number
        List<Row> splits = lines.groupBy("path", "block")
                .agg(org.apache.spark.sql.functions.count("*").as("n"), org.apache.spark.sql.functions.min("mid").as("first"))
                .collectAsList();
        Map<String, TreeMap<Long, long[]>> perFile = new HashMap<>();
        for (Row r : splits) {
            perFile.computeIfAbsent(InputListing.key(r.getString(0)), k -> new TreeMap<>())
                    .put(r.getLong(1), new long[]{r.getLong(2), r.getLong(3)});
        }
        Map<String, long[]> firstLine = new HashMap<>(); // "key@block" -> {line number of first row, its mid}
        perFile.forEach((k, bySplit) -> {
            long before = 0;
            for (Map.Entry<Long, long[]> s : bySplit.entrySet()) {
                firstLine.put(k + "@" + s.getKey(), new long[]{before + 1, s.getValue()[1]});
                before += s.getValue()[0];
            }
        });
        Broadcast<Map<String, InputListing.Input>> bfiles = sc.broadcast(byKey);
        Broadcast<Map<String, long[]>> bfirst = sc.broadcast(firstLine);
        return lines.javaRDD().mapPartitions(rows -> Work.readJsonLines(new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Work.Line next() {
                Row r = rows.next();
                String key = InputListing.key(r.getString(1));
                InputListing.Input f = bfiles.value().get(key);
                if (f == null) {
                    throw new IllegalStateException("spark read a file the listing does not have: " + r.getString(1)
                            + " (" + key + " not in " + bfiles.value().keySet() + ")");
                }
                long[] first = bfirst.value().get(key + "@" + r.getLong(2));
                long lineNo = first[0] + (r.getLong(3) - first[1]);
                return new Work.Line(f, lineNo, r.getLong(2), r.getLong(3), r.getString(0));
            }
        }));
    }

    /**
     * Spark's text writer names its files part-NNNNN-....txt; Frontline reads .txt as one document
     * each, so JSON Lines output gets the .jsonl its readers expect. In a folder meant as Frontline
     * input the _SUCCESS marker goes too (Frontline would read it as an empty document).
     */
    private static void renameParts(JavaSparkContext sc, String dir, boolean input) {
        try {
            org.apache.hadoop.fs.Path d = new org.apache.hadoop.fs.Path(dir);
            org.apache.hadoop.fs.FileSystem fs = d.getFileSystem(sc.hadoopConfiguration());
            for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(d)) {
                String n = f.getPath().getName();
                if (n.startsWith("part-") && n.endsWith(".txt")) {
                    fs.rename(f.getPath(), new org.apache.hadoop.fs.Path(d, n.substring(0, n.length() - 4) + ".jsonl"));
                } else if (input && n.equals("_SUCCESS")) {
                    fs.delete(f.getPath(), false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lap(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
