package org.frontline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs past {@link org.frontline.read.ReadLimits} (32 MB a document): a 100 MB page, a 50 MB
 * JSON line, and a gzip bomb WARC. They run in a child JVM with a 256 MB heap (the pipeline itself
 * needs about 100 MB), so "memory stays bounded" is checked by the JVM itself: an unbounded read
 * ends the child with an OutOfMemoryError instead of the per-document errors this test wants.
 * {@code -Dfrontline.long=true} makes the bomb inflate to 2 GB instead of 300 MB.
 */
class BigInputTest {
    private static final boolean LONG = Boolean.getBoolean("frontline.long");

    @TempDir
    Path dir;

    @Test
    void oversizedInputsFailByTheLimitUnderASmallHeapAndTheBatchGoesOn() throws Exception {
        List<String> args = new ArrayList<>();
        Path page = dir.resolve("a-page.html");
        BadTextInputs.repeated("100 MB page", page.getFileName().toString(), "<html><body>",
                "<p>Rebels shelled Azaz on Sunday, a war monitor said.</p>\n", 100L * 1024 * 1024 / 56, "</body></html>").writer().write(page);
        args.add(page.toString());
        args.add(good("b-good.txt"));
        Path line = dir.resolve("c-line.jsonl");
        BadTextInputs.repeated("50 MB line", line.getFileName().toString(), "{\"id\":\"huge\",\"text\":\"",
                "killed ", 50L * 1024 * 1024 / 7, "\"}\n" + BadContainerInputs.CANARY_LINE).writer().write(line);
        args.add(line.toString());
        args.add(good("d-good.txt"));
        Path bomb = dir.resolve("e-bomb.warc.gz");
        byte[] canary = BadContainerInputs.warcResponse("canary", "text/plain", SyntheticNews.goodText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        BadContainerInputs.gzipBomb(bomb, LONG ? 2L << 30 : 300L << 20, canary);
        assertTrue(Files.size(bomb) < 5 << 20, "the bomb is small on disk: " + Files.size(bomb));
        args.add(bomb.toString());
        args.add(good("f-good.txt"));

        Map<String, String[]> byDoc = new LinkedHashMap<>();
        long heap;
        try (ChildJvm child = ChildJvm.start(ExtractChild.class, "256m", dir.resolve("child.err"), args.toArray(String[]::new))) {
            int exit = child.finish(LONG ? 600_000 : 120_000);
            assertTrue(child.seen().contains("done"), "the child did not finish (exit " + exit + "): " + child.stderrTail());
            heap = -1;
            for (String l : child.seen()) {
                String[] f = l.split("\t", -1);
                if (f[0].equals("heap")) {
                    heap = Long.parseLong(f[1]);
                } else if (f.length == 3) {
                    byDoc.put(f[0], f);
                }
            }
        }
        System.out.printf("BigInputTest: child peak heap %d MB; %s%n", heap >> 20, byDoc.keySet());
        assertError(byDoc, "a-page.html", "over the limit");
        assertTrue(byDoc.entrySet().stream().anyMatch(e -> e.getKey().startsWith("c-line.jsonl") && e.getValue()[2].contains("limit")),
                "the 50 MB line is refused by the limit: " + byDoc.keySet());
        assertTrue(byDoc.values().stream().anyMatch(f -> f[2].contains("over the limit") && f[2].contains("bomb")),
                "the bomb's record is refused by the limit: " + byDoc.keySet());
        for (String g : List.of("b-good.txt", "d-good.txt", "f-good.txt", "canary")) {
            String[] f = byDoc.get(g);
            assertTrue(f != null && f[2].isEmpty() && Integer.parseInt(f[1]) > 0, g + " after the big input was lost: "
                    + (f == null ? "missing" : String.join(" | ", f)));
        }
        long warcCanaries = byDoc.keySet().stream().filter(d -> d.startsWith("urn:uuid:") && !d.contains("bomb")).count();
        assertEquals(1, warcCanaries, "the WARC record after the bomb: " + byDoc.keySet());
    }

    private String good(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, SyntheticNews.goodText());
        return p.toString();
    }

    private static void assertError(Map<String, String[]> byDoc, String doc, String part) {
        String[] f = byDoc.get(doc);
        assertTrue(f != null, doc + " has no result: " + byDoc.keySet());
        assertTrue(f[2].contains(part), doc + ": '" + f[2] + "' should say " + part);
    }
}
