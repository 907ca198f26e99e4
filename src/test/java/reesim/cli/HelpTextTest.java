package reesim.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command's help renders as written: picocli formats descriptions, so a bare '%' garbles them; each
 * description paragraph is a whole sentence; a missing command and an unknown option are bad input with help.
 */
class HelpTextTest {

    static CliRun exec(String... args) { return CliRun.of(args); }

    private static List<CommandLine> commands() {
        CommandLine root = new CommandLine(new Main());
        List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
        commands.add(root);
        return commands;
    }

    @Test
    void everyCommandsHelpRendersWholeSentencesAndWholeFileNames() {
        List<String> bad = new ArrayList<>();
        java.util.regex.Pattern brokenName = java.util.regex.Pattern.compile("\\.\\n\\s*(csv|json|html|yaml|md|jar|ckpt|png)\\b");
        for (CommandLine c : commands()) {
            var spec = c.getCommandSpec();
            if (spec.name().equals("help")) continue;   // picocli's own help command
            String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String[] description = spec.usageMessage().description();
            if (description.length == 0) {
                bad.add(spec.name() + ": no description");
                continue;
            }
            String last = description[description.length - 1].strip();
            if (!last.endsWith(".")) bad.add(spec.name() + ": the description ends mid-sentence: " + last);
            // an element longer than the usage width is wrapped by picocli as a paragraph: it must end a sentence
            int width = spec.usageMessage().width();
            for (String line : description) {
                if (line.length() >= width && !line.strip().endsWith(".")) bad.add(spec.name() + ": a wrapped paragraph ends mid-sentence: " + line);
            }
            if (!help.contains(last.substring(last.lastIndexOf(' ') + 1))) bad.add(spec.name() + ": help does not show the end of: " + last);
            var m = brokenName.matcher(help);
            if (m.find()) bad.add(spec.name() + ": help breaks a file name across lines at: " + help.substring(Math.max(0, m.start() - 30), m.end()));
            if (!help.contains("--help")) bad.add(spec.name() + ": help lists no --help");
        }
        assertThat(bad).isEmpty();
        assertThat(exec("merge", "--help").out()).contains("with every run once").contains("report.html from the combined runs.");
    }

    @Test
    void noCommandPrintsTheUsageAndIsBadInput() {
        CliRun o = exec();
        assertThat(o.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err()).contains("no command given").contains("Usage: reesim").contains("run").contains("sweep");
        assertThat(exec("--help").code()).isZero();
    }

    @Test
    void anUnknownOptionOrCommandGetsPicocliSuggestions() {
        CliRun o = exec("run", "--untl", "2003");
        assertThat(o.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err()).contains("--untl").contains("did you mean '--until'?").contains("see: reesim run --help")
                .doesNotContain("Exception");
        CliRun c = exec("swep");
        assertThat(c.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(c.err()).contains("did you mean").contains("'sweep'");
    }

    @Test
    void everyDescriptionLineIsAValidFormatString() {
        List<String> bad = new ArrayList<>();
        for (CommandLine c : commands()) {
            var spec = c.getCommandSpec();
            List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
            spec.options().forEach(o -> lines.addAll(List.of(o.description())));
            spec.positionalParameters().forEach(p -> lines.addAll(List.of(p.description())));
            for (String line : lines) {
                try {
                    String.format(line);
                } catch (java.util.IllegalFormatException e) {
                    bad.add(spec.name() + ": " + line);
                }
            }
        }
        assertThat(bad).as("descriptions picocli cannot format (write %% for a percent sign)").isEmpty();
    }
}
