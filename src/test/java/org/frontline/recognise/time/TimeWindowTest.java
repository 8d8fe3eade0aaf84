package org.frontline.recognise.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;
import org.frontline.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * The date rules run only in windows of {@link TimeRecogniser#WINDOW} characters around the
 * words and digits they need; over every text of the shared corpus (raw pages included) they
 * find exactly what scanning the whole text finds.
 */
class TimeWindowTest {

    @Test
    void windowsFindWhatWholeScansFind() throws IOException {
        List<Prefilter> rules = new ArrayList<>(CalendarRules.filters());
        rules.addAll(RelativeRules.filters());
        int found = 0;
        try (Stream<Path> files = Files.walk(SharedCorpus.root().resolve("corpus"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                Folded folded = Folded.of(text);
                for (Prefilter rule : rules) {
                    List<String> whole = new ArrayList<>();
                    for (Matcher m = rule.pattern().matcher(text); m.find(); ) {
                        whole.add(m.start() + ":" + m.group());
                    }
                    List<String> windowed = new ArrayList<>();
                    rule.forEach(text, folded, TimeRecogniser.WINDOW, m -> windowed.add(m.start() + ":" + m.group()));
                    assertEquals(whole, windowed, () -> f + ": " + rule.pattern().pattern());
                    found += whole.size();
                }
            }
        }
        assertTrue(found > 100, "the corpus holds dates: " + found);
    }
}
