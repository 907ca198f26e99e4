package reesim.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.cli.Main;
import reesim.output.Manifest;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    @TempDir Path tmp;

    @Test
    void reportRebuildsARunFolderAndWithPngWritesTheCharts() throws Exception {
        Path dir = Fixtures.runFolder(tmp.resolve("run"), "complete");
        assertThat(Main.execute("report", "--quiet", dir.toString())).isZero();
        assertThat(dir.resolve("report.html")).isRegularFile();
        assertThat(dir.resolve("png")).doesNotExist();

        assertThat(Main.execute("report", "--quiet", "--png", "--element", "Nd", dir.toString())).isZero();
        assertThat(dir.resolve("png/mining-Nd.png")).isRegularFile();
        assertThat(dir.resolve("png/mining-REO.png")).doesNotExist();
    }

    @Test
    void aFolderWithStatsCsvGetsTheSweepReport() throws Exception {
        Path dir = Fixtures.sweepFolder(tmp.resolve("sweep"), false);
        assertThat(Main.execute("report", "--quiet", "--png", dir.toString())).isZero();
        assertThat(Fixtures.pageData(dir.resolve("report.html")).get("kind").asText()).isEqualTo("sweep");
        assertThat(dir.resolve("png/outcome-price_gap.png")).isRegularFile();
    }

    @Test
    void missingOrUnrecognisedFoldersAreBadInput() throws Exception {
        assertThat(Main.execute("report", tmp.resolve("nowhere").toString())).isEqualTo(Main.BAD_INPUT);
        Files.createDirectories(tmp.resolve("empty"));
        assertThat(Main.execute("report", tmp.resolve("empty").toString())).isEqualTo(Main.BAD_INPUT);
        Path broken = Fixtures.runFolder(tmp.resolve("broken"), "complete");
        Files.writeString(broken.resolve("flows.csv"), "year,element,source,target,registered,tonnes\n2000,Nd,a,b,maybe,1\n");
        assertThat(Main.execute("report", broken.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(broken.resolve("report.html")).doesNotExist();
    }

    @Test
    void runWritesTheReportBeforeTheManifestIsComplete() throws Exception {
        Path run = Fixtures.baselineRun();
        assertThat(Manifest.isComplete(run)).isTrue();
        assertThat(run.resolve("report.html")).isRegularFile();
        var d = Fixtures.pageData(run.resolve("report.html"));
        assertThat(d.at("/manifest/status").asText()).isEqualTo("complete");
        assertThat(d.at("/years/1").asInt()).isEqualTo(2020);
        assertThat(d.get("files").findValuesAsText("name")).contains("annual.csv", "flows.csv", "monthly.csv", "config.yaml");
        assertThat(d.get("targets").findValuesAsText("quantity")).contains("mining_total", "in_use_stock");
    }
}
