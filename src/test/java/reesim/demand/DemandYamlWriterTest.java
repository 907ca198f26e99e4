package reesim.demand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.TestModels;
import reesim.cli.Main;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemandYamlWriterTest {
    @TempDir Path dir;

    @Test
    void onlyTheFamilysDemandLinesChange() throws Exception {
        List<String> before = Files.readAllLines(TestModels.BASELINE);
        List<String> children = List.of("      method: growth  # m | test", "      baseYear: 2017  # year | test",
                "      baseUnits: 5.0  # units/yr | test", "      rates:  # per year | test", "        2000: 0.1");
        List<String> after = DemandYamlWriter.replaceDemand(before, "laptop_computer", children);
        List<String> removed = new ArrayList<>(before), added = new ArrayList<>(after);
        removed.removeAll(after);
        added.removeAll(before);
        assertThat(removed).hasSize(4).allMatch(l -> l.startsWith("      ") && !l.startsWith("       "));
        // lines equal to lines elsewhere in the file do not show up as added
        assertThat(added).containsExactlyElementsOf(children.stream().filter(c -> !before.contains(c)).toList());
        int demand = after.indexOf("  laptop_computer:") + 5;
        assertThat(after.get(demand)).isEqualTo("    demand:");
        assertThat(after.subList(demand + 1, demand + 6)).containsExactlyElementsOf(children);
        assertThat(after.get(demand + 6)).startsWith("    lifetimeYears:");
    }

    @Test
    void anUnknownFamilyIsAnError() {
        assertThatThrownBy(() -> DemandYamlWriter.replaceDemand(List.of("products:", "  a:", "    demand:"), "b", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b:'");
    }

    @Test
    void numbersAreWrittenPlainWithSixSignificantDigits() {
        assertThat(DemandYamlWriter.plain(-0.000118585123)).isEqualTo("-0.000118585");
        assertThat(DemandYamlWriter.plain(5.0)).isEqualTo("5.0");
        assertThat(DemandYamlWriter.plain(-1.23456789e-7)).isEqualTo("-0.000000123457");
    }

    @Test
    void fitDemandWriteRewritesOneFamilyInPlaceAndTheConfigStillLoadsWithTheSamePath() throws Exception {
        Path cfg = dir.resolve("baseline.yaml");
        List<String> original = Files.readAllLines(TestModels.BASELINE);
        List<String> edited = new ArrayList<>(original);
        int i = edited.indexOf("  vacuum_cleaner:") + 7;
        edited.set(i, "      saturationPerCapita: 9.0  # units in use per capita | test value to be refitted");
        Files.write(cfg, edited);
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true));
            code = Main.execute("fit-demand", "--config", cfg.toString(), "--family", "vacuum_cleaner", "--write");
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        assertThat(out.toString()).contains("vacuum_cleaner").contains("wrote stock_gompertz parameters of [vacuum_cleaner]");
        List<String> written = Files.readAllLines(cfg);
        assertThat(written).hasSameSizeAs(original);
        for (int k = 0; k < original.size(); k++) {
            if (k < i - 1 || k > i + 2) assertThat(written.get(k)).as("line %d", k + 1).isEqualTo(original.get(k));
        }
        assertThat(written.get(i)).doesNotContain("9.0  #").contains("fitted by reesim fit-demand to seed_facts demand_vacuum_cleaners 2017");
        ModelConfig a = ConfigLoader.load(cfg, List.of(), ModelConfig.class).value(), b = TestModels.baseline();
        double fitted = new DemandPath(a.products.get("vacuum_cleaner").demand).unitsPerYear(2030);
        double committed = new DemandPath(b.products.get("vacuum_cleaner").demand).unitsPerYear(2030);
        assertThat(fitted).isCloseTo(committed, org.assertj.core.api.Assertions.withinPercentage(0.1));
    }

    @Test
    void anUnknownFamilyOnTheCommandLineIsBadInput() {
        PrintStream old = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true));
            assertThat(Main.execute("fit-demand", "--family", "toaster")).isEqualTo(Main.BAD_INPUT);
        } finally {
            System.setErr(old);
        }
    }
}
