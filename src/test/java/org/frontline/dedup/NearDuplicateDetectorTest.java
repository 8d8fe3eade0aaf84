package org.frontline.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {
    private static final String[] WORDS = ("army rebels town road village forces monitor said captured fighting "
            + "north south east west city province supply siege river bridge airport district shelling strikes "
            + "civilians fled night morning week commander statement agency border crossing hills valley").split(" ");

    static String text(long seed, int words) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(i % 13 == 12 ? ". " : " ");
        }
        return sb.toString();
    }

    @Test
    void theSameStoryWithJunkAroundItPairsWithTheEarliest() {
        NearDuplicateDetector d = new NearDuplicateDetector();
        String story = text(1, 400);
        assertNull(d.offer("a", story));
        assertNull(d.offer("b", text(2, 400)));
        assertEquals("a", d.offer("c", "share this e-mail 30 shares " + story + " view comments"));
        assertEquals("a", d.offer("d", story.replace("captured", "seized")));
    }

    @Test
    void distinctStoriesOnTheSameTopicDoNotPair() {
        NearDuplicateDetector d = new NearDuplicateDetector();
        int pairs = 0;
        for (int i = 0; i < 2000; i++) {
            if (d.offer("doc" + i, text(100 + i, 300)) != null) {
                pairs++;
            }
        }
        assertEquals(0, pairs);
    }

    @Test
    void shortTextsAreNeverJudged() {
        NearDuplicateDetector d = new NearDuplicateDetector();
        assertNull(d.offer("a", "troops captured the town"));
        assertNull(d.offer("b", "troops captured the town"));
    }

    @Test
    void theIndexGrowsPastItsInitialCapacity() {
        LongIntMap m = new LongIntMap(4);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(-1, m.putIfAbsent(i * 7919L, i));
        }
        assertEquals(10_000, m.size());
        assertEquals(5, m.putIfAbsent(5 * 7919L, 99));
    }

    /** A wire story re-published with most paragraphs cut and a new lead: inside the first, though under half their union. */
    @Test
    void aCutCopyWithANewLeadIsADuplicateOfTheFullStory() {
        NearDuplicateDetector d = new NearDuplicateDetector();
        String full = text(7, 600);
        assertNull(d.offer("wire", full));
        assertNull(d.offer("other", text(8, 600)));
        String cut = "Local desk: fresh fighting reported overnight near the crossing. " + full.substring(0, full.length() / 3);
        assertEquals("wire", d.offer("cut", cut));
        assertNull(d.offer("short", "Rebels shelled the town at night, the monitor said."), "a few words prove nothing");
    }

    @Test
    void theLongerRetellingOfAnEarlierShortStoryIsItsDuplicateToo() {
        NearDuplicateDetector d = new NearDuplicateDetector();
        String full = text(9, 600);
        assertNull(d.offer("brief", full.substring(0, full.length() / 3)));
        assertEquals("brief", d.offer("full", full));
    }
}
