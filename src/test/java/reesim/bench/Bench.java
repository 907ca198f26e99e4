package reesim.bench;

import reesim.output.DataCollector;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.model.ReeModel;
import reesim.output.Simulation;
import reesim.output.ResultWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the model in-process and returns the rows of the bench table: the machine; the wall
 * time of one baseline run after JIT warm-up; throughput and time per tick at several population
 * scales against MASON's floor (empty Steppables); sweep throughput on one and on all threads; and
 * heap use. The sweep here is a minimal loop of its own (a fixed thread pool calling
 * {@link Simulation#run} once per seed), not the project's sweep engine.
 */
public final class Bench {
    public enum Section { BASELINE, SCALING, SWEEP, MEMORY }

    /** What to measure and how often. {@code scalingYears} 0 runs the config's whole horizon at every scale. */
    public record Settings(Path config, List<String> sets, boolean quick, int warmups, int repeats, List<Double> scales,
                           int scalingYears, int sweepRuns, int threads, EnumSet<Section> sections, long seed) {
        public static Settings of(Path config, List<String> sets, boolean quick) {
            int cores = Runtime.getRuntime().availableProcessors();
            return quick
                    ? new Settings(config, sets, true, 2, 3, List.of(1.0, 10.0, 100.0), 2, 10, cores, EnumSet.allOf(Section.class), 1)
                    : new Settings(config, sets, false, 5, 9, List.of(1.0, 10.0, 100.0), 0, 200, cores, EnumSet.allOf(Section.class), 1);
        }

        public Settings withSweepRuns(int runs) {
            return new Settings(config, sets, quick, warmups, repeats, scales, scalingYears, runs, threads, sections, seed);
        }

        public Settings withThreads(int t) {
            return new Settings(config, sets, quick, warmups, repeats, scales, scalingYears, sweepRuns, t, sections, seed);
        }

        public Settings withSections(EnumSet<Section> s) {
            return new Settings(config, sets, quick, warmups, repeats, scales, scalingYears, sweepRuns, threads, s, seed);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Settings s;
    private final PrintStream log;
    private final List<Row> rows = new ArrayList<>();
    private int loadEndRow = -1;
    private final List<Row> goals = new ArrayList<>();
    private ModelConfig baseCfg;

    public Bench(Settings settings, PrintStream progress) {
        this.s = settings;
        this.log = progress;
    }

    /** Runs the selected sections; returns every row, machine first and goal checks last. */
    public List<Row> run() throws Exception {
        baseCfg = load(1.0);
        machine();
        if (has(Section.BASELINE)) baseline();
        if (has(Section.SCALING)) scaling();
        if (has(Section.SWEEP)) sweep();
        if (has(Section.MEMORY)) memory();
        rows.add(loadEndRow, new Row("machine", "load_average_end", "", "", Row.num(loadAverage()), "",
                "1-minute system load average as bench ended, bench's own threads included"));
        List<Row> all = new ArrayList<>(rows);
        all.addAll(goals);
        return all;
    }

    private boolean has(Section x) { return s.sections().contains(x); }

    private ModelConfig load(double populationScale) throws ConfigException {
        List<String> sets = new ArrayList<>(s.sets());
        if (populationScale != 1.0) sets.add("scenario.populationScale=" + populationScale);
        return ConfigLoader.load(s.config(), sets, ModelConfig.class).value();
    }

    private void add(String section, String metric, double scale, int threads, String value, String unit, String note) {
        rows.add(new Row(section, metric, Row.scale(scale), threads > 0 ? Integer.toString(threads) : "", value, unit, note));
    }

    private void add(String section, String metric, double scale, int threads, double value, String unit, String note) {
        add(section, metric, scale, threads, Row.num(value), unit, note);
    }

    private void goal(String metric, double value, String unit, boolean met, String note) {
        goals.add(new Row("goal", metric, "", "", Row.num(value), unit, (met ? "met" : "NOT met") + ": " + note));
    }

    // ---------------------------------------------------------------- machine

    private void machine() {
        Runtime rt = Runtime.getRuntime();
        add("machine", "cores", Double.NaN, 0, Integer.toString(rt.availableProcessors()), "count", "Runtime.availableProcessors()");
        add("machine", "cpu", Double.NaN, 0, cpuModel(), "", "/proc/cpuinfo model name");
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            add("machine", "physical_memory", Double.NaN, 0, os.getTotalMemorySize() / (1024.0 * 1024 * 1024), "GiB", "");
        }
        add("machine", "max_heap", Double.NaN, 0, rt.maxMemory() / (1024.0 * 1024), "MiB", "Runtime.maxMemory() (-Xmx or the JVM default)");
        add("machine", "java", Double.NaN, 0, System.getProperty("java.runtime.version"), "",
                System.getProperty("java.vm.name") + ", " + System.getProperty("java.vendor"));
        add("machine", "gc", Double.NaN, 0, ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(g -> g.getName()).collect(Collectors.joining(" + ")), "", "");
        add("machine", "os", Double.NaN, 0, System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"), "", "");
        add("machine", "load_average_start", Double.NaN, 0, loadAverage(), "",
                "1-minute system load average as bench started: what else ran in the minute before; well above 0 means a busy machine");
        loadEndRow = rows.size();
        add("machine", "mode", Double.NaN, 0, s.quick() ? "quick" : "full", "",
                String.format(Locale.ROOT, "%d warm-up + %d timed baseline runs; scaling over %s; %d sweep runs",
                        s.warmups(), s.repeats(), s.scalingYears() == 0 ? "the whole horizon" : s.scalingYears() + " years", s.sweepRuns()));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double threadCpuSeconds() {
        return THREADS.getCurrentThreadCpuTime() / 1e9;
    }

    private static double processCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException ex) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------- 1. baseline

    private double baselineMedian = Double.NaN;

    private void baseline() throws IOException {
        ModelConfig cfg = baseCfg;
        int end = cfg.time.endYear;
        log.printf("bench: baseline %d-%d, %d warm-up runs...%n", cfg.time.startYear, end, s.warmups());
        for (int i = 0; i < s.warmups(); i++) Simulation.run(cfg, s.seed(), end);
        double[] t = new double[s.repeats()];
        double[] cpu = new double[s.repeats()];
        double[] w = new double[s.repeats()];
        Path tmp = Files.createTempDirectory("reesim-bench-");
        try {
            for (int i = 0; i < t.length; i++) {
                double c0 = threadCpuSeconds();
                long t0 = System.nanoTime();
                ReeModel m = Simulation.run(cfg, s.seed(), end);
                t[i] = (System.nanoTime() - t0) / 1e9;
                cpu[i] = threadCpuSeconds() - c0;
                Path dir = Files.createDirectory(tmp.resolve("run" + i));
                long w0 = System.nanoTime();
                new ResultWriter(m).writeAll(dir);
                w[i] = (System.nanoTime() - w0) / 1e9;
                log.printf("bench: baseline run %d/%d: %.3f s (+ %.3f s writing results)%n", i + 1, t.length, t[i], w[i]);
            }
        } finally {
            deleteTree(tmp);
        }
        long ticks = (long) (end - cfg.time.startYear + 1) * 12;
        baselineMedian = median(t);
        String how = String.format(Locale.ROOT, "Simulation.run seed %d, %d ticks, in-process; median of %d after %d warm-up runs (min %s, max %s)",
                s.seed(), ticks, t.length, s.warmups(), Row.num(min(t)), Row.num(max(t)));
        add("baseline", "wall_time", 1, 1, baselineMedian, "s", how);
        add("baseline", "cpu_time", 1, 1, median(cpu), "s", "CPU time of the running thread, same runs; close to wall_time on an idle machine");
        add("baseline", "write_results", 1, 1, median(w), "s", "ResultWriter.writeAll (annual, monthly, flows CSV) of the finished run; median");
        goal("baseline_wall_time", baselineMedian, "s", baselineMedian < 0.5,
                "baseline run after warm-up under 0.5 s (CPU time " + Row.num(median(cpu)) + " s)");
    }

    // ---------------------------------------------------------------- 2./3. scaling and the floor

    private void scaling() throws Exception {
        double nsAt1 = Double.NaN, nsAtMax = Double.NaN, cpuNsAt1 = Double.NaN, cpuNsAtMax = Double.NaN, maxScale = Double.NaN;
        for (double scale : s.scales()) {
            ModelConfig cfg = load(scale);
            int until = s.scalingYears() == 0 ? cfg.time.endYear : cfg.time.startYear + s.scalingYears() - 1;
            int reps = s.quick() ? 1 : scale <= 1 ? 5 : scale <= 10 ? 3 : 1;
            log.printf("bench: population x%s: warm-up and %d timed run(s) to %d...%n", Row.num(scale), reps, until);
            // a short warm-up at this scale so the timed run does not pay for recompilation
            timedRun(cfg, Math.min(until, cfg.time.startYear + 1));
            double[] secs = new double[reps], cpus = new double[reps];
            Timed r = null;
            for (int i = 0; i < reps; i++) {
                r = timedRun(cfg, until);
                secs[i] = r.seconds;
                cpus[i] = r.cpuSeconds;
            }
            double sec = median(secs), cpu = median(cpus);
            long ticks = r.ticks;
            int steppables = ScheduleProbe.total(r.byOrdering);
            double steps = (double) steppables * ticks;
            double perStepNs = sec / steps * 1e9, cpuPerStepNs = cpu / steps * 1e9;
            add("scaling", "scheduled_steppables", scale, 1, steppables, "count",
                    "agents stepped per tick: Steppables on the schedule, each sequence counted by its members ("
                            + r.agentCount + " by Population.agentCount(); " + r.heapEntries + " schedule entries)");
            add("scaling", "ticks", scale, 1, ticks, "count", "stepped per run");
            add("scaling", "time_per_tick", scale, 1, sec / ticks * 1e3, "ms", "wall; median of " + reps + " run(s), stepping only (build excluded)");
            add("scaling", "cpu_time_per_tick", scale, 1, cpu / ticks * 1e3, "ms", "CPU time of the stepping thread");
            add("scaling", "agent_steps_per_s", scale, 1, steps / sec, "1/s", "scheduled Steppables x ticks / wall stepping time");
            add("scaling", "time_per_agent_step", scale, 1, perStepNs, "ns", "wall");
            add("scaling", "cpu_time_per_agent_step", scale, 1, cpuPerStepNs, "ns", "CPU time");

            FrameworkFloor.step(r.byOrdering, Math.min(ticks, 24), s.seed());   // warm-up
            double[] fl = new double[s.quick() ? 3 : 5], flCpu = new double[fl.length];
            for (int i = 0; i < fl.length; i++) {
                FrameworkFloor.Timing f = FrameworkFloor.step(r.byOrdering, ticks, s.seed());
                fl[i] = f.seconds();
                flCpu[i] = f.cpuSeconds();
            }
            double floorSec = median(fl), floorCpu = median(flCpu);
            double ratio = floorSec / sec, cpuRatio = floorCpu / cpu;
            add("floor", "time_per_tick", scale, 1, floorSec / ticks * 1e3, "ms",
                    "same count of empty Steppables, same orderings, bare MASON Schedule; wall, median of " + fl.length);
            add("floor", "cpu_time_per_tick", scale, 1, floorCpu / ticks * 1e3, "ms", "CPU time");
            add("floor", "agent_steps_per_s", scale, 1, steps / floorSec, "1/s", "");
            add("floor", "model_over_floor", scale, 1, ratio, "ratio",
                    "model agent-step throughput / floor throughput, wall (1 = the model costs nothing beyond MASON)");
            add("floor", "model_over_floor_cpu", scale, 1, cpuRatio, "ratio", "the same from CPU times");
            if (scale == 10) goal("floor_share_at_10x", ratio, "ratio", ratio >= 0.25,
                    "model throughput >= 25 % of the empty-MASON floor at 10x (CPU-time ratio " + Row.num(cpuRatio) + ")");
            if (scale == 1) { nsAt1 = perStepNs; cpuNsAt1 = cpuPerStepNs; }
            if (Double.isNaN(maxScale) || scale > maxScale) { maxScale = scale; nsAtMax = perStepNs; cpuNsAtMax = cpuPerStepNs; }
        }
        if (!Double.isNaN(nsAt1) && maxScale > 1) {
            double lin = nsAtMax / nsAt1, cpuLin = cpuNsAtMax / cpuNsAt1;
            String x = "x" + Row.num(maxScale);
            add("scaling", "per_step_cost_vs_1x", maxScale, 1, lin, "ratio", "time per agent-step at " + x + " / at x1, wall");
            add("scaling", "per_step_cpu_cost_vs_1x", maxScale, 1, cpuLin, "ratio", "the same from CPU times");
            goal("linear_scaling", lin, "ratio", lin <= 1.3,
                    "time per agent-step at " + x + " within 1.3x of x1 (CPU-time ratio " + Row.num(cpuLin) + ")");
        }
    }

    private record Timed(double seconds, double cpuSeconds, long ticks, Map<Integer, Integer> byOrdering, int agentCount, int heapEntries) {}

    private Timed timedRun(ModelConfig cfg, int untilYear) {
        ReeModel m = new ReeModel(s.seed(), cfg);
        m.start();
        DataCollector.attachTo(m);
        Map<Integer, Integer> byOrdering = ScheduleProbe.byOrdering(m.schedule);
        int heapEntries = ScheduleProbe.entries(m.schedule);
        double c0 = threadCpuSeconds();
        long t0 = System.nanoTime();
        m.runUntil(untilYear);
        double sec = (System.nanoTime() - t0) / 1e9;
        double cpu = threadCpuSeconds() - c0;
        long ticks = m.schedule.getSteps();
        m.finish();
        return new Timed(sec, cpu, ticks, byOrdering, m.population().agentCount(), heapEntries);
    }

    // ---------------------------------------------------------------- 4. sweep (and its heap)

    private double rate1 = Double.NaN, rateAll = Double.NaN;

    private void sweep() throws Exception {
        int n = s.sweepRuns();
        int all = s.threads();
        String how = "minimal in-bench loop (fixed thread pool, Simulation.run per seed " + (1000 + s.seed()) + ".."
                + (1000 + s.seed() + n - 1) + ", results discarded), not the project's sweep engine";
        if (!has(Section.BASELINE)) {
            // the JIT must be warm before the 1-thread pass, or the speedup would flatter the parallel one
            log.printf("bench: %d warm-up runs...%n", s.warmups());
            for (int i = 0; i < s.warmups(); i++) Simulation.run(baseCfg, s.seed(), baseCfg.time.endYear);
        }
        log.printf("bench: sweep of %d runs on 1 thread...%n", n);
        double sec1 = sweepSeconds(n, 1);
        rate1 = n / sec1;
        add("sweep", "runs_per_s", 1, 1, rate1, "1/s", how);
        double cpuPerRun1 = lastSweepCpu / n;
        add("sweep", "cpu_utilisation", 1, 1, lastSweepCpu / sec1, "cores",
                "process CPU time / wall time during the sweep (incl. GC and JIT threads)");
        add("sweep", "cpu_time_per_run", 1, 1, cpuPerRun1, "s", "process CPU time / runs");
        if (all > 1) {
            log.printf("bench: sweep of %d runs on %d threads...%n", n, all);
            double[] sec = new double[1];
            HeapProbe.Result heap = null;
            if (has(Section.MEMORY)) heap = HeapProbe.measure(() -> sec[0] = sweepSeconds(n, all));
            else sec[0] = sweepSeconds(n, all);
            rateAll = n / sec[0];
            add("sweep", "runs_per_s", 1, all, rateAll, "1/s", how);
            double cpuPerRun = lastSweepCpu / n;
            add("sweep", "cpu_utilisation", 1, all, lastSweepCpu / sec[0], "cores",
                    "process CPU time / wall time; below " + all + " means the threads did not get " + all + " cores");
            add("sweep", "cpu_time_per_run", 1, all, cpuPerRun, "s", "process CPU time / runs; above the 1-thread value when parallel runs slow each other");
            double speedup = rateAll / rate1;
            add("sweep", "speedup", 1, all, speedup, "x", "runs/s on " + all + " threads / runs/s on 1 thread");
            add("sweep", "parallel_efficiency", 1, all, speedup / all, "ratio", "speedup / threads");
            double cpuBound = all * cpuPerRun1 / cpuPerRun;
            add("sweep", "speedup_with_free_cores", 1, all, cpuBound, "x",
                    "estimate: threads x CPU time per run on 1 thread / on " + all + "; the speedup if no other process took CPU time");
            if (heap != null) heapRows("sweep_" + n + "_runs", all, heap);
            if (all == 2) goal("sweep_speedup_2_threads", speedup, "x", speedup >= 1.8,
                    "2 threads run >= 1.8x the runs/s of 1 thread (estimate with free cores " + Row.num(cpuBound) + "x)");
        } else if (has(Section.MEMORY)) {
            heapRows("sweep_" + n + "_runs", 1, HeapProbe.measure(() -> sweepSeconds(n, 1)));
        }
        double best = Double.isNaN(rateAll) ? rate1 : Math.max(rate1, rateAll);
        double minutes = 1000 / best / 60;
        goal("sweep_1000_runs", minutes, "min", minutes < 5,
                "1,000 baseline runs under 5 minutes (extrapolated from " + n + " runs at the best thread count)");
    }

    /** Process CPU seconds used by the last {@link #sweepSeconds} call. */
    private double lastSweepCpu;

    private double sweepSeconds(int runs, int threads) throws Exception {
        ModelConfig cfg = baseCfg;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double c0 = processCpuSeconds();
            long t0 = System.nanoTime();
            List<Future<Double>> results = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long seed = 1000 + s.seed() + i;
                results.add(pool.submit(() -> Simulation.run(cfg, seed, cfg.time.endYear).markets().oxide(0, false).price()));
            }
            double check = 0;
            for (Future<Double> f : results) check += f.get();
            double sec = (System.nanoTime() - t0) / 1e9;
            lastSweepCpu = processCpuSeconds() - c0;
            if (Double.isNaN(check)) throw new IllegalStateException("a sweep run ended with no price");
            return sec;
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    // ---------------------------------------------------------------- 5. memory

    private void memory() throws Exception {
        ModelConfig cfg = baseCfg;
        log.println("bench: heap of one baseline run...");
        HeapProbe.Result r = HeapProbe.measure(() -> Simulation.run(cfg, s.seed(), cfg.time.endYear));
        heapRows("baseline_run", 1, r);
        log.println("bench: baseline run in a child JVM with -Xmx256m...");
        ChildRun c = childRun("-Xmx256m");
        add("memory", "baseline_run_Xmx256m", 1, 1, c.ok ? "ok" : "failed", "",
                String.format(Locale.ROOT, "'run' command (build, run, write results) in a child JVM, exit %d, %.2f s wall incl. JVM start%s",
                        c.exit, c.seconds, c.ok ? "" : "; " + c.tail));
        goals.add(new Row("goal", "baseline_run_Xmx256m", "", "", c.ok ? "ok" : "failed", "",
                (c.ok ? "met" : "NOT met") + ": a baseline run completes with -Xmx256m"));
    }

    private void heapRows(String what, int threads, HeapProbe.Result r) {
        add("memory", "peak_heap_used_" + what, 1, threads, r.peakUsedMiB(), "MiB",
                "sum of heap pools' MemoryPoolMXBean.getPeakUsage() after System.gc() + resetPeakUsage(); includes uncollected garbage, grows with -Xmx");
        add("memory", "peak_heap_after_gc_" + what, 1, threads, r.peakAfterGcMiB(), "MiB",
                String.format(Locale.ROOT, "largest heap in use after a GC (GarbageCollectionNotificationInfo, %d GCs, one System.gc() at the end with the result alive); %s MiB in use before",
                        r.collections(), Row.num(r.beforeMiB())));
    }

    private record ChildRun(boolean ok, int exit, double seconds, String tail) {}

    private ChildRun childRun(String xmx) throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("reesim-bench-xmx-");
        try {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    xmx, "-cp", System.getProperty("java.class.path"), "reesim.cli.Main", "run", "--quiet",
                    "--config", s.config().toString(), "--seed", Long.toString(s.seed()), "--out", tmp.resolve("run").toString()));
            for (String set : s.sets()) { cmd.add("--set"); cmd.add(set); }
            Path out = tmp.resolve("child.log");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            boolean done = p.waitFor(10, TimeUnit.MINUTES);
            if (!done) p.destroyForcibly().waitFor();
            double sec = (System.nanoTime() - t0) / 1e9;
            int exit = done ? p.exitValue() : -1;
            List<String> lines = Files.readAllLines(out);
            String tail = String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
            return new ChildRun(exit == 0 && Files.isDirectory(tmp.resolve("run")), exit, sec, tail);
        } finally {
            deleteTree(tmp);
        }
    }

    // ---------------------------------------------------------------- helpers

    static double median(double[] x) {
        double[] c = x.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : 0.5 * (c[n / 2 - 1] + c[n / 2]);
    }

    private static double min(double[] x) { return Arrays.stream(x).min().orElse(Double.NaN); }
    private static double max(double[] x) { return Arrays.stream(x).max().orElse(Double.NaN); }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
