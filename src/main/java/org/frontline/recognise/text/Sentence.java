package org.frontline.recognise.text;

/**
 * One sentence of an article: {@code text} equals the article text between {@code start} and
 * {@code end}. {@code paragraph} counts paragraphs from 0, so stages can use nearby context.
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
