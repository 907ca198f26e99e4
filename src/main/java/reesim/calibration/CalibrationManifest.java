package reesim.calibration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import reesim.output.Manifest;
import reesim.output.RunDirectory;
import reesim.output.Timestamps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code calibration.json} of a calibration folder: what was calibrated (the files, their fingerprints and the
 * search settings that fix the sequence of evaluations), on which engine, and how far it got. {@code status} is
 * {@code running} until the search has ended and its report is written, then {@code complete}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class CalibrationManifest {
    public static final String FILE = "calibration.json";
    public static final String RUNNING = "running", COMPLETE = "complete";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @JsonProperty("reesim_version") public String reesimVersion = Manifest.version();
    @JsonProperty("config_file") public String configFile;
    /** SHA-256 of the resolved config (config.yaml beside it, --set overrides applied) and the hand-set priors recorded in its comments. */
    @JsonProperty("config_sha256") public String configSha256;
    @JsonProperty("overrides") public List<String> overrides = new ArrayList<>();
    @JsonProperty("targets_file") public String targetsFile;
    @JsonProperty("targets_sha256") public String targetsSha256;
    @JsonProperty("params_file") public String paramsFile;
    @JsonProperty("params_sha256") public String paramsSha256;
    @JsonProperty("method") public String method;
    @JsonProperty("optimiser_seed") public long optimiserSeed;
    @JsonProperty("step") public double step;
    @JsonProperty("seeds") public List<Long> seeds = new ArrayList<>();
    @JsonProperty("until") public int until;
    @JsonProperty("max_evals") public int maxEvals;
    @JsonProperty("parameters") public List<String> parameters = new ArrayList<>();
    /** Each parameter's bounds [lower, upper], for the report's axes. */
    @JsonProperty("parameter_bounds") public Map<String, List<Double>> parameterBounds = new LinkedHashMap<>();
    @JsonProperty("fit_targets") public List<String> fitTargets = new ArrayList<>();
    @JsonProperty("contrasts") public List<String> contrasts = new ArrayList<>();
    @JsonProperty("engine") public String engine;
    @JsonProperty("status") public String status = RUNNING;
    @JsonProperty("created") public String created = Timestamps.now();
    @JsonProperty("resumed") public int resumed;
    /** Evaluations after which a resume restarted the search from its best point (the record could not be replayed). */
    @JsonProperty("restarts") public List<Integer> restarts = new ArrayList<>();
    @JsonProperty("evaluations") public int evaluations;
    @JsonProperty("prior_J") public Double priorObjective;
    @JsonProperty("best_evaluation") public Integer bestEvaluation;
    @JsonProperty("best_J") public Double bestObjective;
    @JsonProperty("wall_seconds") public double wallSeconds;

    /** The settings a resume must repeat: name -> value as recorded. */
    @JsonIgnore
    public Map<String, String> fingerprint() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("config (--config, --set: resolved config and hand-set priors)", configSha256);
        f.put("targets (--targets)", targetsSha256);
        f.put("free parameters (--params)", paramsSha256);
        f.put("--method", method);
        f.put("--optimiser-seed", Long.toString(optimiserSeed));
        f.put("--step", Double.toString(step));
        f.put("seeds (--seeds, --seed-base)", seeds.toString());
        return f;
    }

    public void write(Path dir) throws IOException {
        RunDirectory.writeAtomically(dir.resolve(FILE), JSON.writeValueAsString(this) + System.lineSeparator());
    }

    public static CalibrationManifest read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE).toFile(), CalibrationManifest.class);
    }

    public static boolean exists(Path dir) { return Files.isRegularFile(dir.resolve(FILE)); }
}
