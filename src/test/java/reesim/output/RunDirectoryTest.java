package reesim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
    @TempDir Path parent;

    private List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitMovesTheTempFolderToTheFinalName() throws Exception {
        Path finalDir = parent.resolve("runs").resolve("base");
        RunDirectory run = RunDirectory.create(finalDir);
        Path temp = run.tempPath();

        assertThat(temp.getFileName().toString()).startsWith(".base.partial-");
        assertThat(temp.getParent()).isEqualTo(finalDir.getParent());
        assertThat(finalDir).doesNotExist();

        Files.writeString(temp.resolve("series.csv"), "year,price\n2025,1\n");
        run.commit();

        assertThat(finalDir.resolve("series.csv")).hasContent("year,price\n2025,1");
        assertThat(temp).doesNotExist();
        assertThat(namesIn(finalDir.getParent())).containsExactly("base");
        assertThatThrownBy(run::commit).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void abandonLeavesNothingBehind() throws Exception {
        Path finalDir = parent.resolve("base");
        try (RunDirectory run = RunDirectory.create(finalDir)) {
            Files.createDirectories(run.tempPath().resolve("sub"));
            Files.writeString(run.tempPath().resolve("sub/a.csv"), "x");
            run.abandon();
            assertThat(run.tempPath()).doesNotExist();
        }
        assertThat(finalDir).doesNotExist();
        assertThat(namesIn(parent)).isEmpty();
    }

    @Test
    void closeWithoutCommitAbandons() throws Exception {
        Path finalDir = parent.resolve("base");
        assertThatThrownBy(() -> {
            try (RunDirectory run = RunDirectory.create(finalDir)) {
                Files.writeString(run.tempPath().resolve("a.csv"), "x");
                throw new IllegalStateException("simulated failure");
            }
        }).hasMessage("simulated failure");

        assertThat(namesIn(parent)).isEmpty();
    }

    @Test
    void neverOverwritesANonEmptyFinalFolder() throws Exception {
        Path finalDir = parent.resolve("base");
        RunDirectory run = RunDirectory.create(finalDir);
        Files.createDirectories(finalDir);
        Manifest.running("s.yaml", "ab", List.of(), 1, 2025, 2030).complete(6, 0.1).write(finalDir);

        assertThatThrownBy(run::commit).isInstanceOf(IOException.class).hasMessageContaining("complete run");
        assertThat(run.tempPath()).exists();
        assertThatThrownBy(() -> RunDirectory.create(finalDir)).isInstanceOf(IOException.class);
        run.abandon();
        assertThat(namesIn(parent)).containsExactly("base");
    }

    @Test
    void replacesAnEmptyFinalFolder() throws Exception {
        Path finalDir = parent.resolve("base");
        Files.createDirectories(finalDir);
        RunDirectory run = RunDirectory.create(finalDir);
        Files.writeString(run.tempPath().resolve("a.csv"), "x");
        run.commit();

        assertThat(finalDir.resolve("a.csv")).hasContent("x");
        assertThat(namesIn(parent)).containsExactly("base");
    }

    @Test
    void writeAtomicallyReplacesContentAndLeavesNoTempFile() throws Exception {
        Path file = parent.resolve("out/config.yaml");
        RunDirectory.writeAtomically(file, "a: 1\n");
        RunDirectory.writeAtomically(file, "a: 2\n");

        assertThat(file).hasContent("a: 2");
        assertThat(namesIn(file.getParent())).containsExactly("config.yaml");
    }

    @Test
    void manifestRoundTrips() throws Exception {
        Manifest m = Manifest.running("scenarios/base.yaml", "f".repeat(64), List.of("seed=3", "mines.0.capacity=5"),
                3L, 2025, 2040);
        m.extra.put("replicate", 4);
        m.write(parent);

        assertThat(Manifest.isComplete(parent)).isFalse();
        Manifest running = Manifest.read(parent);
        assertThat(running.status).isEqualTo(Manifest.Status.RUNNING);
        assertThat(Files.readString(parent.resolve(Manifest.FILE_NAME)))
                .contains("\"status\" : \"running\"", "\"config_sha256\"", "\"start_year\" : 2025");

        m.complete(16, 1.25).write(parent);
        Manifest back = Manifest.read(parent.resolve(Manifest.FILE_NAME));

        assertThat(Manifest.isComplete(parent)).isTrue();
        assertThat(back.toJson()).isEqualTo(m.toJson());
        assertThat(back.overrides).containsExactly("seed=3", "mines.0.capacity=5");
        assertThat(back.ticks).isEqualTo(16);
        assertThat(back.wallSeconds).isEqualTo(1.25);
        assertThat(back.extra).containsEntry("replicate", 4);
        assertThat(back.created).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*");
        assertThat(Manifest.isComplete(parent.resolve("missing"))).isFalse();
    }

    @Test
    void thePartialFolderNamesItsOwnerUntilTheCommit() throws Exception {
        Path finalDir = parent.resolve("owned");
        RunDirectory run = RunDirectory.create(finalDir);
        long pid = ProcessHandle.current().pid();
        assertThat(run.tempPath().getFileName().toString()).startsWith(".owned.partial-" + pid + "-");
        assertThat(Files.readString(run.tempPath().resolve(RunDirectory.OWNER_FILE))).contains("pid=" + pid).contains("start=").contains("host=");
        assertThat(RunDirectory.findStalePartials(parent)).as("a live owner's folder is not stale").isEmpty();
        run.commit();
        assertThat(namesIn(finalDir)).doesNotContain(RunDirectory.OWNER_FILE);
    }

    @Test
    void aPartialFolderIsStaleWhenItsProcessIsGone() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        long dead = done.pid();
        Path killed = Files.createDirectory(parent.resolve(".a.partial-" + dead + "-x1"));
        Files.writeString(killed.resolve("annual.csv"), "half");
        Path elsewhere = Files.createDirectory(parent.resolve(".b.partial-" + dead + "-x2"));
        Files.writeString(elsewhere.resolve(RunDirectory.OWNER_FILE), "pid=" + dead + "\nstart=1\nhost=some-other-host\n");
        Path reused = Files.createDirectory(parent.resolve(".c.partial-" + ProcessHandle.current().pid() + "-x3"));
        Files.writeString(reused.resolve(RunDirectory.OWNER_FILE), "pid=" + ProcessHandle.current().pid() + "\nstart=1\nhost=" + RunDirectory.host() + "\n");
        Path legacyOld = Files.createDirectory(parent.resolve(".d.partial-k3j9x"));
        Files.setLastModifiedTime(legacyOld, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 25 * 3_600_000L));
        Files.createDirectory(parent.resolve(".e.partial-k3j9y"));
        Files.createDirectory(parent.resolve("f"));

        var stale = RunDirectory.removeStalePartials(parent);
        assertThat(stale).extracting(s -> s.folder().getFileName().toString())
                .containsExactly(".a.partial-" + dead + "-x1", ".c.partial-" + ProcessHandle.current().pid() + "-x3", ".d.partial-k3j9x");
        assertThat(stale.get(0).reason()).contains("process " + dead + " is gone");
        assertThat(stale.get(1).reason()).contains("pid now belongs to another process");
        assertThat(namesIn(parent)).containsExactly(".b.partial-" + dead + "-x2", ".e.partial-k3j9y", "f");
        assertThat(RunDirectory.removeStalePartials(parent.resolve("missing"))).isEmpty();
    }
}
