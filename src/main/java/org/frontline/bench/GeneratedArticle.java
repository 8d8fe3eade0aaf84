package org.frontline.bench;

/** One generated report, in the JSON Lines shape Frontline reads ({@code published} as ISO date). */
public record GeneratedArticle(String id, String title, String published, String text) {
}
