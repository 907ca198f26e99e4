package reesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The report of a calibration folder: its data from evaluations.csv and calibration.json, and its charts drawn in Chromium. */
class CalibrationReportTest {
    @TempDir Path tmp;

    static final String EVALUATIONS = """
            evaluation,kind,status,J,best_J,param:world_nd,param:capacity,target:t1,contrast:c1,seeds,wall_seconds,error
            1,prior,ok,1.5,,4909,31160,15385.7,0,1;2,1.200,
            2,search,ok,1.25,1.25,7414,22850,14260.1,0.02,1;2,1.100,
            3,search,ok,1.75,1.25,7062,28710,16849.4,0,1;2,0.900,
            4,search,ok,0.5,0.5,2000,5000,9000.5,0.03,1;2,1.000,
            """;

    static final String MANIFEST = """
            {"config_file": "configs/baseline.yaml", "method": "cmaes", "optimiser_seed": 1, "step": 0.25, "seeds": [1, 2],
             "parameter_bounds": {"world_nd": [2000.0, 12000.0], "capacity": [5000.0, 32500.0]}, "status": "running",
             "best_evaluation": 4, "best_J": 0.5, "prior_J": 1.5, "max_evals": 10}
            """;

    Path folder() throws Exception {
        Path dir = tmp.resolve("calibration");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("evaluations.csv"), EVALUATIONS);
        Files.writeString(dir.resolve("calibration.json"), MANIFEST);
        return dir;
    }

    @Test
    void theDataHoldJTheRunningBestAndEachParametersTraceWithinItsBounds() throws Exception {
        Path dir = folder();
        assertThat(CalibrationSearchReport.isCalibrationFolder(dir)).isTrue();
        JsonNode d = Fixtures.pageData(CalibrationSearchReport.write(dir));
        assertThat(d.get("kind").asText()).isEqualTo("calibration");
        assertThat(d.get("evaluations").toString()).isEqualTo("[1,2,3,4]");
        assertThat(d.get("J").toString()).isEqualTo("[1.5,1.25,1.75,0.5]");
        assertThat(d.get("best").toString()).isEqualTo("[null,1.25,1.25,0.5]");   // a prior outside the bounds is no best
        assertThat(d.at("/parameters/1/name").asText()).isEqualTo("capacity");
        assertThat(d.at("/parameters/1/lower").asDouble()).isEqualTo(5000);
        assertThat(d.at("/parameters/1/values").toString()).isEqualTo("[31160.0,22850.0,28710.0,5000.0]");
        assertThat(d.at("/manifest/status").asText()).isEqualTo("running");
        JsonNode done = Fixtures.pageData(CalibrationSearchReport.writeBeforeCompletion(dir));
        assertThat(done.at("/manifest/status").asText()).isEqualTo("complete");
    }

    @Test
    void aBadNumberIsBadInputNamingTheLine() throws Exception {
        Path dir = folder();
        Files.writeString(dir.resolve("evaluations.csv"), EVALUATIONS.replace("0.5,0.5,2000", "0.5,0.5,many"));
        assertThatThrownBy(() -> CalibrationSearchReport.write(dir)).isInstanceOf(ReportInputException.class)
                .hasMessageContaining("line 5").hasMessageContaining("param:world_nd").hasMessageContaining("'many'");
    }

    @Test
    void everyChartDrawsInChromiumWithoutErrors() throws Exception {
        assumeTrue(Files.isExecutable(BrowserReportTest.CHROMIUM), "chromium not installed at " + BrowserReportTest.CHROMIUM);
        Path html = CalibrationSearchReport.write(folder());
        BrowserReportTest browser = new BrowserReportTest();
        browser.tmp = tmp;
        BrowserReportTest.Result r = browser.chromium(html, "--dump-dom");
        Matcher s = BrowserReportTest.status(r.stdout());
        assertThat(BrowserReportTest.attr(s, "data-status")).as(s.group(2)).isEqualTo("ok");
        assertThat(BrowserReportTest.attr(s, "data-charts")).isEqualTo("3");
        assertThat(BrowserReportTest.attr(s, "data-blank")).isEmpty();
        assertThat(s.group(2)).contains("4 evaluations, 2 parameter traces");
        BrowserReportTest.assertNoConsoleErrors(r);
    }
}
