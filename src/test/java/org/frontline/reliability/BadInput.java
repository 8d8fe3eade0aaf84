package org.frontline.reliability;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One generated bad input: a file name (its extension picks the reader) and how to write it.
 *
 * @param name         what the case is, shown by the parameterised test
 * @param fileName     the file written; its extension tells the reader the format
 * @param writer       writes the bytes (to a temp file: big cases are streamed, never held)
 * @param expectError  a fragment every result of this file must carry in its error, or null when
 *                     a correct result (error or not) is acceptable
 * @param minGood      how many documents of this file must still come out error-free with events
 *                     (a container's canary after its bad records)
 */
public record BadInput(String name, String fileName, Writer writer, String expectError, int minGood) {

    public BadInput(String name, String fileName, Writer writer, String expectError) {
        this(name, fileName, writer, expectError, 0);
    }

    /** The same case, with {@code n} good documents that must survive inside the file. */
    BadInput good(int n) {
        return new BadInput(name, fileName, writer, expectError, n);
    }

    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }

    static BadInput bytes(String name, String fileName, byte[] bytes, String expectError) {
        return new BadInput(name, fileName, f -> Files.write(f, bytes), expectError);
    }

    static BadInput text(String name, String fileName, String text, Charset cs, String expectError) {
        return new BadInput(name, fileName, f -> Files.write(f, text.getBytes(cs)), expectError);
    }

    static BadInput utf8(String name, String fileName, String text) {
        return text(name, fileName, text, StandardCharsets.UTF_8, null);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return name;
    }
}
