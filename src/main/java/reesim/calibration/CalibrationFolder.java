package reesim.calibration;

import reesim.config.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The output folder of a calibration: calibration.json, the files it used (config.yaml resolved, targets.yaml,
 * free-parameters.yaml), evaluations.csv as the search goes, and report.html at the end. A new calibration needs
 * a new or empty folder; a resume needs the folder of the same calibration (same fingerprint).
 */
public final class CalibrationFolder {
    public static final String CONFIG = "config.yaml", TARGETS = "targets.yaml", PARAMS = "free-parameters.yaml";

    private CalibrationFolder() {}

    /**
     * Starts a new calibration in {@code dir}: writes the manifest and copies the files in.
     *
     * @param configYaml the resolved config the search runs on
     */
    public static void create(Path dir, CalibrationManifest manifest, String configYaml, Path targets, Path params) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new BadInputException("--out " + dir + " is a file; expected a folder for the calibration");
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            throw new BadInputException("--out " + dir + " exists and is not empty; expected a new folder, or --resume " + dir
                    + " to continue the calibration in it");
        }
        Files.createDirectories(dir);
        manifest.write(dir);
        Files.writeString(dir.resolve(CONFIG), configYaml);
        Files.copy(targets, dir.resolve(TARGETS), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(params, dir.resolve(PARAMS), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Opens the folder of an interrupted (or finished) calibration to continue it with {@code now}'s settings:
     * refuses a folder of another calibration, naming each setting that differs. Returns the manifest to write,
     * {@code now} with the earlier one's history (created, resumes, restarts, wall time).
     */
    public static CalibrationManifest resume(Path dir, CalibrationManifest now) throws IOException {
        if (!Files.isDirectory(dir)) throw new BadInputException("--resume " + dir + ": no such folder; expected the folder of an interrupted calibration");
        if (!CalibrationManifest.exists(dir)) {
            throw new BadInputException("--resume " + dir + ": holds no " + CalibrationManifest.FILE + "; expected the output folder of an interrupted calibration");
        }
        CalibrationManifest before = CalibrationManifest.read(dir);
        List<String> differ = new ArrayList<>();
        Map<String, String> was = before.fingerprint(), is = now.fingerprint();
        was.forEach((k, v) -> { if (!String.valueOf(v).equals(String.valueOf(is.get(k)))) differ.add(k + ": recorded " + v + ", now " + is.get(k)); });
        if (!differ.isEmpty()) {
            throw new BadInputException("--resume " + dir + ": the folder's calibration was run with other settings (" + String.join("; ", differ)
                    + "); expected the same config, --set, --targets, --params, --seeds, --seed-base, --method, --optimiser-seed and --step"
                    + " as the calibration in " + dir + " (its files are copied there), or a new --out folder");
        }
        now.created = before.created;
        now.resumed = before.resumed + 1;
        now.restarts = new ArrayList<>(before.restarts);
        now.wallSeconds = before.wallSeconds;
        now.write(dir);
        return now;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
