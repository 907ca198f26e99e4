package reesim.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import reesim.output.Manifest;
import reesim.output.RunDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sweep.json} of a sweep folder: what was swept, the plan's fingerprint (resume and merge refuse a folder of
 * another plan), which shard, and whether it is complete.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class SweepManifest {
    public static final String FILE = "sweep.json";
    public static final String RUNNING = "running", COMPLETE = "complete";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @JsonProperty("reesim_version") public String reesimVersion = Manifest.version();
    @JsonProperty("name") public String name;
    @JsonProperty("sweep_file") public String sweepFile;
    @JsonProperty("sweep_sha256") public String sweepSha256;
    @JsonProperty("base_config") public String baseConfig;
    @JsonProperty("base_sha256") public String baseSha256;
    @JsonProperty("base_overrides") public List<String> baseOverrides = new ArrayList<>();
    @JsonProperty("plan_sha256") public String planSha256;
    @JsonProperty("start_year") public int startYear;
    @JsonProperty("until") public int until;
    @JsonProperty("scenarios") public int scenarios;
    @JsonProperty("replicates") public int replicates;
    @JsonProperty("runs") public int runs;
    @JsonProperty("common_random_numbers") public boolean commonRandomNumbers;
    @JsonProperty("grid_parameters") public List<String> gridParameters = new ArrayList<>();
    @JsonProperty("sample_method") public String sampleMethod;
    @JsonProperty("sample_parameters") public List<String> sampleParameters = new ArrayList<>();
    @JsonProperty("outcomes") public List<String> outcomes = new ArrayList<>();
    /** Each outcome's unit (the report's axis labels): a peak's year in years, a sum of a flow over years in t. */
    @JsonProperty("outcome_units") public java.util.Map<String, String> outcomeUnits = new java.util.LinkedHashMap<>();
    /** What the trajectories table keeps (format, years, series), or null: resume and merge refuse a folder that keeps other series. */
    @JsonProperty("keep") public String keep;
    @JsonProperty("keep_format") public String keepFormat;
    @JsonProperty("keep_rows_per_run") public Integer keepRowsPerRun;
    @JsonProperty("shard") public String shard;
    @JsonProperty("engine") public String engine;
    @JsonProperty("merged_from") public List<String> mergedFrom;
    @JsonProperty("status") public String status = RUNNING;
    @JsonProperty("created") public String created = reesim.output.Timestamps.now();
    @JsonProperty("runs_ok") public int runsOk;
    @JsonProperty("runs_failed") public int runsFailed;
    @JsonProperty("wall_seconds") public double wallSeconds;

    public static SweepManifest of(SweepPlan plan, Shard shard, String engine) {
        SweepSpec s = plan.spec();
        SweepManifest m = new SweepManifest();
        m.name = s.name();
        m.sweepFile = s.file().toString();
        m.sweepSha256 = s.fileSha256();
        m.baseConfig = s.baseLabel();
        m.baseSha256 = s.baseSha256();
        m.baseOverrides = new ArrayList<>(s.baseOverrides());
        m.planSha256 = plan.fingerprint();
        m.startYear = s.startYear();
        m.until = s.untilYear();
        m.scenarios = plan.scenarios().size();
        m.replicates = plan.replicates();
        m.runs = plan.runCount();
        m.commonRandomNumbers = s.seeds().commonRandomNumbers();
        m.gridParameters = new ArrayList<>(s.grid().keySet());
        if (s.sample() != null) {
            m.sampleMethod = s.sample().method().label;
            m.sampleParameters = new ArrayList<>(s.sample().ranges().keySet());
        }
        m.outcomes = new ArrayList<>(s.outcomes().stream().map(OutcomeSpec::name).toList());
        for (OutcomeSpec o : s.outcomes()) {
            String unit = reesim.report.OutcomeUnits.of(o.metric().label, o.denominator() == null ? null : o.denominator().label, o.stat().label);
            if (unit != null) m.outcomeUnits.put(o.name(), unit);
        }
        if (s.keep() != null) {
            m.keep = s.keep().fingerprint();
            m.keepFormat = s.keep().format().label;
            m.keepRowsPerRun = s.keep().rowsPerRun();
        }
        m.shard = shard.toString();
        m.engine = engine;
        return m;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isSobol() { return "sobol".equals(sampleMethod); }

    public void write(Path dir) throws IOException {
        RunDirectory.writeAtomically(dir.resolve(FILE), JSON.writeValueAsString(this) + System.lineSeparator());
    }

    public static SweepManifest read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE).toFile(), SweepManifest.class);
    }

    public static boolean exists(Path dir) { return Files.isRegularFile(dir.resolve(FILE)); }
}
