package reesim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** scenarios.csv: every scenario of the sweep (scenario, cell, point, role, the parameters), written before any run. */
public final class ScenarioTable {
    public static final String FILE = "scenarios.csv";
    private static final List<String> KEY = List.of("scenario", "cell", "point", "role");

    private ScenarioTable() {}

    public static void write(Path file, List<String> parameters, List<Scenario> scenarios) throws IOException {
        List<String> header = new ArrayList<>(KEY);
        header.addAll(parameters);
        CsvRows.writeAtomically(file, w -> {
            w.write(CsvRows.line(header));
            for (Scenario s : scenarios) {
                List<Object> row = new ArrayList<>(List.of(s.id(), s.cell(), s.point(), s.role()));
                row.addAll(s.parameters().values());
                w.write(CsvRows.line(row));
            }
        });
    }

    public static List<Scenario> read(Path file) throws IOException {
        List<String> header = CsvRows.header(file);
        List<String> parameters = header.subList(KEY.size(), header.size());
        List<Scenario> scenarios = new ArrayList<>();
        CsvRows.forEach(file, r -> {
            LinkedHashMap<String, String> p = new LinkedHashMap<>();
            for (String name : parameters) p.put(name, r.get(name));
            scenarios.add(new Scenario(Integer.parseInt(r.get("scenario")), Integer.parseInt(r.get("cell")),
                    Integer.parseInt(r.get("point")), r.get("role"), p));
        });
        return scenarios;
    }
}
