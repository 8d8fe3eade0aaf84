package org.frontline.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.model.DocumentResult;

/**
 * Child-process driver for inputs that must be tried under a small heap: {@code ExtractChild
 * PATH...} extracts the paths in order and prints {@code doc<TAB>events<TAB>error} per document,
 * then {@code heap<TAB>peak bytes} and {@code done}. An OutOfMemoryError ends the child without
 * "done", which is what the parent test looks for.
 */
public final class ExtractChild {
    private ExtractChild() {
    }

    public static void main(String[] args) {
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            paths.add(Path.of(a));
        }
        try (Stream<DocumentResult> s = Frontline.standard(1).extract(paths)) {
            s.forEach(d -> {
                String err = d.error() == null ? "" : d.error().replaceAll("\\s+", " ");
                System.out.println(d.doc() + "\t" + d.events().size() + "\t" + err.substring(0, Math.min(400, err.length())));
                System.out.flush();
            });
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("heap\t" + peak);
        System.out.println("done");
        System.out.flush();
        System.exit(0);
    }
}
