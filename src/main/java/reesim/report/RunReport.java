package reesim.report;

import reesim.output.RunDirectory;

import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code report.html} of a results folder, from its CSVs and manifest alone. */
public final class RunReport {
    public static final String FILE_NAME = "report.html";

    private RunReport() {}

    /** (Re)builds {@code dir/report.html}; the header shows the manifest as it is on disk. */
    public static Path write(Path dir) throws IOException {
        return write(ReportData.read(dir), null);
    }

    /**
     * For the {@code run} command, which writes the report as the last file before it marks the manifest
     * complete (a run that fails before that leaves no results folder): the header shows status {@code complete}.
     */
    public static Path writeBeforeCompletion(Path dir) throws IOException {
        return write(ReportData.read(dir), "complete");
    }

    private static Path write(ReportData data, String statusShown) throws IOException {
        Object seed = data.manifest.getOrDefault("seed", "?");
        Object config = data.manifest.getOrDefault("config_file", data.dir.getFileName());
        String title = "reesim run report: " + config + ", seed " + seed;
        String html = HtmlTemplate.render(title, "run-body.html", "run-report.js", data.toPage(statusShown));
        Path out = data.dir.resolve(FILE_NAME);
        RunDirectory.writeAtomically(out, html);
        return out;
    }
}
