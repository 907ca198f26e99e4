package reesim.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A headless {@code run}, in a JVM of its own, loads no AWT, Swing, MASON display or reesim.gui class. */
class HeadlessRunTest {
    @TempDir Path dir;

    @Test
    void runLoadsNoGuiClasses() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out");
        Path log = dir.resolve("classes.log");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xlog:class+load=info:file=" + log, "-cp", cp,
                "reesim.cli.Main", "run", "--until", "2000", "--out", out.toString(), "--quiet"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(Files.readString(dir.resolve("stdout.txt"))).isZero();
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(loaded).anyMatch(l -> l.contains("reesim.cli.RunCommand"));
        assertThat(loaded).anyMatch(l -> l.contains("reesim.output.DataCollector"));
        assertThat(loaded).noneMatch(l -> l.matches(".*\\b(java\\.awt|javax\\.swing|sim\\.display|sim\\.portrayal|reesim\\.gui)\\..*"));
        assertThat(new File(out.toFile(), "monthly.csv")).exists();
    }
}
