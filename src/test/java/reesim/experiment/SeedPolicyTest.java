package reesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedPolicyTest {
    @TempDir Path dir;

    @Test
    void derivedSeedsAreDistinctAcrossScenariosAndReplicates() throws Exception {
        SweepPlan plan = SweepFiles.plan(dir, "seeds: 20\ngrid: {scenario.enforcementScale: [0.5, 1, 2, 4], scenario.exportTariffAdd: [0, 0.1, 0.2]}\n");
        Set<Long> seeds = new HashSet<>();
        for (int id = 1; id <= plan.runCount(); id++) seeds.add(plan.run(id).seed());
        assertThat(seeds).hasSize(240);
        assertThat(seeds).allSatisfy(s -> assertThat(s).isNotNegative());
        assertThat(plan.sharedSeed()).isEmpty();
    }

    @Test
    void commonRandomNumbersGiveEveryScenarioTheSameSeeds() throws Exception {
        SweepPlan plan = SweepFiles.plan(dir, "seeds: [11, 12, 13]\ncommonRandomNumbers: true\ngrid: {scenario.demandScale: [1, 2]}\n");
        assertThat(List.of(plan.run(1).seed(), plan.run(2).seed(), plan.run(3).seed())).containsExactly(11L, 12L, 13L);
        assertThat(List.of(plan.run(4).seed(), plan.run(5).seed(), plan.run(6).seed())).containsExactly(11L, 12L, 13L);
    }

    @Test
    void seedDependsOnlyOnScenarioAndReplicate() {
        SeedPolicy a = new SeedPolicy(List.of(1L, 2L, 3L), false);
        SeedPolicy b = new SeedPolicy(List.of(1L, 2L, 3L), false);
        assertThat(a.seed(7, 2)).isEqualTo(b.seed(7, 2));
        assertThat(a.seed(7, 2)).isNotEqualTo(a.seed(8, 2)).isNotEqualTo(a.seed(7, 3));
        assertThat(new SeedPolicy(List.of(1L, 2L, 3L), true).seed(7, 2)).isEqualTo(2L);
    }
}
