package org.frontline.watch;

/**
 * Short war reports written for these tests (our own words, invented events), each different
 * enough from the others not to be taken for a near-duplicate, each with an event to extract.
 */
final class Stories {
    private static final String[] PLACES = {"Al-Bab", "Azaz", "Manbij", "Tabqa", "Palmyra", "Saraqib", "Jarablus",
            "Kobani", "Tal Abyad", "Qaryatayn", "Marea", "Raqqa", "Idlib", "Hama", "Daraa", "Homs", "Aleppo", "Deir ez-Zor"};
    private static final String[] OPENINGS = {
            "Government forces captured the town of %s on Monday after two days of heavy clashes with rebel fighters, the Syrian Observatory for Human Rights said.",
            "Air strikes hit a market in %s on Tuesday, killing %d civilians, a local rescue group reported.",
            "Rebels shelled army positions on the outskirts of %s on Wednesday, according to a military source.",
            "Islamic State fighters attacked a checkpoint near %s on Thursday, killing %d soldiers, state television said.",
            "Kurdish-led forces seized %s on Friday from Islamic State militants, a spokesman for the alliance said.",
            "A car bomb exploded in the centre of %s on Saturday, killing %d people, the Observatory said.",
    };
    private static final String[] COLOUR = {
            "Residents described columns of smoke rising over the eastern districts as families fled towards the fields.",
            "Aid workers said the only bakery still working had run out of flour by midday.",
            "The road to the north has been closed to civilian traffic for most of the week.",
            "Doctors at a field clinic said they were treating the wounded on the floor for lack of beds.",
            "Shopkeepers pulled down their shutters as the sound of artillery grew closer in the afternoon.",
            "Local council members appealed for a pause in the fighting so that the injured could be evacuated.",
            "Farmers on the plain said they had abandoned the harvest after shells fell among the olive groves.",
            "A teacher said classes had moved into basements where children sit on blankets between sandbags.",
    };

    private Stories() {
    }

    /** Story {@code n}: an HTML page with its own date in the metadata. */
    static String html(int n) {
        String place = PLACES[n % PLACES.length];
        String opening = String.format(OPENINGS[n % OPENINGS.length], place, 3 + n);
        String day = String.format("2024-03-%02d", 1 + n % 28);
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(opening).append("</p>\n");
        for (int k = 0; k < 3; k++) {
            body.append("<p>").append(COLOUR[(n * 3 + k) % COLOUR.length]).append(" Report number ").append(n)
                    .append(" of the test wire, paragraph ").append(k + 1).append(".</p>\n");
        }
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Test wire story " + n + ": " + place + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + day + "T09:00:00Z\"></head><body>"
                + "<article><h1>Test wire story " + n + ": fighting around " + place + "</h1>" + body + "</article></body></html>";
    }
}
