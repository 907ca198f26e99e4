package reesim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.cli.Main;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {
    @TempDir Path tmp;

    private Path run(String name, long seed) {
        Path out = tmp.resolve(name);
        int code = Main.execute("run", "--quiet", "--seed", Long.toString(seed), "--until", "2020", "--out", out.toString());
        assertThat(code).isZero();
        return out;
    }

    @Test
    void sameSeedAndConfigGiveByteIdenticalResultsAndOtherSeedsDiffer() throws Exception {
        Path a = run("a", 42), b = run("b", 42), c = run("c", 43);
        for (String f : new String[]{"annual.csv", "monthly.csv", "flows.csv"}) {
            assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(a.resolve("monthly.csv"), c.resolve("monthly.csv"))).isNotEqualTo(-1L);
    }
}
