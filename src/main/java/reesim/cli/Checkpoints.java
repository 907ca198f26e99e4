package reesim.cli;

import reesim.model.ReeModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a MASON checkpoint every N ticks, atomically (a killed write never leaves a truncated file). */
final class Checkpoints {
    private final Path dir;
    private final int every;

    Checkpoints(Path dir, int every) {
        this.dir = dir;
        this.every = every;
    }

    void maybeWrite(ReeModel m, long ticksDone) {
        if (ticksDone % every != 0) return;
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(".tick-" + ticksDone + ".ckpt.tmp");
            if (m.writeToCheckpoint(tmp.toFile()) == null) throw new IOException("MASON could not write the checkpoint " + tmp);
            Files.move(tmp, dir.resolve(String.format("tick-%05d.ckpt", ticksDone)), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
