package reesim.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command's help renders as written: picocli formats descriptions, so a bare '%' garbles them. */
class HelpTextTest {
    @Test
    void everyDescriptionLineIsAValidFormatString() {
        List<String> bad = new ArrayList<>();
        CommandLine root = new CommandLine(new Main());
        List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
        commands.add(root);
        for (CommandLine c : commands) {
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
