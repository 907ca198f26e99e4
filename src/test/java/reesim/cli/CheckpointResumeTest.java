package reesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointResumeTest {
    @TempDir Path tmp;

    @Test
    void aRunResumedFromACheckpointWritesTheSameFilesAsTheUninterruptedRun() throws Exception {
        Path full = tmp.resolve("full");
        assertThat(Main.execute("run", "--quiet", "--seed", "9", "--until", "2006", "--checkpoint-every", "24",
                "--set", "scenario.enforcementScale=1.5", "--out", full.toString())).isZero();
        Path ckpt = tmp.resolve("full-checkpoints").resolve("tick-00024.ckpt");
        assertThat(ckpt).exists();
        assertThat(tmp.resolve("full-checkpoints").resolve("tick-00072.ckpt")).exists();
        Path resumed = tmp.resolve("resumed");
        assertThat(Main.execute("run", "--quiet", "--resume-from", ckpt.toString(), "--until", "2006", "--out", resumed.toString())).isZero();
        for (String f : new String[]{"annual.csv", "monthly.csv", "flows.csv", "config.yaml"}) {
            assertThat(Files.mismatch(full.resolve(f), resumed.resolve(f))).as(f).isEqualTo(-1L);
        }
        assertThat(Files.readString(resumed.resolve("manifest.json"))).contains("scenario.enforcementScale=1.5").contains("\"seed\" : 9");
    }

    @Test
    void aResumedRunContinuesToTheOriginalHorizonUnlessToldOtherwise() throws Exception {
        Path full = tmp.resolve("short");
        assertThat(Main.execute("run", "--quiet", "--seed", "3", "--until", "2003", "--checkpoint-every", "12", "--out", full.toString())).isZero();
        Path ckpt = tmp.resolve("short-checkpoints").resolve("tick-00024.ckpt");
        Path resumed = tmp.resolve("resumed");
        assertThat(Main.execute("run", "--quiet", "--resume-from", ckpt.toString(), "--out", resumed.toString())).isZero();
        assertThat(Files.readString(resumed.resolve("manifest.json"))).contains("\"end_year\" : 2003").contains("\"ticks\" : 48");
        for (String f : new String[]{"annual.csv", "monthly.csv", "flows.csv"}) {
            assertThat(Files.mismatch(full.resolve(f), resumed.resolve(f))).as(f).isEqualTo(-1L);
        }
        Path longer = tmp.resolve("longer");
        assertThat(Main.execute("run", "--quiet", "--resume-from", ckpt.toString(), "--until", "2004", "--out", longer.toString())).isZero();
        assertThat(Files.readString(longer.resolve("manifest.json"))).contains("\"end_year\" : 2004").contains("\"ticks\" : 60");
        // checkpoints of a completed run are kept (documented in run --help)
        assertThat(ckpt).exists();
    }

    @Test
    void aMissingOrForeignCheckpointIsBadInput() throws Exception {
        assertThat(Main.execute("run", "--resume-from", tmp.resolve("none.ckpt").toString(), "--out", tmp.resolve("a").toString())).isEqualTo(2);
        Path junk = tmp.resolve("junk.ckpt");
        Files.writeString(junk, "not a checkpoint");
        assertThat(Main.execute("run", "--resume-from", junk.toString(), "--out", tmp.resolve("b").toString())).isEqualTo(2);
        assertThat(tmp.resolve("a")).doesNotExist();
        assertThat(tmp.resolve("b")).doesNotExist();
    }
}
