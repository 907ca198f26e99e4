package reesim.experiment;

import org.apache.commons.csv.CSVRecord;
import reesim.config.BadInputException;
import reesim.kernel.RandomStreams;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Combines the folders of a sweep's shards (or of partial runs of it) into one: each run id once, taken from a
 * folder where it succeeded if any. The same run present twice with different outcomes is a conflict and an error.
 * The trajectories, if the sweep keeps any, follow each run's outcomes ({@link TrajectoryMerge}). Then stats.csv
 * (and sobol.csv) are rebuilt over all runs.
 */
public final class ShardMerge {
    /** What the merge found: runs present, failed among them, runs the plan has, and duplicates dropped. */
    public record Result(int present, int failed, int planned, int duplicates, Path out, int trajectoriesMissing) {
        public Result(int present, int failed, int planned, int duplicates, Path out) {
            this(present, failed, planned, duplicates, out, 0);
        }

        public String describe() {
            return "merged " + present + " of " + planned + " runs (" + failed + " failed, " + duplicates
                    + " duplicate rows dropped)" + (present < planned ? "; " + (planned - present) + " runs missing" : "")
                    + (trajectoriesMissing > 0 ? "; " + trajectoriesMissing + " runs without their trajectories" : "") + " -> " + out;
        }
    }

    private ShardMerge() {}

