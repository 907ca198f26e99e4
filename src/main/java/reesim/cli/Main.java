package reesim.cli;

import reesim.config.BadInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import reesim.config.ConfigException;
import reesim.output.Manifest;

/** {@code java -jar reesim.jar <command>}. Exit codes: 0 success, 2 bad input, 1 internal error. */
@Command(name = "reesim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulator of the rare-earth element supply chain (MASON).",
        subcommands = {RunCommand.class, ValidateCommand.class, SweepCommand.class, CompareCommand.class, MergeCommand.class, GuiCommand.class, ReportCommand.class,
                FitDemandCommand.class, CalibrateCommand.class, CalibrationTableCommand.class, HistoryCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 1;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** {@code reesim} without a command: the usage on stderr and exit 2 (a command is required). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("bad input: no command given; expected one of the commands below");
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ConfigException ce) {
                cmd.getErr().println("bad input:\n" + ce.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof BadInputException bi) {
                cmd.getErr().println("bad input: " + bi.getMessage());
                return BAD_INPUT;
            }
            java.nio.file.FileSystemException unwritable = OutputPaths.unwritable(ex);
            if (unwritable != null) {
                cmd.getErr().println("bad input: " + OutputPaths.describe(unwritable));
                return BAD_INPUT;
            }
            cmd.getErr().println("internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            java.io.PrintWriter err = ex.getCommandLine().getErr();
            err.println("bad input: " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                // picocli's suggestions: the option or command names closest to the unknown one
                err.println("did you mean " + u.getSuggestions().stream().map(x -> "'" + x + "'").collect(java.util.stream.Collectors.joining(" or ")) + "?");
            }
            err.println("see: " + qualifiedName(ex.getCommandLine()) + " --help");
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    private static String qualifiedName(CommandLine c) {
        return c.getParent() == null ? c.getCommandName() : c.getParent().getCommandName() + " " + c.getCommandName();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[]{"reesim " + Manifest.version()}; }
    }
}
