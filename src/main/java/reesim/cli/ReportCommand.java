package reesim.cli;

import reesim.config.BadInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import reesim.report.CalibrationSearchReport;
import reesim.report.PngCharts;
import reesim.report.ReportInputException;
import reesim.report.RunReport;
import reesim.report.SweepReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"(Re)build report.html of a results folder written by run (from annual.csv,",
                "flows.csv, manifest.json) or of a sweep folder (from stats.csv, sobol.csv).",
                "A calibration folder gets its report from evaluations.csv and calibration.json."})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a results folder written by run, a sweep folder written by sweep, or a calibration folder written by calibrate")
    Path dir;

    @Option(names = "--png", description = "also write each chart as a PNG into DIR/png/ (no browser needed)")
    boolean png;

    @Option(names = "--element", paramLabel = "EL", split = ",",
            description = "elements of the PNG time-series charts, repeatable or comma separated (default: Nd and REO)")
    List<String> elements = new ArrayList<>(List.of("Nd", "REO"));

    @Option(names = "--quiet", description = "print nothing on success")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) throw new BadInputException("report " + dir + ": no such folder; expected a results or sweep folder");
        boolean sweep = Files.isRegularFile(dir.resolve(SweepReport.STATS));
        boolean calibration = !sweep && CalibrationSearchReport.isCalibrationFolder(dir);
        if (!sweep && !calibration && !Files.isRegularFile(dir.resolve("annual.csv"))) {
            throw new BadInputException("report " + dir + ": neither annual.csv (a run's results folder), "
                    + SweepReport.STATS + " (a sweep folder) nor " + CalibrationSearchReport.EVALUATIONS + " with "
                    + CalibrationSearchReport.MANIFEST + " (a calibration folder) is there");
        }
        OutputPaths.requireWritableFolder("report", dir);
        if (calibration && png) throw new BadInputException("report --png " + dir + ": PNG charts are made for run and sweep folders only; expected no --png for a calibration folder");
        try {
            if (calibration) {
                Path html = CalibrationSearchReport.write(dir);
                if (!quiet) System.out.println("report written: " + html);
                return 0;
            }
            Path html = sweep ? SweepReport.write(dir) : RunReport.write(dir);
            List<Path> pngs = !png ? List.of() : sweep ? PngCharts.writeSweep(dir) : PngCharts.writeRun(dir, elements);
            if (!quiet) {
                System.out.println("report written: " + html);
                if (png) System.out.println(pngs.size() + " PNG charts written to " + dir.resolve(PngCharts.FOLDER));
            }
        } catch (ReportInputException e) {
            throw new BadInputException(e.getMessage());
        }
        return 0;
    }
}
