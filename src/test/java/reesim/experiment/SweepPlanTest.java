package reesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepPlanTest {
    @TempDir Path dir;

    @Test
    void gridIsTheFullFactorialLastPathFastest() throws Exception {
        SweepPlan plan = SweepFiles.plan(dir, """
                until: 2002
                seeds: 2
                grid:
                  scenario.enforcementScale: [0.5, 1, 2]
                  scenario.exportTariffAdd: [0, 0.25]
                """);

        assertThat(plan.scenarios()).hasSize(6);
        assertThat(plan.runCount()).isEqualTo(12);
        assertThat(plan.scenarios()).extracting(s -> s.parameters().get("scenario.enforcementScale"))
                .containsExactly("0.5", "0.5", "1", "1", "2", "2");
        assertThat(plan.scenarios()).extracting(s -> s.parameters().get("scenario.exportTariffAdd"))
                .containsExactly("0", "0.25", "0", "0.25", "0", "0.25");
        Set<Map<String, String>> distinct = new HashSet<>();
        plan.scenarios().forEach(s -> distinct.add(s.parameters()));
        assertThat(distinct).hasSize(6);
        assertThat(plan.scenario(4).overrides()).containsExactly("scenario.enforcementScale=1", "scenario.exportTariffAdd=0.25");
    }

    @Test
    void runIdsMapToScenarioAndReplicate() throws Exception {
        SweepPlan plan = SweepFiles.plan(dir, "seeds: 3\ngrid: {scenario.demandScale: [1, 2]}\n");
        RunSpec run = plan.run(5);
        assertThat(run.scenario()).isEqualTo(2);
        assertThat(run.replicate()).isEqualTo(2);
        assertThat(run.overrides()).containsExactly("scenario.demandScale=2");
        assertThat(plan.runs(Shard.ALL)).extracting(RunSpec::runId).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void plainReplicationIsOneScenarioOfTheBase() throws Exception {
        SweepPlan plan = SweepFiles.plan(dir, "seeds: 4\n");
        assertThat(plan.scenarios()).singleElement().satisfies(s -> assertThat(s.parameters()).isEmpty());
        assertThat(plan.runCount()).isEqualTo(4);
        assertThat(plan.run(3).overrides()).isEmpty();
    }

    @Test
    void gridCrossedWithSample() throws Exception {
        SweepPlan plan = SweepFiles.plan(dir, """
                grid: {scenario.exportTariffAdd: [0, 0.5]}
                sample: {method: lhs, n: 5, ranges: {scenario.demandScale: [0.5, 2]}}
                """);
        assertThat(plan.scenarios()).hasSize(10);
        assertThat(plan.scenarios()).extracting(Scenario::cell).containsExactly(1, 1, 1, 1, 1, 2, 2, 2, 2, 2);
        // the same design in every cell
        for (int i = 1; i <= 5; i++) {
            assertThat(plan.scenario(i).parameters().get("scenario.demandScale"))
                    .isEqualTo(plan.scenario(i + 5).parameters().get("scenario.demandScale"));
        }
        assertThat(plan.scenarios()).allSatisfy(s -> {
            double v = Double.parseDouble(s.parameters().get("scenario.demandScale"));
            assertThat(v).isBetween(0.5, 2.0);
        });
    }

    @Test
    void sobolDesignHasNTimesKPlusTwoPointsWithRoles() throws Exception {
        SweepPlan plan = SweepFiles.plan(dir, """
                sample: {method: sobol, n: 4, ranges: {scenario.demandScale: [0.5, 2], scenario.enforcementScale: [1, 3]}}
                """);
        assertThat(plan.scenarios()).hasSize(4 * (2 + 2));
        assertThat(plan.scenarios().subList(0, 4)).extracting(Scenario::role).containsExactly("A", "B", "AB1", "AB2");
        Scenario a = plan.scenario(1), b = plan.scenario(2), ab1 = plan.scenario(3), ab2 = plan.scenario(4);
        assertThat(ab1.parameters().get("scenario.demandScale")).isEqualTo(b.parameters().get("scenario.demandScale"));
        assertThat(ab1.parameters().get("scenario.enforcementScale")).isEqualTo(a.parameters().get("scenario.enforcementScale"));
        assertThat(ab2.parameters().get("scenario.demandScale")).isEqualTo(a.parameters().get("scenario.demandScale"));
        assertThat(ab2.parameters().get("scenario.enforcementScale")).isEqualTo(b.parameters().get("scenario.enforcementScale"));
    }

    @Test
    void shardsPartitionTheRuns() throws Exception {
        SweepPlan plan = SweepFiles.plan(dir, "seeds: 7\ngrid: {scenario.demandScale: [1, 2, 3]}\n");
        Set<Integer> seen = new HashSet<>();
        int total = 0;
        for (int k = 1; k <= 4; k++) {
            List<RunSpec> runs = plan.runs(new Shard(k, 4));
            assertThat(runs.size()).isBetween(5, 6);
            for (RunSpec r : runs) assertThat(seen.add(r.runId())).isTrue();
            total += runs.size();
        }
        assertThat(total).isEqualTo(plan.runCount());
        assertThat(Shard.parse(" 3/8 ")).isEqualTo(new Shard(3, 8));
    }

    @Test
    void fingerprintChangesWithThePlan() throws Exception {
        String a = SweepFiles.plan(dir, "seeds: 2\n").fingerprint();
        String b = SweepFiles.plan(dir, "seeds: 2\n").fingerprint();
        String c = SweepFiles.plan(dir, "seeds: 3\n").fingerprint();
        String d = SweepFiles.plan(dir, "seeds: 2\nuntil: 2010\n").fingerprint();
        assertThat(a).isEqualTo(b).isNotEqualTo(c).isNotEqualTo(d);
    }
}
