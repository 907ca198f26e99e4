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
 * <p>Output is written into a hidden sibling {@code .<name>.partial-<pid>-<random>}; {@link #commit()} renames it to
 * the final name in one atomic step. A run that fails, or is killed, therefore never leaves a folder with the
 * final name: at worst a {@code .partial-} folder remains. Use with try-with-resources so that an exception
 * before {@code commit()} deletes the partial folder (example at the end).
 *
 * <p>The partial folder's name carries the owning process's pid ({@code .<name>.partial-<pid>-<random>}) and the
 * folder holds an {@value #OWNER_FILE} file (pid, the process's start time, host) until the commit. A partial
 * folder left by a killed process is <em>stale</em> when it was made on this host and its process is gone (no
 * process with that pid, or one started at another time: the pid was reused); {@link #removeStalePartials}
 * deletes such folders. Partial folders of other hosts are left alone; one without a pid in its name (written by
 * an earlier reesim) is stale when untouched for {@value #LEGACY_STALE_HOURS} hours.
 * <pre>{@code
 * try (RunDirectory run = RunDirectory.create(out)) {
 *     write(run.tempPath());
 *     run.commit();
 * }
 * }</pre>
 */
public final class RunDirectory implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The file in a partial folder that names its owner: {@code pid}, {@code start} (epoch ms), {@code host}. */
    public static final String OWNER_FILE = ".owner";
    /** Hours after which a partial folder without a pid in its name counts as stale. */
    public static final int LEGACY_STALE_HOURS = 24;
    private static final java.util.regex.Pattern PARTIAL = java.util.regex.Pattern.compile("^\\.(.+)\\.partial-(?:(\\d+)-)?[0-9a-z]+$");

    /** A partial folder found by {@link #findStalePartials}: the folder and why it is stale. */
    public record StalePartial(Path folder, String reason) {}

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
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path temp = target.resolveSibling("." + target.getFileName() + ".partial-" + pid + "-" + randomSuffix());
            try {
                RunDirectory rd = new RunDirectory(target, Files.createDirectory(temp));
                Files.writeString(temp.resolve(OWNER_FILE), "pid=" + pid + "\nstart=" + startMillis(ProcessHandle.current())
                        + "\nhost=" + host() + "\n", StandardCharsets.UTF_8);
                return rd;
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
        Files.deleteIfExists(tempDir.resolve(OWNER_FILE));
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

    /** The partial folders in {@code parent} whose owning process is gone (see the class comment); none if it does not exist. */
    public static java.util.List<StalePartial> findStalePartials(Path parent) throws IOException {
        java.util.List<StalePartial> out = new java.util.ArrayList<>();
        if (!Files.isDirectory(parent)) return out;
        java.util.List<Path> candidates;
        try (Stream<Path> entries = Files.list(parent)) {
            candidates = entries.filter(p -> Files.isDirectory(p) && PARTIAL.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path p : candidates) {
            String reason = staleReason(p);
            if (reason != null) out.add(new StalePartial(p, reason));
        }
        return out;
    }

    /** Deletes the stale partial folders of {@code parent} and returns them. */
    public static java.util.List<StalePartial> removeStalePartials(Path parent) throws IOException {
        java.util.List<StalePartial> stale = findStalePartials(parent);
        for (StalePartial s : stale) deleteRecursively(s.folder());
        return stale;
    }

    /** Why {@code partial} is stale, or null if a live process may still own it. */
    static String staleReason(Path partial) throws IOException {
        java.util.regex.Matcher m = PARTIAL.matcher(partial.getFileName().toString());
        if (!m.matches()) return null;
        if (m.group(2) == null) {
            long ageMillis = System.currentTimeMillis() - Files.getLastModifiedTime(partial).toMillis();
            return ageMillis > LEGACY_STALE_HOURS * 3_600_000L
                    ? "no owner recorded and untouched for more than " + LEGACY_STALE_HOURS + " hours" : null;
        }
        long pid = Long.parseLong(m.group(2));
        java.util.Map<String, String> owner = readOwner(partial.resolve(OWNER_FILE));
        String ownerHost = owner.get("host");
        if (ownerHost != null && !ownerHost.equals(host())) return null;
        java.util.Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) return "its process " + pid + " is gone";
        String start = owner.get("start");
        if (start != null && !start.isEmpty()) {
            String now = startMillis(process.get());
            if (!now.isEmpty() && !now.equals(start)) return "its process " + pid + " is gone (the pid now belongs to another process)";
        }
        return null;
    }

    private static java.util.Map<String, String> readOwner(Path file) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) m.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            // killed before the owner file was written: the pid in the name decides
        }
        return m;
    }

    private static String startMillis(ProcessHandle p) {
        return p.info().startInstant().map(i -> Long.toString(i.toEpochMilli())).orElse("");
    }

    /** This machine's name, from the kernel where it tells, else from the environment. */
    static String host() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) return Files.readString(kernel).strip();
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        String h = System.getenv("HOSTNAME");
        if (h == null) h = System.getenv("COMPUTERNAME");
        return h == null ? "unknown" : h;
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
