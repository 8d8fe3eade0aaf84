package org.frontline.reliability;

import static org.frontline.reliability.BadInput.ascii;
import static org.frontline.reliability.BadInput.bytes;
import static org.frontline.reliability.BadInput.concat;
import static org.frontline.reliability.BadInput.text;
import static org.frontline.reliability.BadInput.utf8;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Bad plain-text and HTML documents, generated from a fixed seed (nothing committed). */
final class BadTextInputs {
    private static final String LEAD = "BEIRUT, March 14, 2016 - ";

    private BadTextInputs() {
    }

    static List<BadInput> all() {
        List<BadInput> c = new ArrayList<>();
        Random r = new Random(20_161_114L);
        byte[] noise = new byte[64 * 1024];
        r.nextBytes(noise);
        c.add(bytes("random binary", "noise.txt", noise, "binary"));
        c.add(bytes("random binary as .html", "noise.html", noise, null));
        c.add(bytes("empty file", "empty.txt", new byte[0], "empty"));
        c.add(bytes("whitespace only", "blank.txt", ascii(" \n\t\r\n \u000B\f  \n".repeat(100)), null));
        c.add(bytes("invalid UTF-8 bytes", "bad-utf8.txt", concat(ascii(LEAD + "Rebels shelled Azaz on Sunday "),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xF0, (byte) 0x28, (byte) 0x8C}), null));
        c.add(bytes("overlong UTF-8 encodings", "overlong.txt", concat(ascii(LEAD), new byte[] {(byte) 0xC0, (byte) 0xAF,
                (byte) 0xE0, (byte) 0x80, (byte) 0xAF}, ascii(" troops advanced.")), null));
        c.add(bytes("UTF-8 encoded lone surrogates", "surrogate.txt", concat(ascii(LEAD + "Al-Bab "),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, ascii(" was shelled on Sunday.")), null));
        c.add(text("UTF-16LE with BOM", "le.txt", "\uFEFF" + SyntheticNews.goodText(), StandardCharsets.UTF_16LE, null));
        c.add(text("UTF-16BE with BOM", "be.txt", SyntheticNews.goodText(), StandardCharsets.UTF_16, null));
        c.add(text("UTF-16LE without BOM", "le-nobom.txt", SyntheticNews.goodText(), StandardCharsets.UTF_16LE, null));
        c.add(text("Windows-1252 smart quotes", "cp1252.txt", LEAD + "\u201CWe hold Manbij\u201D \u2013 a commander said on Sunday.",
                Charset.forName("windows-1252"), null));
        c.add(utf8("NUL bytes inside text", "nul.txt", LEAD + "Rebels\0 captured\0\0 Azaz\0 on Sunday.\0"));
        c.add(utf8("a few NULs in a long text", "fewnul.txt", SyntheticNews.goodText().repeat(20) + "\0"));
        c.add(utf8("control characters", "ctrl.txt", LEAD + "Rebels\u0001 shelled\u0007 Azaz\u001B[31m on\u0008 Sunday\u007F."));
        c.add(utf8("RTL and bidi overrides", "rtl.txt", LEAD + "\u202ERebels shelled \u202DAzaz\u202C on Sunday\u2066, "
                + "\u2067\u0627\u0644\u0628\u0627\u0628\u2069 said.\u200F"));
        c.add(utf8("zero-width characters in names", "zw.txt", LEAD + "Rebels shelled Al\u200B-Bab\uFEFF and A\u200Dzaz on Sunday."));
        c.add(utf8("unpaired surrogate chars", "lone.txt", LEAD + "Azaz \uD800 was shelled \uDFFF on Sunday."));
        c.add(utf8("1 MB of one repeated word", "oneword.txt", "killed ".repeat(150_000)));
        c.add(utf8("deeply nested quotes", "quotes.txt", LEAD + "\"'".repeat(20_000) + "Rebels shelled Azaz"
                + "'\"".repeat(20_000) + " on Sunday."));
        c.add(utf8("200 KB sentence without punctuation", "run-on.txt", LEAD + runOn(r, 30_000)));
        c.add(utf8("2 MB line without a newline", "one-line.txt", LEAD + "Rebels shelled Azaz on Sunday. ".repeat(70_000)));
        c.add(utf8("1 MB of newlines", "newlines.txt", "\n".repeat(1_000_000) + SyntheticNews.goodText()));
        c.add(utf8("10,000 place names", "places.txt", LEAD + placeList(10_000)));
        c.add(utf8("impossible dates", "dates.txt", LEAD + "Rebels shelled Azaz on 31 February 2016, on February 30, "
                + "on 0 January 0000, on 99/99/9999, in the year 99999999999 and on 2016-02-31."));
        c.add(utf8("10,000 dates in one sentence", "manydates.txt", LEAD + "Shelling on " + "March 3, 2016, ".repeat(10_000) + "killed 5."));
        c.add(utf8("absurd numbers", "numbers.txt", LEAD + "1e400 killed, 99999999999999999999999999 wounded, -5 dead, "
                + "NaN displaced, 1,2,3,4,5,6,7,8,9 killed, 0x7fffffff injured and 1.5e308 million fled Azaz on Sunday."));
        c.add(utf8("10,000 numbers in one sentence", "manynumbers.txt", LEAD + numberRun(10_000) + " people were killed in Azaz."));
        c.add(utf8("number words flood", "numberwords.txt", LEAD + "one hundred and ".repeat(20_000) + "five killed."));
        c.add(utf8("only punctuation", "punct.txt", ".,;:!?-()[]{}\"'".repeat(20_000)));
        c.add(utf8("very long single token", "token.txt", LEAD + "x".repeat(2_000_000)));
        c.add(utf8("PDF pretending to be text", "paper.txt", "%PDF-1.7\n" + "stream\n".repeat(100)));
        c.add(bytes("gzip that is not a WARC", "story.txt.gz", gzip(ascii(SyntheticNews.goodText())), "gzip"));
        c.add(utf8("unicode file name", "émigré ✓ قصف.txt", SyntheticNews.goodText()));
        c.add(utf8("file name of 200 characters", "n".repeat(196) + ".txt", SyntheticNews.goodText()));
        c.add(utf8("HTML nested 100,000 deep", "deep.html", "<html><body>" + "<div>".repeat(100_000)
                + "<p>" + SyntheticNews.goodText() + "</p>" + "</div>".repeat(100_000) + "</body></html>"));
        c.add(utf8("HTML unclosed tags 50,000", "unclosed.html", "<html><body>" + "<p><b><i><span>".repeat(50_000) + "Azaz"));
        c.add(utf8("HTML with only scripts", "scripts.html", "<html><head><script>" + "var x=1;".repeat(10_000)
                + "</script></head><body><script>alert(1)</script></body></html>"));
        c.add(utf8("HTML 1 MB attribute", "attr.html", "<html><body><p title=\"" + "a".repeat(1_000_000) + "\">Azaz was shelled.</p></body></html>"));
        c.add(utf8("HTML 100,000 attributes", "attrs.html", "<html><body><p " + attributes(100_000) + ">Azaz was shelled.</p></body></html>"));
        c.add(utf8("HTML unterminated comment", "comment.html", "<html><body><!-- " + SyntheticNews.goodText() + "</body></html>"));
        c.add(utf8("HTML bogus meta charset", "charset.html", "<html><head><meta charset=\"x-no-such-charset\">"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-32\"></head><body><p>"
                + SyntheticNews.goodText() + "</p></body></html>"));
        c.add(utf8("HTML entity flood", "entities.html", "<html><body><p>" + "&amp;&#x0;&#xD800;&#99999999;&nosuch;".repeat(20_000) + "</p></body></html>"));
        c.add(utf8("HTML DTD entity expansion", "laughs.html", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<html><body><p>&c;&c;&c;</p></body></html>"));
        return c;
    }

    /**
     * Inputs that hang or crash today; each is a disabled test in {@link BadInputTest} with the
     * bug it shows. Move a case back into {@link #all()} when its bug is fixed.
     */
    /** Inputs that once crashed or hung the cleaner and splitter: kept as regular cases. */
    static List<BadInput> formerBugs() {
        return List.of(utf8("combining-mark flood", "zalgo.txt", LEAD + "Azaz" + "\u0301\u0316\u0337".repeat(20_000) + " was shelled."),
                utf8("plain prose of 3,300 words", "prose.txt", LEAD + "Rebels shelled the town, officials said. ".repeat(550)));
    }

    private static String runOn(Random r, int words) {
        String[] pool = {"rebels", "shelled", "the", "town", "and", "troops", "advanced", "towards", "Azaz", "while", "militants", "fled"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(pool[r.nextInt(pool.length)]).append(' ');
        }
        return sb.toString();
    }

    private static String placeList(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(SyntheticNews.PLACES.get(i % SyntheticNews.PLACES.size())).append(i % 10 == 9 ? "\n" : ", ");
        }
        return sb.toString();
    }

    private static String numberRun(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i * 7919 % 100_000).append(", ");
        }
        return sb.toString();
    }

    private static String attributes(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("a").append(i).append("=\"").append(i).append("\" ");
        }
        return sb.toString();
    }

    static byte[] gzip(byte[] b) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /** Streams {@code lines} copies of {@code line} to a file, for big cases that must not sit in the test's heap. */
    static BadInput repeated(String name, String fileName, String head, String line, long lines, String tail) {
        return new BadInput(name, fileName, f -> {
            try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                w.write(head);
                for (long i = 0; i < lines; i++) {
                    w.write(line);
                }
                w.write(tail);
            }
        }, null);
    }
}
