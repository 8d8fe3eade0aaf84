package org.frontline.recognise.text;

/**
 * One sentence of an article: {@code text} equals the article text between {@code start} and
 * {@code end}. {@code paragraph} counts paragraphs from 0, so stages can use nearby context.
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {

    /** Longer "sentences" are tables, lists or junk, not prose: later stages skip them, which bounds their cost. */
    public static final int MAX_ANALYSED = 3_000;

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
