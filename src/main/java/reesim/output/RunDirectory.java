package reesim.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder that appears under its final name only when the run is complete.
 *
 * <p>Output is written into a hidden sibling {@code .<name>.partial-<random>}; {@link #commit()} renames it to
 * the final name in one atomic step. A run that fails, or is killed, therefore never leaves a folder with the
 * final name: at worst a {@code .partial-} folder remains. Use with try-with-resources so that an exception
 * before {@code commit()} deletes the partial folder:
 * <pre>{@code
 * try (RunDirectory run = RunDirectory.create(out)) {
 *     write(run.tempPath());
 *     run.commit();
 * }
 * }</pre>
 */
public final class RunDirectory implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path finalDir;
    private final Path tempDir;
    private boolean finished;

    private RunDirectory(Path finalDir, Path tempDir) {
        this.finalDir = finalDir;
        this.tempDir = tempDir;
    }

    /**
     * Creates the temporary sibling folder of {@code finalDir} (and missing parents).
     *
     * @throws IOException if {@code finalDir} already exists and is not an empty directory
     */
    public static RunDirectory create(Path finalDir) throws IOException {
        Path target = finalDir.toAbsolutePath().normalize();
        if (target.getFileName() == null) throw new IOException("not a usable results folder: " + finalDir);
        refuseExisting(target);
        Files.createDirectories(target.getParent());
        while (true) {
            Path temp = target.resolveSibling("." + target.getFileName() + ".partial-" + randomSuffix());
            try {
                return new RunDirectory(target, Files.createDirectory(temp));
            } catch (FileAlreadyExistsException e) {
                // name clash with another run: draw another suffix
            }
        }
    }

    /** The folder to write into until {@link #commit()}. */
    public Path tempPath() { return tempDir; }

    /** The name the folder gets on {@link #commit()}. */
    public Path finalPath() { return finalDir; }

    /**
     * Renames the temporary folder to the final name atomically. An existing empty folder of that name is
     * replaced; an existing non-empty one (for example a complete earlier run) is never touched.
     *
     * @throws IOException if the final folder exists and is not empty, or the rename fails; the temporary
     *                     folder is then left in place for {@link #abandon()}
     */
    public void commit() throws IOException {
        if (finished) throw new IllegalStateException("run directory already committed or abandoned: " + finalDir);
        refuseExisting(finalDir);
        try {
            Files.move(tempDir, finalDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // some platforms do not rename onto an existing empty folder: remove it and try once more
            deleteEmptyDirectory(finalDir);
            Files.move(tempDir, finalDir, StandardCopyOption.ATOMIC_MOVE);
        }
        finished = true;
    }

    /** Deletes the temporary folder and everything in it; does nothing after a commit. */
    public void abandon() throws IOException {
        if (finished) return;
        deleteRecursively(tempDir);
        finished = true;
    }

    /** Abandons the folder unless it was committed. */
    @Override
    public void close() throws IOException { abandon(); }

    /** Writes {@code content} (UTF-8) to a temporary file next to {@code file}, flushes it, then renames it over {@code file}. */
    public static void writeAtomically(Path file, String content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp-" + randomSuffix());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(content));
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void refuseExisting(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw new FileAlreadyExistsException(dir.toString(), null, "exists and is not a folder");
        if (isEmpty(dir)) return;
        throw new FileAlreadyExistsException(dir.toString(), null, Manifest.isComplete(dir)
                ? "already holds a complete run; choose another output folder"
                : "exists and is not empty; choose another output folder");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteEmptyDirectory(Path dir) throws IOException {
        try {
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            throw new FileAlreadyExistsException(dir.toString(), null, "exists and is not empty");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static String randomSuffix() {
        return Long.toUnsignedString(RANDOM.nextLong(), 36);
    }
}
