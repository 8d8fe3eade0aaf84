package org.frontline.recognise.place;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameNormaliserTest {

    @Test
    void articleSpellingsMeet() {
        String k = NameNormaliser.key("Al-Bab");
        assertEquals("albab", k);
        assertEquals(k, NameNormaliser.key("Al Bab"));
        assertEquals(k, NameNormaliser.key("al-Bab"));
        assertEquals(k, NameNormaliser.key("Al Bāb"));
        assertEquals(k, NameNormaliser.key("El Bab"));
    }

    @Test
    void deirEzZorVariantsMeet() {
        String k = NameNormaliser.key("Deir ez-Zor");
        assertEquals(k, NameNormaliser.key("Deir al-Zor"));
        assertEquals(k, NameNormaliser.key("Deir Ezzor"));
        assertEquals(k, NameNormaliser.key("deir  EZ ZOR"));
    }

    @Test
    void transliterationMarksAndDiacriticsFold() {
        assertEquals(NameNormaliser.key("Maarrat an Numan"), NameNormaliser.key("Ma‘arrat an Nu‘mān"));
        assertEquals("mari", NameNormaliser.key("Māri‘"));
        assertEquals(NameNormaliser.key("Mari`"), NameNormaliser.key("Mari'"));
        assertEquals("susa", NameNormaliser.key("Şuşa"));
        assertEquals("xankendi", NameNormaliser.key("Xankǝndi"));
    }

    @Test
    void articleIsNotDroppedSoBareWordsStayApart() {
        assertNotEquals(NameNormaliser.key("Bab"), NameNormaliser.key("Al-Bab"));
    }

    @Test
    void skeletonJoinsVowelVariants() {
        assertEquals(NameNormaliser.skeleton(NameNormaliser.key("Saraqeb")),
                NameNormaliser.skeleton(NameNormaliser.key("Saraqib")));
        assertEquals(NameNormaliser.skeleton(NameNormaliser.key("Latamneh")),
                NameNormaliser.skeleton(NameNormaliser.key("Lataminah")));
    }
}
