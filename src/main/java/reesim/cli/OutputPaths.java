package reesim.cli;

import reesim.config.BadInputException;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Output folders are input: a folder that cannot be written, or a path that runs through an existing file, is bad
 * input (exit 2, one message naming the path and what is expected), found before anything is written.
 */
final class OutputPaths {
    private OutputPaths() {}

    /**
     * Checks that {@code dir} is, or can become, a folder this process can write into: it is not an existing file,
     * none of its parents is a file, and the folder itself (if it exists) or its nearest existing parent is
     * writable. Writes nothing.
     *
     * @param what how the path was given, e.g. {@code --out} or {@code report}, for the message
     */
    static void requireWritableFolder(String what, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(what + " " + dir + ": is a file; expected a folder");
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        Path shown = existing == null ? Path.of(".") : existing;
        if (existing == null) existing = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(existing)) {
            throw new BadInputException(what + " " + dir + ": " + shown + " is a file, not a folder; expected a path whose parents are folders");
        }
        if (!Files.isWritable(existing)) {
            throw new BadInputException(what + " " + dir + ": the folder " + shown + " is not writable; expected a folder you may write to");
        }
    }

    /**
     * The file-system error in {@code ex}'s causes that means the output location cannot be written (permission
     * denied, read-only file system, a parent that is a file), or null: such an error is bad input, not a bug.
     */
    static FileSystemException unwritable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof NotDirectoryException) return (FileSystemException) t;
            if (t instanceof FileSystemException f && f.getReason() != null) {
                String r = f.getReason();
                if (r.contains("Not a directory") || r.contains("Read-only file system") || r.contains("Permission denied")) return f;
            }
            if (t.getCause() == t) break;
        }
        return null;
    }

    /** One line for {@link #unwritable}: the path and why it cannot be written. */
    static String describe(FileSystemException f) {
        String reason = f instanceof AccessDeniedException ? "permission denied"
                : f instanceof NotDirectoryException ? "not a folder"
                : f.getReason() == null ? "cannot be written" : f.getReason().toLowerCase(java.util.Locale.ROOT);
        return "cannot write " + f.getFile() + ": " + reason + "; expected a folder you may write to";
    }
}
