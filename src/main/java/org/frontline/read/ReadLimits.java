package org.frontline.read;

/**
 * Size limits that protect the reader from files it should not try to hold in memory.
 *
 * @param maxDocumentBytes largest single document (a file, a JSON line, a WARC payload) that is read;
 *                         anything larger becomes a failed document instead of an OutOfMemoryError
 */
public record ReadLimits(long maxDocumentBytes) {

    /** 32 MB: far above any news article, far below what a 2 GB heap can take several times over. */
    public static final ReadLimits DEFAULT = new ReadLimits(32L * 1024 * 1024);

    public ReadLimits {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
        }
    }
}
