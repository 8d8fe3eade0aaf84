package org.frontline.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text without ever failing: byte-order mark, then a declared charset (HTTP header or
 * HTML meta), then strict UTF-8, then windows-1252 (the usual encoding of old Western news pages,
 * and one that maps almost every byte). Invalid bytes become U+FFFD.
 */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    /** The HTML spec only lets a meta tag in the first 1024 bytes declare the encoding; be a bit generous. */
    private static final int META_WINDOW = 4096;

    /** Decoded text and the charset that was used (for tests and diagnostics). */
    record Decoded(String text, Charset charset) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes, String declaredCharset, boolean sniffHtmlMeta) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Charset declared = charsetOrNull(declaredCharset);
        if (declared == null && sniffHtmlMeta) {
            declared = metaCharset(bytes);
        }
        if (declared != null) {
            return lenient(bytes, 0, declared);
        }
        Charset utf16 = bomlessUtf16(bytes);
        if (utf16 != null) {
            return lenient(bytes, 0, utf16);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(s, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return lenient(bytes, 0, WINDOWS_1252);
        }
    }

    static Decoded lenient(byte[] bytes, int offset, Charset cs) {
        try {
            CharBuffer cb = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new Decoded(cb.toString(), cs);
        } catch (CharacterCodingException e) { // cannot happen with REPLACE; keep the contract "never fail"
            return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), WINDOWS_1252);
        }
    }

    static Charset charsetOrNull(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            String n = name.trim().toLowerCase(Locale.ROOT);
            // Browsers treat latin-1 labels as windows-1252; pages labelled iso-8859-1 use its curly quotes.
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
                return WINDOWS_1252;
            }
            return Charset.forName(n);
        } catch (IllegalArgumentException e) { // unknown or illegal names: fall through to sniffing
            return null;
        }
    }

    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        Charset cs = charsetOrNull(m.group(1));
        // A meta tag that we could read as ASCII cannot really be UTF-16 (the HTML spec says the same).
        return cs != null && cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
    }

    /** UTF-16 without BOM: ASCII-range text leaves a NUL in every other byte. */
    private static Charset bomlessUtf16(byte[] b) {
        int n = Math.min(b.length, 2048) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0 && b[i + 1] != 0) {
                evenNul++;
            } else if (b[i + 1] == 0 && b[i] != 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.7) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.7) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
