package reesim.cli;

import reesim.config.BadInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import reesim.config.ConfigException;
import reesim.output.Manifest;

/** {@code java -jar reesim.jar <command>}. Exit codes: 0 success, 2 bad input, 1 internal error. */
@Command(name = "reesim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulator of the rare-earth element supply chain (MASON).",
        subcommands = {RunCommand.class, ValidateCommand.class, SweepCommand.class, MergeCommand.class, GuiCommand.class, ReportCommand.class,
                FitDemandCommand.class, CalibrateCommand.class, CalibrationTableCommand.class, HistoryCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 1;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(System.out); }

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
            cmd.getErr().println("internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("bad input: " + ex.getMessage());
            ex.getCommandLine().getErr().println("see: " + ex.getCommandLine().getCommandName() + " --help");
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[]{"reesim " + Manifest.version()}; }
    }
}
