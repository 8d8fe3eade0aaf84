package org.frontline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.frontline.model.RawDocument;

/** Bad and oddly encoded single files: each gives a clear per-document error or the right text, never an exception. */
class BadFilesTest {

    @TempDir
    Path dir;

    private RawDocument readOne(String name, byte[] bytes) throws IOException {
        return readOne(name, bytes, ReadLimits.DEFAULT);
    }

    private RawDocument readOne(String name, byte[] bytes, ReadLimits limits) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        List<RawDocument> docs = new DocumentReader(limits).read(List.of(p)).toList();
        assertEquals(1, docs.size());
        assertEquals(name, docs.get(0).id());
        return docs.get(0);
    }

    private static void assertFailed(RawDocument d, String reasonPart) {
        assertNotNull(d.error(), "expected an error");
        assertNull(d.body());
        assertTrue(d.error().contains(d.id()), "error names the document: " + d.error());
        assertTrue(d.error().contains(reasonPart), "error '" + d.error() + "' should mention " + reasonPart);
    }

    @Test
    void emptyFile() throws IOException {
        assertFailed(readOne("empty.txt", new byte[0]), "empty");
    }

    @Test
    void whitespaceOnly() throws IOException {
        assertFailed(readOne("blank.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.US_ASCII)), "whitespace");
    }

    @Test
    void randomBinary() throws IOException {
        byte[] b = new byte[5000];
        new Random(7).nextBytes(b);
        assertFailed(readOne("noise.txt", b), "binary");
    }

    @Test
    void nulBytes() throws IOException {
        byte[] b = "some words\0\0\0\0\0\0\0\0\0\0 and more\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        assertFailed(readOne("nul.txt", b), "binary");
    }

    @Test
    void controlCharacters() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append("ab").append((char) (1 + i % 7));
        }
        assertFailed(readOne("ctrl.txt", sb.toString().getBytes(StandardCharsets.US_ASCII)), "binary");
    }

    @Test
    void pdfMagic() throws IOException {
        assertFailed(readOne("paper.txt", "%PDF-1.7\nstuff".getBytes(StandardCharsets.US_ASCII)), "PDF");
    }

    @Test
    void pngMagic() throws IOException {
        assertFailed(readOne("pic.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}), "PNG");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() throws IOException {
        RawDocument d = readOne("latin.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'});
        assertNull(d.error());
        assertEquals("café ok", d.body());
    }

    @Test
    void windows1252SmartQuotes() throws IOException {
        RawDocument d = readOne("quotes.txt", new byte[] {(byte) 0x93, 'h', 'i', (byte) 0x94, ' ', (byte) 0x96, ' ', 'x'});
        assertEquals("\u201Chi\u201D \u2013 x", d.body());
    }

    @Test
    void truncatedUtf8SequenceIsReplacedNotFatal() throws IOException {
        byte[] ok = "Troops moved north ".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[ok.length + 1];
        System.arraycopy(ok, 0, b, 0, ok.length);
        b[ok.length] = (byte) 0xE2; // first byte of a three-byte sequence, then end of file
        RawDocument d = readOne("cut.txt", b);
        assertNull(d.error());
        assertTrue(d.body().startsWith("Troops moved north"));
    }

    @Test
    void utf8WithBom() throws IOException {
        byte[] text = "Überfall im Norden".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[text.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(text, 0, b, 3, text.length);
        assertEquals("Überfall im Norden", readOne("bom8.txt", b).body());
    }

    @Test
    void utf16LittleEndianWithBom() throws IOException {
        byte[] text = "Front line – east".getBytes(StandardCharsets.UTF_16LE);
        byte[] b = new byte[text.length + 2];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xFE;
        System.arraycopy(text, 0, b, 2, text.length);
        RawDocument d = readOne("le.txt", b);
        assertNull(d.error());
        assertEquals("Front line – east", d.body());
    }

    @Test
    void utf16BigEndianWithBom() throws IOException {
        byte[] b = "Front line".getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        assertEquals("Front line", readOne("be.txt", b).body());
    }

    @Test
    void utf16WithoutBomIsNotMistakenForBinary() throws IOException {
        byte[] b = "A quiet night along the river, officials said.".getBytes(StandardCharsets.UTF_16LE);
        RawDocument d = readOne("nobom.txt", b);
        assertNull(d.error());
        assertEquals("A quiet night along the river, officials said.", d.body());
    }

    @Test
    void htmlMetaCharsetIsHonoured() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("<html><head><meta charset=\"windows-1252\"></head><body><p>".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {'s', 'a', 'i', 'd', ' ', (byte) 0x93, 'n', 'o', (byte) 0x94});
        out.write("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
        RawDocument d = readOne("page.html", out.toByteArray());
        assertEquals(RawDocument.Format.HTML, d.format());
        assertTrue(d.body().contains("said \u201Cno\u201D"), d.body());
    }

    @Test
    void htmlInsideTxtIsSniffed() throws IOException {
        RawDocument d = readOne("saved.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(RawDocument.Format.HTML, d.format());
    }

    @Test
    void overConfiguredLimit() throws IOException {
        byte[] b = "word ".repeat(400).getBytes(StandardCharsets.US_ASCII);
        assertFailed(readOne("long.txt", b, new ReadLimits(1000)), "over the limit");
    }

    @Test
    void overDefaultLimitWithoutReadingIt() throws IOException {
        Path p = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write("begins like text ".getBytes(StandardCharsets.US_ASCII));
            f.setLength(ReadLimits.DEFAULT.maxDocumentBytes() + 1); // sparse: costs no disk
        }
        RawDocument d = new DocumentReader().read(List.of(p)).toList().get(0);
        assertFailed(d, "over the limit");
    }

    @Test
    void missingPath() {
        Path p = dir.resolve("not-there.txt");
        RawDocument d = new DocumentReader().read(List.of(p)).toList().get(0);
        assertNotNull(d.error());
        assertTrue(d.error().contains("not-there.txt"));
    }

    @Test
    void unreadableFile() throws IOException {
        Path p = dir.resolve("locked.txt");
        Files.writeString(p, "secret text");
        assertTrue(p.toFile().setReadable(false, false));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(p), "running as root: permissions do not apply");
        RawDocument d = new DocumentReader().read(List.of(p)).toList().get(0);
        assertFailed(d, "cannot read");
    }

    @Test
    void gzipThatIsNotWarc() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write("plain words".getBytes(StandardCharsets.US_ASCII));
        }
        assertFailed(readOne("story.txt.gz", bos.toByteArray()), "gzip");
    }

    @Test
    void failureDoesNotStopTheBatch() throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[0]);
        Files.writeString(dir.resolve("b.txt"), "Second file reads fine.");
        List<RawDocument> docs = new DocumentReader().read(List.of(dir)).toList();
        assertEquals(2, docs.size());
        assertNotNull(docs.get(0).error());
        assertEquals("Second file reads fine.", docs.get(1).body());
    }
}
