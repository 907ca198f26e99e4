package reesim.experiment;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A file that rows are appended to, each row in one write straight to the operating system (no buffer to lose). */
public final class AppendLog implements Closeable {
    private final FileOutputStream out;

    public AppendLog(Path file) throws IOException {
        this.out = new FileOutputStream(file.toFile(), true);
    }

    public synchronized void append(String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException { out.close(); }
}
