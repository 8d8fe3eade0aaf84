package org.frontline.reliability;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link CrashSafetyContract} on SQLite, with PRAGMA integrity_check after every kill. Default run:
 * 150 documents, 20 kills. {@code -Dfrontline.long=true}: 400 documents, 60 kills.
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
        return LONG ? 400 : 150;
    }

    @Override
    int kills() {
        return LONG ? 60 : 20;
    }

    @Override
    long seed() {
        return 9_090_417L;
    }

    @Test
    @Override
    void finalStateEqualsACleanSingleRun() throws Exception {
        super.finalStateEqualsACleanSingleRun();
    }
}
