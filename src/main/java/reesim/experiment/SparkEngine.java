package reesim.experiment;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.collection.Iterator;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

import java.io.IOException;
import java.io.Serializable;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sweep as one Spark job: the run list is parallelized with one partition, hence one task, per run; each task
 * executes its run and returns the record; the driver writes each record as its task finishes (result handler of
 * {@code SparkContext.runJob}), so the files grow during the job just as with the local engine and --resume works
 * after a killed driver. A run's seed is in its {@link RunSpec}, fixed by the run id: a retried or speculative task
 * computes the same record. Spark hands the driver one result per partition (a task lost with its executor returns
 * nothing and runs again elsewhere; a second successful attempt is dropped by the scheduler), and the driver side
 * writes a run id at most once in addition, so no retry can put a run into the files twice.
 *
 * <p>Spark is a {@code provided} dependency: on a cluster it comes from {@code spark-submit}; the master comes from
 * there too ({@code spark.master}), or from {@code --spark-master} (e.g. {@code local[2]} for testing).
 */
public final class SparkEngine implements Engine {
    private final String master;
    private int parallelism = 1;

    /** @param master the Spark master URL, or null to take {@code spark.master} from spark-submit */
    public SparkEngine(String master) {
        this.master = master;
    }

    @Override
    public void execute(List<RunSpec> runs, RunTask task, RecordSink sink) throws Exception {
        SparkConf conf = new SparkConf().setAppName("reesim sweep");
        if (master != null) conf.setMaster(master);
        if (!conf.contains("spark.master")) {
            throw new reesim.config.BadInputException("--engine spark: no Spark master; expected the sweep to be started with "
                    + "spark-submit (which sets spark.master) or a --spark-master URL such as local[2]");
        }
        conf.setIfMissing("spark.log.level", "WARN");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            parallelism = sc.defaultParallelism();
            if (runs.isEmpty()) return;
            JavaRDD<RunSpec> rdd = sc.parallelize(runs, runs.size());
            AtomicReference<IOException> failure = new AtomicReference<>();
            ClassTag<RunRecord[]> tag = ClassTag$.MODULE$.apply(RunRecord[].class);
            sc.sc().runJob(rdd.rdd(), new ExecuteRuns(task), new WriteRecords(sink, failure), tag);
            if (failure.get() != null) throw failure.get();
        }
    }

    @Override
    public String describe() { return "spark[" + (master == null ? "spark-submit" : master) + "]"; }

    @Override
    public int parallelism() { return parallelism; }

    /** Runs on the executors: the partition's runs (one) to their records. */
    private static final class ExecuteRuns extends AbstractFunction1<Iterator<RunSpec>, RunRecord[]> implements Serializable {
        private final RunTask task;

        ExecuteRuns(RunTask task) { this.task = task; }

        @Override
        public RunRecord[] apply(Iterator<RunSpec> specs) {
            java.util.List<RunRecord> records = new java.util.ArrayList<>();
            while (specs.hasNext()) records.add(task.execute(specs.next()));
            return records.toArray(new RunRecord[0]);
        }
    }

    /** Runs on the driver as each task finishes; writes each run id once, whatever the scheduler delivers. */
    static final class WriteRecords extends AbstractFunction2<Object, RunRecord[], BoxedUnit> implements Serializable {
        private final transient RecordSink sink;
        private final transient AtomicReference<IOException> failure;
        private final transient BitSet written = new BitSet();
        private transient int duplicates;

        WriteRecords(RecordSink sink, AtomicReference<IOException> failure) {
            this.sink = sink;
            this.failure = failure;
        }

        @Override
        public synchronized BoxedUnit apply(Object partition, RunRecord[] records) {
            for (RunRecord r : records) {
                if (failure.get() != null) break;
                int id = r.spec().runId();
                if (written.get(id)) {
                    duplicates++;
                    continue;
                }
                try {
                    sink.accept(r);
                    written.set(id);
                } catch (IOException e) {
                    failure.compareAndSet(null, e);
                }
            }
            return BoxedUnit.UNIT;
        }

        /** Records delivered again for a run already written, and so not written. */
        synchronized int duplicates() { return duplicates; }
    }
}
