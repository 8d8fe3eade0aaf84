package org.frontline.read;

import java.io.IOException;
import java.io.Reader;

/**
 * readLine() that never holds more than a limit in memory: an over-long line is consumed and
 * reported as too long instead of being built up (a multi-gigabyte "line" is a broken file).
 */
final class BoundedLineReader {

    record Line(int number, String text, boolean tooLong) {
    }

    private final Reader in;
    private final long maxChars;
    private int lineNumber;

    BoundedLineReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    int lineNumber() {
        return lineNumber;
    }

    /** The next line without its terminator (\n, \r\n), or null at end of input. */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (sb.length() < maxChars) {
                sb.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (!any) {
            return null;
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == '\r') {
            sb.setLength(len - 1);
        }
        lineNumber++;
        return new Line(lineNumber, tooLong ? null : sb.toString(), tooLong);
    }
}
