package reesim.cli;

import reesim.config.BadInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reesim.bench.Bench;
import reesim.bench.BenchReport;
import reesim.bench.Row;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the model in-process: baseline run time after warm-up, throughput at 1x/10x/100x population "
                + "against MASON's empty-Steppable floor, sweep runs/s on 1 and all threads, and peak heap. "
                + "Prints a table and writes it as CSV. Progress goes to stderr."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = "--quick", description = "fewer repeats, 2 simulated years at each population scale, 10 sweep runs (about a minute)")
    boolean quick;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "CSV file to write (default: results/bench-<yyyyMMdd-HHmmss>.csv)")
    Path out;

    @Option(names = "--runs", paramLabel = "N", description = "runs in each sweep measurement (default: 200, --quick 10)")
    Integer runs;

    @Option(names = "--threads", paramLabel = "N", description = "threads of the parallel sweep (default: all available processors)")
    Integer threads;

    @Option(names = "--only", paramLabel = "SECTION", split = ",",
            description = "measure only these sections: baseline, scaling, sweep, memory (default: all)")
    List<String> only;

    @Override
    public Integer call() throws Exception {
        Bench.Settings settings = Bench.Settings.of(options.config, options.sets, quick);
        if (runs != null) {
            if (runs < 1) throw new BadInputException("--runs " + runs + ": expected at least 1");
            settings = settings.withSweepRuns(runs);
        }
        if (threads != null) {
            if (threads < 1) throw new BadInputException("--threads " + threads + ": expected at least 1");
            settings = settings.withThreads(threads);
        }
        if (only != null && !only.isEmpty()) settings = settings.withSections(sections(only));
        Path file = out != null ? out : Path.of("results", "bench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv");
        long t0 = System.nanoTime();
        List<Row> rows = new Bench(settings, System.err).run();
        BenchReport.printTable(rows, System.out);
        BenchReport.writeCsv(rows, file);
        System.out.printf(Locale.ROOT, "%nbench took %.0f s; CSV written to %s%n", (System.nanoTime() - t0) / 1e9, file);
        return 0;
    }

    private static EnumSet<Bench.Section> sections(List<String> names) {
        EnumSet<Bench.Section> set = EnumSet.noneOf(Bench.Section.class);
        for (String n : names) {
            try {
                set.add(Bench.Section.valueOf(n.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ex) {
                throw new BadInputException("--only " + n + ": expected baseline, scaling, sweep or memory");
            }
        }
        return set;
    }
}