    public static Result merge(List<Path> inputs, Path out) throws IOException {
        if (inputs.isEmpty()) throw new BadInputException("merge: expected at least one sweep folder");
        List<SweepManifest> manifests = new ArrayList<>();
        List<String> runsHeader = null, outcomesHeader = null;
        for (Path in : inputs) {
            for (String f : List.of(SweepManifest.FILE, ResultColumns.RUNS, ResultColumns.OUTCOMES, ScenarioTable.FILE)) {
                if (!Files.isRegularFile(in.resolve(f))) throw new BadInputException("merge: " + in + " has no " + f + "; expected the --out folder of a sweep or shard");
            }
            SweepManifest m = SweepManifest.read(in);
            if (!manifests.isEmpty() && !m.planSha256.equals(manifests.get(0).planSha256)) {
                throw new BadInputException("merge: " + in + " is a different sweep from " + inputs.get(0)
                        + " (plan fingerprints differ); expected shards of one sweep file");
            }
            if (!manifests.isEmpty() && !java.util.Objects.equals(m.keep, manifests.get(0).keep)) {
                throw new BadInputException("merge: " + in + " keeps other trajectories (" + m.keep + ") than " + inputs.get(0)
                        + " (" + manifests.get(0).keep + "); expected shards of one sweep file");
            }
            manifests.add(m);
            CsvRows.dropPartialLastLine(in.resolve(ResultColumns.RUNS));
            CsvRows.dropPartialLastLine(in.resolve(ResultColumns.OUTCOMES));
            List<String> rh = CsvRows.header(in.resolve(ResultColumns.RUNS)), oh = CsvRows.header(in.resolve(ResultColumns.OUTCOMES));
            if (runsHeader != null && (!rh.equals(runsHeader) || !oh.equals(outcomesHeader))) {
                throw new BadInputException("merge: " + in + " has other columns than " + inputs.get(0));
            }
            runsHeader = rh;
            outcomesHeader = oh;
        }
        if (Files.exists(out) && (!Files.isDirectory(out) || Files.list(out).findAny().isPresent())) {
            throw new BadInputException("merge --out " + out + " exists and is not empty; expected a new folder");
        }
        int planned = manifests.get(0).runs;
        int[] outcomeFrom = new int[planned + 1], runFrom = new int[planned + 1];
        long[] outcomeHash = new long[planned + 1];
        int duplicates = 0;
        for (int i = 0; i < inputs.size(); i++) {
            int source = i + 1;
            Path in = inputs.get(i);
            int[] dup = {0};
            CsvRows.forEach(in.resolve(ResultColumns.OUTCOMES), r -> {
                int id = id(r, planned, in);
                long h = hash(r);
                if (outcomeFrom[id] == 0) {
                    outcomeFrom[id] = source;
                    outcomeHash[id] = h;
                } else if (outcomeHash[id] != h) {
                    throw new BadInputException("merge: run " + id + " has different outcomes in " + inputs.get(outcomeFrom[id] - 1)
                            + " and " + in + "; expected one result per run (same seed, same outcomes)");
                } else {
                    dup[0]++;
                }
            });
            duplicates += dup[0];
        }
        int[] failed = {0};
        for (int i = 0; i < inputs.size(); i++) {
            int source = i + 1;
            Path in = inputs.get(i);
            CsvRows.forEach(in.resolve(ResultColumns.RUNS), r -> {
                int id = id(r, planned, in);
                boolean ok = RunRecord.OK.equals(r.get("status"));
                if (outcomeFrom[id] != 0) {
                    if (ok && outcomeFrom[id] == source) runFrom[id] = source;
                } else if (!ok && runFrom[id] == 0) {
                    runFrom[id] = -source;
                }
            });
        }
        int present = 0;
        for (int id = 1; id <= planned; id++) {
            if (runFrom[id] != 0) present++;
            if (runFrom[id] < 0) failed[0]++;
        }
        Files.createDirectories(out);
        Path first = inputs.get(0);
        for (String f : List.of("sweep.yaml", "base-config.yaml", ScenarioTable.FILE)) {
            if (Files.isRegularFile(first.resolve(f))) Files.copy(first.resolve(f), out.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> rh = runsHeader, oh = outcomesHeader;
        CsvRows.writeAtomically(out.resolve(ResultColumns.RUNS), w -> copyChosen(w, rh, inputs, ResultColumns.RUNS, runFrom, planned, true));
        CsvRows.writeAtomically(out.resolve(ResultColumns.OUTCOMES), w -> copyChosen(w, oh, inputs, ResultColumns.OUTCOMES, runFrom, planned, false));
        int trajectoriesMissing = manifests.get(0).keep == null ? 0
                : TrajectoryMerge.merge(inputs, runFrom, manifests.get(0), ScenarioTable.read(first.resolve(ScenarioTable.FILE)), out);

        SweepManifest merged = manifests.get(0);
        merged.shard = "merged";
        merged.mergedFrom = inputs.stream().map(Path::toString).toList();
        merged.runsOk = present - failed[0];
        merged.runsFailed = failed[0];
        merged.wallSeconds = manifests.stream().mapToDouble(m -> m.wallSeconds).sum();
        merged.status = present == planned ? SweepManifest.COMPLETE : "partial";
        merged.write(out);
        StatsTable stats = StatsTable.rebuild(out);
        if (merged.isSobol()) {
            SobolAnalysis.write(out.resolve(SobolAnalysis.FILE), ScenarioTable.read(out.resolve(ScenarioTable.FILE)),
                    merged.gridParameters, merged.sampleParameters, stats);
        }
        reesim.report.SweepReport.write(out);
        return new Result(present, failed[0], planned, duplicates, out, trajectoriesMissing);
    }

    /**
     * Writes, in input order, the row of each run from the input it was chosen from: {@code from[id]} is that
     * input (1-based) for a successful run, minus it for a run that failed everywhere, 0 for a missing run.
     */
    private static void copyChosen(Writer w, List<String> header, List<Path> inputs, String file, int[] from, int planned,
                                   boolean runsFile) throws IOException {
        w.write(CsvRows.line(header));
        boolean[] written = new boolean[planned + 1];
        IOException[] failure = {null};
        for (int i = 0; i < inputs.size(); i++) {
            int source = i + 1;
            Path in = inputs.get(i);
            CsvRows.forEach(in.resolve(file), r -> {
                int id = id(r, planned, in);
                boolean mine = runsFile
                        ? (from[id] == source && RunRecord.OK.equals(r.get("status"))) || from[id] == -source
                        : from[id] == source;
                if (!mine || written[id] || failure[0] != null) return;
                written[id] = true;
                try {
                    w.write(CsvRows.line(r.toList()));
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
        }
        if (failure[0] != null) throw failure[0];
    }

    private static int id(CSVRecord r, int planned, Path in) {
        int id;
        try {
            id = Integer.parseInt(r.get(0));
        } catch (NumberFormatException e) {
            throw new BadInputException("merge: " + in + " row " + r.getRecordNumber() + " has run_id '" + r.get(0) + "'; expected a whole number");
        }
        if (id < 1 || id > planned) throw new BadInputException("merge: " + in + " has run_id " + id + " outside the sweep's 1-" + planned);
        return id;
    }

    private static long hash(CSVRecord r) {
        long h = 0;
        for (String field : r.toList()) {
            for (int i = 0; i < field.length(); i++) h = RandomStreams.mix(h ^ field.charAt(i));
            h = RandomStreams.mix(h ^ 0x1F);
        }
        return h;
    }
}
