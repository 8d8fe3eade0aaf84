package org.frontline.reliability;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link CrashSafetyContract} on SQLite, with PRAGMA integrity_check after every kill. Each kill
 * costs a child JVM start (gazetteer load included: 1-3 s idle, much more on a loaded 2-core
 * machine): the default run is 300 documents and 12 kills (the suite's 20-minute budget; 20 kills took
 * 150 s of it); {@code -Dfrontline.long=true}: 600 documents, 40 kills.
 */
class CrashSafetySqliteTest extends CrashSafetyContract {
    private final AtomicInteger files = new AtomicInteger();

    @Override
    String freshDb(Path work) {
        return work.resolve("store" + files.incrementAndGet() + ".db").toString();
    }

    @Override
    String integrity(String db) throws Exception {
        return java.nio.file.Files.exists(Path.of(db)) ? StoreView.integrityCheck(db) : "ok";
    }

    @Override
    int documents() {
        return LONG ? 600 : 300;
    }

    @Override
    int kills() {
        return LONG ? 40 : 12;
    }

    @Override
    long seed() {
        return 9_090_417L;
    }

}
