package reesim.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PngChartsTest {
    @TempDir Path tmp;

    static int colours(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(PngCharts.WIDTH);
        assertThat(img.getHeight()).isEqualTo(PngCharts.HEIGHT);
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) seen.add(img.getRGB(x, y));
        return seen.size();
    }

    @Test
    void eachRunChartIsWrittenPerElementThatHasData() throws Exception {
        Path dir = Fixtures.runFolder(tmp.resolve("run"), "complete");
        List<Path> files = PngCharts.writeRun(dir, List.of("Nd", "REO"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("price-Nd.png", "mining-Nd.png", "mining-REO.png", "inuse-Nd.png");
        for (Path f : files) {
            assertThat(f.getParent()).isEqualTo(dir.resolve("png"));
            assertThat(colours(f)).as(f.toString()).isGreaterThan(10);
        }
    }

    @Test
    void anElementNotInTheRunIsBadInput() throws Exception {
        Path dir = Fixtures.runFolder(tmp.resolve("run"), "complete");
        assertThatThrownBy(() -> PngCharts.writeRun(dir, List.of("Xx"))).isInstanceOf(ReportInputException.class)
                .hasMessageContaining("Xx").hasMessageContaining("Nd, REO");
    }

    @Test
    void sweepOutcomesAndSobolIndicesAreWritten() throws Exception {
        Path dir = Fixtures.sweepFolder(tmp.resolve("sweep"), true);
        List<Path> files = PngCharts.writeSweep(dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("outcome-mined_unregistered.png", "outcome-price_gap.png", "sobol-mined_unregistered.png");
        for (Path f : files) assertThat(colours(f)).isGreaterThan(10);
    }
}
