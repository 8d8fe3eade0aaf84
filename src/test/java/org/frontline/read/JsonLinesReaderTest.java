package org.frontline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.frontline.model.RawDocument;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    private List<RawDocument> read(String name, String content, ReadLimits limits) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return new DocumentReader(limits).read(List.of(p)).toList();
    }

    private List<RawDocument> read(String content) throws IOException {
        return read("batch.jsonl", content, ReadLimits.DEFAULT);
    }

    @Test
    void fieldsAreMapped() throws IOException {
        List<RawDocument> docs = read("{\"id\":\"a1\",\"url\":\"http://x.test/1\",\"title\":\"T\","
                + "\"published\":\"2016-05-27T10:00:00Z\",\"text\":\"Rebels held the bridge.\"}\n"
                + "{\"id\":\"a2\",\"html\":\"<p>Shelling resumed.</p>\"}\n");
        assertEquals(2, docs.size());
        RawDocument a = docs.get(0);
        assertEquals("a1", a.id());
        assertEquals("http://x.test/1", a.url());
        assertEquals("T", a.title());
        assertEquals(LocalDate.of(2016, 5, 27), a.published());
        assertEquals(RawDocument.Format.TEXT, a.format());
        assertEquals(RawDocument.Format.HTML, docs.get(1).format());
    }

    @Test
    void brokenLineFailsAloneAndTheFileGoesOn() throws IOException {
        List<RawDocument> docs = read("{\"id\":\"ok1\",\"text\":\"one\"}\n{\"id\": broken\n{\"id\":\"ok3\",\"text\":\"three\"}\n");
        assertEquals(3, docs.size());
        assertNull(docs.get(0).error());
        assertTrue(docs.get(1).error().contains("batch.jsonl line 2"), docs.get(1).error());
        assertTrue(docs.get(1).error().contains("broken JSON"));
        assertEquals("three", docs.get(2).body());
    }

    @Test
    void defaultIdIsFileAndLine() throws IOException {
        List<RawDocument> docs = read("\n{\"text\":\"no id here\"}\n");
        assertEquals(1, docs.size());
        assertEquals("batch.jsonl:2", docs.get(0).id());
    }

    @Test
    void notAnObject() throws IOException {
        RawDocument d = read("[1,2,3]\n").get(0);
        assertTrue(d.error().contains("line 1") && d.error().contains("not a JSON object"), d.error());
    }

    @Test
    void noTextField() throws IOException {
        RawDocument d = read("{\"id\":\"x\",\"title\":\"only a title\"}\n").get(0);
        assertTrue(d.error().contains("no \"text\" or \"html\""), d.error());
    }

    @Test
    void emptyTextField() throws IOException {
        RawDocument d = read("{\"id\":\"x\",\"text\":\"   \"}\n").get(0);
        assertNotNull(d.error());
        assertTrue(d.error().contains("x"));
    }

    @Test
    void lineOverLimit() throws IOException {
        String big = "{\"text\":\"" + "a".repeat(5000) + "\"}\n{\"text\":\"small\"}\n";
        List<RawDocument> docs = read("big.ndjson", big, new ReadLimits(1000));
        assertEquals(2, docs.size());
        assertTrue(docs.get(0).error().contains("longer than the limit"), docs.get(0).error());
        assertEquals("small", docs.get(1).body());
    }

    @Test
    void deeplyNestedJsonIsAnErrorNotACrash() throws IOException {
        String deep = "[".repeat(5000) + "]".repeat(5000) + "\n{\"text\":\"after\"}\n";
        List<RawDocument> docs = read(deep);
        assertNotNull(docs.get(0).error());
        assertEquals("after", docs.get(1).body());
    }

    @Test
    void invalidUtf8InALineIsReplaced() throws IOException {
        Path p = dir.resolve("bytes.jsonl");
        byte[] head = "{\"text\":\"ok ".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}\n".getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, b, 0, head.length);
        b[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, b, head.length + 1, tail.length);
        Files.write(p, b);
        RawDocument d = new DocumentReader().read(List.of(p)).toList().get(0);
        assertNull(d.error());
        assertEquals("ok \uFFFD", d.body());
    }

    @Test
    void unparseablePublishedIsNullNotAnError() throws IOException {
        RawDocument d = read("{\"published\":\"last Tuesday\",\"text\":\"words\"}\n").get(0);
        assertNull(d.error());
        assertNull(d.published());
    }
}
