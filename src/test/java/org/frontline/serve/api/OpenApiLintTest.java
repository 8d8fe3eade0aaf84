package org.frontline.serve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The API description passes Redocly's recommended ruleset with no error and no warning: Redocly
 * CLI, pinned, from npm (as the build fetches the map's assets), run by build/lint-openapi.sh.
 */
class OpenApiLintTest {

    @Test
    void redoclyRecommendedFindsNothing() throws Exception {
        String build = System.getProperty("frontline.buildDir", "target");
        Process p = new ProcessBuilder("bash", "build/lint-openapi.sh", build,
                Path.of("src/main/resources/serve/openapi.json").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "redocly lint did not finish");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Your API description is valid"), out);
        assertTrue(!out.contains(" warning ") && !out.contains(" error "), out);
    }
}
