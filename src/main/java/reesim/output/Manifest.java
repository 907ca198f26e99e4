package reesim.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code manifest.json} of a results folder: what was run, from which input, and whether it finished. */
@JsonPropertyOrder({"reesim_version", "config_file", "config_sha256", "overrides", "seed", "start_year",
        "end_year", "ticks", "wall_seconds", "status", "created", "extra"})
public final class Manifest {
    public static final String FILE_NAME = "manifest.json";

    public enum Status {
        @JsonProperty("running") RUNNING,
        @JsonProperty("complete") COMPLETE
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @JsonProperty("reesim_version") public String reesimVersion = version();
    @JsonProperty("config_file") public String configFile;
    @JsonProperty("config_sha256") public String configSha256;
    @JsonProperty("overrides") public List<String> overrides = new ArrayList<>();
    @JsonProperty("seed") public long seed;
    @JsonProperty("start_year") public int startYear;
    @JsonProperty("end_year") public int endYear;
    @JsonProperty("ticks") public long ticks;
    @JsonProperty("wall_seconds") public double wallSeconds;
    @JsonProperty("status") public Status status = Status.RUNNING;
    /** ISO-8601 date-time with offset, e.g. {@code 2025-03-01T12:00:00+01:00}. */
    @JsonProperty("created") public String created = Timestamps.now();
    @JsonProperty("extra") public Map<String, Object> extra = new LinkedHashMap<>();

    /** A manifest for a run that is starting: status {@code running}, created now. */
    public static Manifest running(String configFile, String configSha256, List<String> overrides,
                                   long seed, int startYear, int endYear) {
        Manifest m = new Manifest();
        m.configFile = configFile;
        m.configSha256 = configSha256;
        m.overrides = new ArrayList<>(overrides == null ? List.of() : overrides);
        m.seed = seed;
        m.startYear = startYear;
        m.endYear = endYear;
        return m;
    }

    /** Marks the run complete with its tick count and wall-clock duration; returns this manifest. */
    public Manifest complete(long ticks, double wallSeconds) {
        this.ticks = ticks;
        this.wallSeconds = wallSeconds;
        this.status = Status.COMPLETE;
        return this;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code manifest.json} into {@code dir} atomically. */
    public void write(Path dir) throws IOException {
        RunDirectory.writeAtomically(dir.resolve(FILE_NAME), toJson());
    }

    /** Reads a manifest from a results folder or from the {@code manifest.json} file itself. */
    public static Manifest read(Path dirOrFile) throws IOException {
        Path file = Files.isDirectory(dirOrFile) ? dirOrFile.resolve(FILE_NAME) : dirOrFile;
        return JSON.readValue(file.toFile(), Manifest.class);
    }

    /** True if {@code dir} holds a readable manifest whose status is {@code complete}. */
    public static boolean isComplete(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return false;
        try {
            return read(file).status == Status.COMPLETE;
        } catch (IOException e) {
            return false;
        }
    }

    /** The packaged reesim version, or {@code dev} when running from classes. */
    public static String version() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
