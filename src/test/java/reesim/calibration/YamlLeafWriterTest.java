package reesim.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlLeafWriterTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String PROV = "reesim calibrate 2026-01-02, objective 0.1234";

    /** A fixed excerpt of the baseline as it was before calibration (exact expectations). */
    private static String fixture() throws Exception { return Files.readString(Path.of("src/test/resources/calibration/writer-fixture.yaml")); }

    /** The live baseline (whatever calibration has written into it; generic expectations). */
    private static String baseline() throws Exception { return Files.readString(Path.of("configs/baseline.yaml")); }

    @Test
    void indexFindsEveryScalarLeafOfTheBaselineAtItsSetPath() throws Exception {
        String text = baseline();
        Map<String, YamlLines.Leaf> index = YamlLines.index(Arrays.asList(text.split("\n", -1)));
        List<String> leaves = new ArrayList<>();
        collect(YAML.readTree(text), "", leaves);
        assertThat(leaves).hasSizeGreaterThan(500);
        for (String path : leaves) {
            boolean found = index.containsKey(path) || index.keySet().stream().anyMatch(k -> path.startsWith(k + "."));
            assertThat(found).as(path).isTrue();
        }
        YamlLines.Leaf leaf = index.get("mines.2.unitCost");
        String value = text.split("\n", -1)[leaf.line()].substring(leaf.valueStart(), leaf.valueEnd());
        assertThat(Double.parseDouble(value)).isEqualTo(TreePaths.get(YAML.readTree(text), "mines.2.unitCost").asDouble());
    }

    @Test
    void writesOnlyTheTargetedLeavesAndKeepsEveryComment() throws Exception {
        String before = fixture();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("mines.2.unitCost", "4.25");
        values.put("illegalMining.sites.ion_clay.count", "512");
        values.put("products.electric_vehicle.demand.rates.2000", "0.4321");
        values.put("world.projects.1.capacity", "9000.0");
        String after = YamlLeafWriter.write(before, values, PROV);

        String[] a = before.split("\n", -1), b = after.split("\n", -1);
        assertThat(b).hasSameSizeAs(a);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.length; i++) if (!a[i].equals(b[i])) changed.add(i);
        assertThat(changed).hasSize(values.size());

        JsonNode tree = YAML.readTree(after), old = YAML.readTree(before);
        assertThat(TreePaths.get(tree, "mines.2.unitCost").asDouble()).isEqualTo(4.25);
        assertThat(TreePaths.get(tree, "illegalMining.sites.ion_clay.count").isIntegralNumber()).isTrue();
        assertThat(TreePaths.get(tree, "illegalMining.sites.ion_clay.count").asInt()).isEqualTo(512);
        assertThat(TreePaths.get(tree, "products.electric_vehicle.demand.rates.2000").asDouble()).isEqualTo(0.4321);
        assertThat(TreePaths.get(tree, "products.electric_vehicle.demand.rates.2018")).isEqualTo(TreePaths.get(old, "products.electric_vehicle.demand.rates.2018"));

        String cost = line(after, "    unitCost: 4.25");
        assertThat(cost).isEqualTo("    unitCost: 4.25  # USD/kg REO | calibrated (" + PROV
                + "; prior 3.5, assumption: in-situ leaching with environmental costs)");
        assertThat(line(after, "        2000: 0.4321")).isEqualTo("        2000: 0.4321  # calibrated (" + PROV + "; prior 0.5)");
        long comments = Arrays.stream(a).filter(l -> l.contains("#")).count();
        assertThat(Arrays.stream(b).filter(l -> l.contains("#")).count()).isEqualTo(comments + 1);
    }

    @Test
    void aSecondCalibrationKeepsTheOriginalPrior() throws Exception {
        String once = YamlLeafWriter.write(fixture(), Map.of("mines.2.unitCost", "4.25"), PROV);
        String twice = YamlLeafWriter.write(once, Map.of("mines.2.unitCost", "5.0"), "reesim calibrate 2026-02-03, objective 0.1");
        assertThat(line(twice, "    unitCost: 5.0")).isEqualTo("    unitCost: 5.0  # USD/kg REO | calibrated (reesim calibrate 2026-02-03, objective 0.1"
                + "; prior 3.5, assumption: in-situ leaching with environmental costs)");
    }

    @Test
    void unknownPathsAndPathsInsideFlowCollectionsAreRefused() throws Exception {
        String text = fixture();
        assertThatThrownBy(() -> YamlLeafWriter.write(text, Map.of("mines.2.unitCots", "1.0"), PROV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mines.2.unitCots");
        assertThatThrownBy(() -> YamlLeafWriter.write(text, Map.of("policy.resourceTax.perTonneOre.light.2011", "1.0"), PROV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perTonneOre.light.2011");
    }

    @Test
    void rewritingTheLiveBaselineChangesOneLinePerLeafAndKeepsItValid() throws Exception {
        String before = baseline();
        Map<String, String> values = Map.of("scenario.demandScale", "1.25", "world.projects.1.capacity", "9001.0");
        String after = YamlLeafWriter.write(before, values, PROV);
        String[] a = before.split("\n", -1), b = after.split("\n", -1);
        int changed = 0;
        for (int i = 0; i < a.length; i++) if (!a[i].equals(b[i])) { changed++; assertThat(b[i]).contains("calibrated (" + PROV + "; prior "); }
        assertThat(changed).isEqualTo(2);
        java.nio.file.Path tmp = Files.createTempFile("baseline", ".yaml");
        Files.writeString(tmp, after);
        var cfg = reesim.config.ConfigLoader.load(tmp, List.of(), reesim.config.ModelConfig.class).value();
        assertThat(cfg.scenario.demandScale).isEqualTo(1.25);
        assertThat(cfg.world.projects.get(1).capacity).isEqualTo(9001.0);
        Files.delete(tmp);
    }

    @Test
    void handlesListItemsAtTheParentsIndentQuotesAndHashesInValues() {
        String text = "a:\n- x: 1  # u | s\n  y: \"p # q\"  # u2 | s2\n- x: 2\nb: {c: 1}\n";
        String out = YamlLeafWriter.write(text, Map.of("a.1.x", "3", "a.0.y", "z"), PROV);
        assertThat(out).isEqualTo("a:\n- x: 1  # u | s\n  y: z  # u2 | calibrated (" + PROV + "; prior \"p # q\", s2)\n- x: 3  # calibrated ("
                + PROV + "; prior 2)\nb: {c: 1}\n");
    }

    private static String line(String text, String prefix) {
        return Arrays.stream(text.split("\n")).filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no line " + prefix));
    }

    private static void collect(JsonNode n, String path, List<String> out) {
        if (n.isValueNode()) { out.add(path); return; }
        if (n.isArray()) for (int i = 0; i < n.size(); i++) collect(n.get(i), join(path, Integer.toString(i)), out);
        else n.fields().forEachRemaining(e -> collect(e.getValue(), join(path, e.getKey()), out));
    }

    private static String join(String a, String b) { return a.isEmpty() ? b : a + "." + b; }
}
