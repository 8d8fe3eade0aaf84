package org.frontline.recognise.place;

import java.util.List;

/**
 * A span of the text that names a place, before disambiguation: the gazetteer entries it could
 * be, and what the words around it say about its kind ("Idlib province" is the admin1 region,
 * "Kunduz airport" is a site).
 *
 * @param firstWord index of its first word
 * @param lastWord  index after its last word (suffix words included)
 * @param fuzzy     found by the loose skeleton key, so only trusted inside the story's country
 */
record Candidate(int firstWord, int lastWord, int start, int end, String surface,
                 List<GazetteerEntry> entries, Kind kind, boolean fuzzy) {

    enum Kind { PLAIN, ADMIN, SITE }
}
