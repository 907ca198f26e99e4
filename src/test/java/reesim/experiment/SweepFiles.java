package reesim.experiment;

import reesim.config.ConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small sweep files over the project's baseline config for tests. */
final class SweepFiles {
    static final Path BASELINE = Path.of("configs/baseline.yaml").toAbsolutePath();

    private SweepFiles() {}

    /** A sweep file in {@code dir} whose base is the baseline config, with {@code body} after the base line. */
    static Path write(Path dir, String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "base: " + BASELINE + "\n" + body);
        return file;
    }

    static SweepPlan plan(Path dir, String body) throws IOException, ConfigException {
        return SweepPlan.of(SweepSpec.load(write(dir, "sweep.yaml", body), List.of()));
    }
}
