package reesim.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reesim.config.BadInputException;
import reesim.cli.ConfigOptions;
import reesim.cli.Main;
import reesim.config.ConfigException;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The bench, a development tool kept out of the product jar (it lives in the test sources). Run it
 * on the built jar and the compiled test classes:
 * <pre>
 * mvn -q -o package -DskipTests
 * java -cp target/reesim.jar:target/test-classes reesim.bench.BenchMain --quick
 * </pre>
 * A plain JVM rather than one inside Maven: the heap and time figures are then bench's alone, and
 * the -Xmx256m child run starts {@code reesim.cli.Main} on this JVM's {@code java.class.path}.
 * Exit codes as the product CLI's: 0 success, 2 bad input, 1 internal error.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the model in-process: baseline run time after warm-up, throughput at 1x/10x/100x population "
                + "against MASON's empty-Steppable floor, sweep runs/s on 1 and all threads, and peak heap. "
                + "Prints a table and writes it as CSV. Progress goes to stderr."})
public final class BenchMain implements Callable<Integer> {
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

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Parses and runs like {@code reesim.cli.Main.execute}, with the same messages and exit codes. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new BenchMain());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ConfigException ce) {
                cmd.getErr().println("bad input:\n" + ce.getMessage());
                return Main.BAD_INPUT;
            }
            if (ex instanceof BadInputException bi) {
                cmd.getErr().println("bad input: " + bi.getMessage());
                return Main.BAD_INPUT;
            }
            cmd.getErr().println("internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            return Main.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("bad input: " + ex.getMessage());
            ex.getCommandLine().getErr().println("see: " + ex.getCommandLine().getCommandName() + " --help");
            return Main.BAD_INPUT;
        });
        return cl.execute(args);
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
