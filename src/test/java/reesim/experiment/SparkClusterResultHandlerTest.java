package reesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The driver side of the Spark engine on a cluster, where tasks are retried: a run's record delivered a second time
 * (a retried or speculative attempt of its task) is not written again.
 */
class SparkClusterResultHandlerTest {
    private static RunRecord record(int runId, double outcome) {
        return RunRecord.ok(new RunSpec(runId, 1, runId, 1000L + runId, List.of()), 0.1, new double[] {outcome});
    }

    @Test
    void aRunDeliveredTwiceIsWrittenOnce() {
        List<RunRecord> written = new ArrayList<>();
        SparkEngine.WriteRecords handler = new SparkEngine.WriteRecords(written::add, new AtomicReference<>());

        handler.apply(0, new RunRecord[] {record(1, 5)});
        handler.apply(1, new RunRecord[] {record(2, 6)});
        handler.apply(0, new RunRecord[] {record(1, 5)});

        assertThat(written).extracting(r -> r.spec().runId()).containsExactly(1, 2);
        assertThat(handler.duplicates()).isEqualTo(1);
    }

    @Test
    void aRunWhoseWriteFailedIsNotCountedAsWrittenAndLaterRecordsStop() {
        AtomicReference<IOException> failure = new AtomicReference<>();
        List<RunRecord> written = new ArrayList<>();
        boolean[] fail = {true};
        SparkEngine.WriteRecords handler = new SparkEngine.WriteRecords(r -> {
            if (fail[0]) throw new IOException("disk full");
            written.add(r);
        }, failure);

        handler.apply(0, new RunRecord[] {record(1, 5)});
        fail[0] = false;
        handler.apply(1, new RunRecord[] {record(2, 6)});

        assertThat(failure.get()).hasMessage("disk full");
        assertThat(written).as("nothing is written after a failed write: the sweep ends with that error").isEmpty();
        assertThat(handler.duplicates()).isZero();
    }
}
