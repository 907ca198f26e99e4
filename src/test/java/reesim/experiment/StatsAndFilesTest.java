package reesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsAndFilesTest {
    @TempDir Path dir;

    @Test
    void momentsGiveTheStudentTInterval() {
        Moments m = new Moments();
        for (double x : new double[]{2, 4, 4, 4, 5, 5, 7, 9}) m.add(x);
        m.add(Double.NaN);
        assertThat(m.n()).isEqualTo(8);
        assertThat(m.mean()).isEqualTo(5.0);
        assertThat(m.sd()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        // t(0.975, 7) = 2.364624
        assertThat(m.halfWidth95()).isCloseTo(2.364624 * Math.sqrt(32.0 / 7) / Math.sqrt(8), within(1e-5));
        Moments one = new Moments();
        one.add(3);
        assertThat(one.sd()).isNaN();
    }

    @Test
    void momentsDoNotDependOnOrder() {
        double[] xs = {0.1, 1e8, 3.3333333333, -7.25, 1e-9, 42.42, 0.3};
        Moments forward = new Moments(), backward = new Moments();
        for (double x : xs) forward.add(x);
        for (int i = xs.length - 1; i >= 0; i--) backward.add(xs[i]);
        assertThat(forward.mean()).isEqualTo(backward.mean());
        assertThat(forward.sd()).isEqualTo(backward.sd());
    }

    @Test
    void statReducesAWindow() {
        double[] v = {3, Double.NaN, 7, 5};
        assertThat(Stat.MEAN.apply(v, 2010)).isEqualTo(5.0);
        assertThat(Stat.SUM.apply(v, 2010)).isEqualTo(15.0);
        assertThat(Stat.MAX.apply(v, 2010)).isEqualTo(7.0);
        assertThat(Stat.MIN.apply(v, 2010)).isEqualTo(3.0);
        assertThat(Stat.ARGMAX.apply(v, 2010)).isEqualTo(2012.0);
        assertThat(Stat.ARGMIN.apply(v, 2010)).isEqualTo(2010.0);
        assertThat(Stat.FINAL.apply(v, 2010)).isEqualTo(5.0);
        assertThat(Stat.MEAN.apply(new double[]{Double.NaN}, 2010)).isNaN();
    }

    @Test
    void numbersRoundTripExactly() {
        for (double x : new double[]{0.1 + 0.2, 1e-300, 123456789.125, 2012, -0.0}) {
            assertThat(CsvRows.parse(CsvRows.num(x))).isEqualTo(x == 0 ? 0.0 : x);
        }
        assertThat(CsvRows.num(2012)).isEqualTo("2012");
        assertThat(CsvRows.num(Double.NaN)).isEmpty();
        assertThat(CsvRows.line(List.of("a,b", "x\ny", 3))).isEqualTo("\"a,b\",x | y,3\n");
    }

    @Test
    void partialLastLineIsDropped() throws Exception {
        Path f = dir.resolve("runs.csv");
        Files.writeString(f, "run_id,x\n1,a\n2,b\n3,pa");
        assertThat(CsvRows.dropPartialLastLine(f)).isTrue();
        assertThat(Files.readString(f)).isEqualTo("run_id,x\n1,a\n2,b\n");
        assertThat(CsvRows.dropPartialLastLine(f)).isFalse();
        Files.writeString(f, "run_id,");
        CsvRows.dropPartialLastLine(f);
        assertThat(Files.size(f)).isZero();
    }

    @Test
    void logProgressPrintsEveryTenthAndAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LogProgress p = new LogProgress("sweep t", 20, 0, new PrintStream(bytes, true, StandardCharsets.UTF_8), Long.MAX_VALUE);
        for (int i = 0; i < 20; i++) p.runFinished(i != 4);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(10);
        assertThat(lines[9]).contains("20/20 runs (100 %)").contains("1 failed").contains("runs/s");
        assertThat(LogProgress.clock(3725)).isEqualTo("1:02:05");
    }
}
