package reesim.model;

import sim.engine.RandomSequence;
import sim.engine.Steppable;

import java.util.Collection;

/**
 * The agents of one ordering, scheduled as one repeating Steppable: each tick MASON's
 * {@link RandomSequence} shuffles them with the model's random generator and steps them in that
 * order, as the schedule would have done with one entry per agent, without taking every agent out
 * of and back into the schedule's heap. The agents stay Steppables of their own.
 */
public final class AgentSequence extends RandomSequence {
    private static final long serialVersionUID = 1L;

    public AgentSequence(Collection<? extends Steppable> agents) {
        // MASON 18's Sequence(Collection) constructor leaves the size at 0 (nothing would be stepped);
        // the array constructor sets it
        super(agents.toArray(new Steppable[0]));
    }

    /** The agents this sequence steps each tick. */
    public int agentCount() {
        loadSteps();
        return size;
    }
}
