package reesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.trajectory.ParquetPart;
import reesim.trajectory.TrajectoryColumns;
import reesim.trajectory.TrajectoryRow;
import reesim.trajectory.TrajectoryTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrajectoryFansTest {
    @TempDir Path tmp;

    /** A sweep folder of {@code scenarios} scenarios x 21 seeds whose kept Nd price in year y, seed r is scenario*100 + r + y - 2000. */
    private Path sweep(int scenarios) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("sweep-" + scenarios));
        StringBuilder stats = new StringBuilder("scenario,scenario.enforcementScale,metric,mean,sd,ci95_lo,ci95_hi,n\n");
        List<TrajectoryRow> rows = new ArrayList<>();
        for (int s = 1; s <= scenarios; s++) {
            stats.append(s).append(',').append(s).append(",x,1,0.1,0.9,1.1,21\n");
            for (int r = 0; r <= 20; r++) {
                for (int y = 2000; y <= 2002; y++) {
                    rows.add(new TrajectoryRow((s - 1) * 21 + r + 1, s, r + 1, 1000L * s + r, List.of(Integer.toString(s)), y, "Nd", "price_domestic", s * 100 + r + y - 2000));
                    rows.add(new TrajectoryRow((s - 1) * 21 + r + 1, s, r + 1, 1000L * s + r, List.of(Integer.toString(s)), y, "REO", "mined_unregistered", r == 3 ? Double.NaN : r));
                }
            }
        }
        Files.writeString(dir.resolve("stats.csv"), stats);
        Path folder = Files.createDirectories(dir.resolve(TrajectoryTable.FOLDER));
        ParquetPart.write(folder.resolve(TrajectoryTable.partName(1)), new TrajectoryColumns(List.of("scenario.enforcementScale"), List.of(true)), rows);
        return dir;
    }

    @Test
    void theReportDrawsTheMedianAndTheFiveToNinetyFivePercentBandOfEachKeptSeriesPerScenario() throws Exception {
        Path html = SweepReport.write(sweep(2));
        JsonNode fans = Fixtures.pageData(html).path("fans");
        assertThat(fans).hasSize(2);
        JsonNode price = fans.get(0);
        assertThat(price.path("metric").asText()).isEqualTo("price_domestic");
        assertThat(price.path("element").asText()).isEqualTo("Nd");
        assertThat(price.path("unit").asText()).isEqualTo("USD/kg");
        JsonNode second = price.path("bands").get(1);
        assertThat(second.path("scenario").asText()).isEqualTo("2");
        assertThat(second.path("years")).extracting(JsonNode::asInt).containsExactly(2000, 2001, 2002);
        // seeds 0..20 over 21 runs: median 10, 5 % quantile 1, 95 % quantile 19, shifted by the scenario and year
        assertThat(second.path("median").get(1).asDouble()).isEqualTo(211);
        assertThat(second.path("lo").get(0).asDouble()).isCloseTo(201, within(1e-9));
        assertThat(second.path("hi").get(2).asDouble()).isCloseTo(221, within(1e-9));
        assertThat(second.path("n").asInt()).isEqualTo(21);
        // a missing value is left out of the quantiles: 20 values 0..20 without 3
        JsonNode mining = fans.get(1).path("bands").get(0);
        assertThat(mining.path("median").get(0).asDouble()).isEqualTo(10.5);
        assertThat(Files.readString(html)).contains("id=\"fans-section\"").contains("trajectory charts");
    }

    @Test
    void manyScenariosAreDrawnUpToTheLimitAndTheReportSaysHowManyThereAre() throws Exception {
        JsonNode fans = Fixtures.pageData(SweepReport.write(sweep(14))).path("fans");
        assertThat(fans.get(0).path("bands")).hasSize(TrajectoryFans.MAX_SCENARIOS);
        assertThat(fans.get(0).path("scenariosTotal").asInt()).isEqualTo(14);
    }

    @Test
    void aSweepWithoutTrajectoriesHasNoFans() throws Exception {
        Path dir = Fixtures.sweepFolder(tmp.resolve("plain"), false);
        assertThat(Fixtures.pageData(SweepReport.write(dir)).path("fans")).isEmpty();
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        assertThat(TrajectoryFans.quantile(new double[]{1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
        assertThat(TrajectoryFans.quantile(new double[]{1, 2, 3, 4}, 0.05)).isCloseTo(1.15, within(1e-12));
        assertThat(TrajectoryFans.quantile(new double[]{7}, 0.95)).isEqualTo(7);
        assertThat(TrajectoryFans.quantile(new double[0], 0.5)).isNaN();
    }
}
