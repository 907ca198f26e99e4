package reesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A run killed with SIGKILL leaves its partial folder; the next run into the same parent says so and removes it. */
class StalePartialTest {
    @TempDir Path tmp;

    private List<Path> partials() throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".killed.partial-")).toList();
        }
    }

    @Test
    void theNextRunRemovesThePartialFolderOfAKilledRun() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                "reesim.cli.Main", "run", "--quiet", "--checkpoint-every", "1", "--out", tmp.resolve("killed").toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partials().isEmpty() && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(10);
            assertThat(partials()).as("the child's partial folder (log: %s)", Files.readString(tmp.resolve("child.log"))).hasSize(1);
        } finally {
            child.destroyForcibly();   // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Path partial = partials().get(0);
        assertThat(partial.getFileName().toString()).startsWith(".killed.partial-" + child.pid() + "-");
        assertThat(tmp.resolve("killed")).doesNotExist();

        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        int code;
        try {
            code = Main.execute("run", "--until", "2001", "--out", tmp.resolve("next").toString());
        } finally {
            System.setErr(old);
        }
        assertThat(code).isZero();
        assertThat(err.toString()).contains("removed stale partial folder").contains(partial.getFileName().toString())
                .contains("process " + child.pid() + " is gone");
        assertThat(partials()).isEmpty();
        assertThat(tmp.resolve("next").resolve("manifest.json")).exists();
    }
}
