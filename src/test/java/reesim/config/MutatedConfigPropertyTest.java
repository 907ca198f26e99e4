package reesim.config;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import reesim.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutates the baseline config at random (values replaced by junk or extremes, lines dropped, keys
 * misspelt, garbage inserted) and runs it briefly: the outcome is either a complete run (exit 0)
 * or the clear bad-input error (exit 2) with no results folder left behind; never a crash.
 */
class MutatedConfigPropertyTest {
    private static final List<String> BASE = read();
    private static final String[] JUNK = {"-1", "0", "1e308", "-1e308", ".nan", "abc", "[]", "{}", "[1, 2]", "{a: 1}", "", "true", "2.5e-320", "99999999999", "\"12\"", "null", "-0.0001"};

    record Mutation(int line, int kind, int junk) {}

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(
                Arbitraries.integers().between(0, BASE.size() - 1),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, JUNK.length - 1)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 100, seed = "20261123")
    void theParserAndTheModelEitherRunOrReportBadInput(@ForAll("mutations") List<Mutation> ms) throws Exception {
        List<String> lines = new ArrayList<>(BASE);
        for (Mutation m : ms) apply(lines, m);
        Path dir = Files.createTempDirectory("mutated");   // jqwik has no @TempDir per try: deleted in finally
        try {
            check(ms, lines, dir);
        } finally {
            deleteTree(dir);
        }
    }

    private static void check(List<Mutation> ms, List<String> lines, Path dir) throws Exception {
        Path cfg = dir.resolve("mutated.yaml");
        Files.write(cfg, lines);
        Path out = dir.resolve("out");
        PrintStream oldErr = System.err, oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true));
            code = Main.execute("run", "--quiet", "--config", cfg.toString(), "--until", "2001", "--out", out.toString());
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        assertThat(code).as("mutations %s gave: %s", ms, err).isIn(0, 2);
        if (code == 2) {
            assertThat(err.toString()).startsWith("bad input").contains("mutated.yaml");
            assertThat(out).doesNotExist();
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.map(p -> p.getFileName().toString())).containsExactly("mutated.yaml");
            }
        } else {
            assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"complete\"");
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static void apply(List<String> lines, Mutation m) {
        int i = m.line() % lines.size();
        String l = lines.get(i);
        switch (m.kind()) {
            case 0 -> { // replace a value
                int colon = l.indexOf(": ");
                if (colon > 0) lines.set(i, l.substring(0, colon + 2) + JUNK[m.junk()]);
            }
            case 1 -> lines.remove(i);
            case 2 -> { // misspell a key
                int colon = l.indexOf(':');
                if (colon > 2) lines.set(i, l.substring(0, colon - 1) + "x" + l.substring(colon));
            }
            case 3 -> lines.add(i, l.replaceAll("\\S.*", "junkKey: " + JUNK[m.junk()]));
            default -> lines.set(i, l.replace("  ", " "));   // break indentation
        }
    }

    private static List<String> read() {
        try {
            return Files.readAllLines(Path.of("configs/baseline.yaml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
