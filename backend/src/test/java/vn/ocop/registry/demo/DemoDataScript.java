package vn.ocop.registry.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import vn.ocop.registry.common.TestUsers;

/** Runs scripts/demo_data.py against the test instance, as `make run` does against the real one. */
final class DemoDataScript {
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private DemoDataScript() {
    }

    static String run(URL api) throws IOException, InterruptedException {
        String base = api.toString().replaceAll("/$", "");
        Process p = new ProcessBuilder("python3", ROOT.resolve("scripts/demo_data.py").toString(), "--api", base,
                "--keycloak", TestUsers.KEYCLOAK).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the script finished");
        assertEquals(0, p.exitValue(), "demo_data.py failed:\n" + out);
        return out;
    }
}
