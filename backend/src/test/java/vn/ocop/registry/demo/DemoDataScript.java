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
        Process p = start(api, null);
        String out = output(p);
        assertEquals(0, p.exitValue(), "demo_data.py failed:\n" + out);
        return out;
    }

    /**
     * Runs the script but stops it after {@code writes} writes, as an interrupted `make run` would; the
     * output, which says "interrupted" (exit 3) unless the dataset was complete already (exit 0).
     */
    static String interrupted(URL api, int writes) throws IOException, InterruptedException {
        Process p = start(api, writes);
        String out = output(p);
        assertTrue(p.exitValue() == 3 && out.contains("interrupted after " + writes + " writes")
                || p.exitValue() == 0 && out.contains("already loaded"), "exit " + p.exitValue() + ":\n" + out);
        return out;
    }

    private static Process start(URL api, Integer stopAfter) throws IOException {
        String base = api.toString().replaceAll("/$", "");
        ProcessBuilder b = new ProcessBuilder("python3", ROOT.resolve("scripts/demo_data.py").toString(), "--api", base,
                "--keycloak", TestUsers.KEYCLOAK).redirectErrorStream(true);
        if (stopAfter != null) {
            b.environment().put("OCOP_DEMO_STOP_AFTER", stopAfter.toString());
        }
        return b.start();
    }

    private static String output(Process p) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the script finished");
        return out;
    }
}
