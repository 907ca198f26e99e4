package reesim.model;

import org.junit.jupiter.api.Test;
import reesim.bench.ScheduleProbe;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AgentSequenceTest {
    @Test
    void stepsEveryAgentOncePerTickInAShuffledOrder() {
        SimState state = new SimState(5);
        state.start();
        List<Integer> order = new ArrayList<>();
        List<Steppable> agents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int id = i;
            agents.add(s -> order.add(id));
        }
        AgentSequence seq = new AgentSequence(agents);
        assertThat(seq.agentCount()).isEqualTo(50);
        state.schedule.scheduleRepeating(seq);
        state.schedule.step(state);
        List<Integer> first = new ArrayList<>(order);
        order.clear();
        state.schedule.step(state);
        assertThat(first).hasSize(50).doesNotHaveDuplicates();
        assertThat(order).hasSize(50).doesNotHaveDuplicates().isNotEqualTo(first);
    }

    @Test
    void theProbeCountsTheAgentsOfTheSequencesNotTheSequences() throws Exception {
        ModelConfig cfg = ConfigLoader.load(Path.of("configs/baseline.yaml"), List.of(), ModelConfig.class).value();
        ReeModel m = new ReeModel(1, cfg);
        m.start();
        reesim.output.DataCollector.attachTo(m);
        Map<Integer, Integer> byOrdering = ScheduleProbe.byOrdering(m.schedule);
        Population p = m.population();
        assertThat(byOrdering.get(ModelScheduler.EXTRACTION)).isEqualTo(p.mines.size() + p.illegalMines.size() + p.inUse.size());
        // agents plus the state reserve, storage centres, inspectorate, market clearing, state statistics, data collector and close of month
        assertThat(ScheduleProbe.total(byOrdering)).isEqualTo(p.agentCount() + 7);
        assertThat(ScheduleProbe.entries(m.schedule)).isEqualTo(10);
        m.finish();
    }
}
