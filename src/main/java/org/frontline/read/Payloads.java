package org.frontline.read;

import org.frontline.model.RawDocument.Format;

/**
 * The checks every document body goes through whatever its container: decode, refuse binary,
 * refuse empty, decide TEXT or HTML. One place, so files, JSON lines and WARC records fail alike.
 */
final class Payloads {

    /** Decoded body and its format, or the reason it is not a document (then text is null). */
    record Payload(String text, Format format, String error) {
        static Payload failed(String error) {
            return new Payload(null, null, error);
        }
    }

    private Payloads() {
    }

    /**
     * @param htmlHint true when the container says HTML (file name, content type); the content can
     *                 still make a non-hinted body HTML
     */
    static Payload decode(byte[] bytes, String declaredCharset, boolean htmlHint) {
        if (bytes.length == 0) {
            return Payload.failed("empty");
        }
        String magic = FormatSniffer.binaryMagic(bytes);
        if (magic != null) {
            return Payload.failed("binary content (" + magic + "), not text");
        }
        String text = TextDecoding.decode(bytes, declaredCharset, true).text();
        return fromText(text, htmlHint);
    }

    static Payload fromText(String text, boolean htmlHint) {
        if (text.isEmpty()) {
            return Payload.failed("empty");
        }
        if (text.isBlank()) {
            return Payload.failed("whitespace only, no text");
        }
        if (FormatSniffer.looksBinary(text)) {
            return Payload.failed("binary content (control characters), not text");
        }
        boolean html = htmlHint || FormatSniffer.looksLikeHtml(text);
        return new Payload(text, html ? Format.HTML : Format.TEXT, null);
    }
}
