package org.tryon.benchmark.hotpaths;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrowthChartTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the growth chart is a PNG of the size asked, one line per series on a log axis")
    void writesAPngOfTheAskedSize() throws Exception {
        Map<String, Map<Integer, Double>> series = new LinkedHashMap<>();
        series.put("permits list", Map.of(1, 12.5, 3, 30.0, 10, 110.0));
        series.put("board", Map.of(1, 0.0, 3, 4.0, 10, 9.5)); // 0 ms is drawn at the log axis' floor
        Path png = dir.resolve("charts/growth.png");

        GrowthChart.write(png, "Cost by years of data", "milliseconds (p95)", series, true);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(GrowthChart.chart("t", "ms", series, true)
                        .getXYPlot()
                        .getDataset()
                        .getSeriesCount())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("a linear chart at another size is written too")
    void linearAtAnotherSize() throws Exception {
        Path png = dir.resolve("linear.png");
        GrowthChart.write(png, "t", "ms", Map.of("one", Map.of(1, 1.0, 10, 2.0)), false, 400, 300);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
    }
}
