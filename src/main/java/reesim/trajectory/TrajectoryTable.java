package reesim.trajectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a sweep folder keeps its trajectories, and reading them whatever the format: the Parquet part files of
 * {@code trajectories/} (in part order), or {@code trajectories.csv}.
 */
public final class TrajectoryTable {
    public static final String FOLDER = "trajectories";
    public static final String CSV = "trajectories.csv";
    private static final Pattern PART = Pattern.compile("part-(\\d{5,})\\.parquet");

    private TrajectoryTable() {}

    /** True if {@code dir} holds a trajectories table (a CSV file, or a folder with at least one part). */
    public static boolean exists(Path dir) throws IOException {
        return Files.isRegularFile(dir.resolve(CSV)) || !parts(dir.resolve(FOLDER)).isEmpty();
    }

    /** The finished part files of a trajectories folder, in part order (hidden temporary files left out). */
    public static List<Path> parts(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> PART.matcher(p.getFileName().toString()).matches())
                    .sorted(java.util.Comparator.comparingInt(TrajectoryTable::partNumber)).toList();
        }
    }

    /** The number of a part file's name ({@code part-00012.parquet} is 12). */
    public static int partNumber(Path part) {
        var m = PART.matcher(part.getFileName().toString());
        if (!m.matches()) throw new IllegalArgumentException(part + " is not a part file");
        return Integer.parseInt(m.group(1));
    }

    /** The file name of part {@code n}. */
    public static String partName(int n) {
        return String.format("part-%05d.parquet", n);
    }

    /** Streams every row of the sweep folder's trajectories (none if it keeps none). */
    public static void forEach(Path dir, Consumer<TrajectoryRow> action) throws IOException {
        if (Files.isRegularFile(dir.resolve(CSV))) {
            TrajectoryCsv.forEach(dir.resolve(CSV), action);
            return;
        }
        for (Path part : parts(dir.resolve(FOLDER))) ParquetPart.forEach(part, ParquetPart.parameters(part), action);
    }
}
