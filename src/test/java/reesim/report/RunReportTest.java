package reesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunReportTest {
    @TempDir Path tmp;

    @Test
    void theReportCarriesManifestFilesSeriesTargetsAndSankey() throws Exception {
        Path dir = Fixtures.runFolder(tmp.resolve("run"), "complete");
        Path html = RunReport.write(dir);
        assertThat(html).isEqualTo(dir.resolve("report.html")).isRegularFile();

        JsonNode d = Fixtures.pageData(html);
        assertThat(d.at("/manifest/seed").asInt()).isEqualTo(7);
        assertThat(d.at("/manifest/status").asText()).isEqualTo("complete");
        assertThat(d.at("/manifest/overrides/0").asText()).isEqualTo("scenario.demandScale=2");
        assertThat(d.get("files").findValuesAsText("name")).containsExactly("annual.csv", "flows.csv", "manifest.json");
        assertThat(d.at("/years/0").asInt()).isEqualTo(2000);
        assertThat(d.at("/years/1").asInt()).isEqualTo(2002);

        JsonNode mining = d.get("charts").get(1);
        assertThat(mining.get("id").asText()).isEqualTo("mining");
        assertThat(mining.at("/data/Nd/mined_total/0").asDouble()).isEqualTo(10500);
        assertThat(mining.at("/data/Nd/mined_total/2").isNull()).isTrue();
        assertThat(mining.at("/data/REO/mining_quota/1").asDouble()).isEqualTo(85000);

        // targets only for elements and years the run has: Nd mining_total 2000 but not 2017
        assertThat(d.get("targets").findValuesAsText("quantity")).contains("mining_total", "in_use_stock");
        for (JsonNode t : d.get("targets")) assertThat(t.get("year").asInt()).isBetween(2000, 2002);

        assertThat(d.at("/sankey/elements").toString()).isEqualTo("[\"Nd\",\"Pr\",\"REO\"]");
        assertThat(d.at("/sankey/links/Nd/2000").size()).isGreaterThan(20);
        assertThat(d.at("/sankey/nodes").findValuesAsText("name")).contains("world (imports)", "recycled material");
    }

    @Test
    void duringARunTheHeaderShowsTheStatusTheManifestIsAboutToGet() throws Exception {
        Path dir = Fixtures.runFolder(tmp.resolve("run"), "running");
        assertThat(Fixtures.pageData(RunReport.write(dir)).at("/manifest/status").asText()).isEqualTo("running");
        assertThat(Fixtures.pageData(RunReport.writeBeforeCompletion(dir)).at("/manifest/status").asText()).isEqualTo("complete");
    }

    @Test
    void rebuildingReplacesTheReportAndWorksWithoutManifest() throws Exception {
        Path dir = Fixtures.runFolder(tmp.resolve("run"), "complete");
        Files.delete(dir.resolve("manifest.json"));
        Files.writeString(dir.resolve("report.html"), "old");
        RunReport.write(dir);
        assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Fixtures.pageData(dir.resolve("report.html")).get("manifest").size()).isZero();
    }

    @Test
    void aFolderWithoutFlowsIsBadInput() throws Exception {
        Path dir = Fixtures.runFolder(tmp.resolve("run"), "complete");
        Files.delete(dir.resolve("flows.csv"));
        assertThatThrownBy(() -> RunReport.write(dir)).isInstanceOf(ReportInputException.class)
                .hasMessageContaining("flows.csv").hasMessageContaining("not found");
        assertThat(dir.resolve("report.html")).doesNotExist();
    }
}
