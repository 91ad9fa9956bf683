package org.tryon.benchmark.hotpaths;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.DoubleSummaryStatistics;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The hot-path benchmark's chart of how each cost grows with the dataset's years: one line per series (an operation,
 * a page), the years on the x axis (1, 3, 10), the milliseconds on a logarithmic y axis, drawn by JFreeChart in a
 * headless JVM and saved as a PNG of 1000 x 600 pixels (ADR 0047).
 */
public final class GrowthChart {

    /** The size the report embeds. */
    public static final int WIDTH = 1000;

    public static final int HEIGHT = 600;

    /** The smallest value a log axis shows: a cost of 0 ms (too fast to measure) is drawn at this floor. */
    static final double LOG_FLOOR_MILLIS = 0.01;

    /** Colours that stay apart on white (Tableau 10); JFreeChart's defaults include a pale yellow. */
    private static final Color[] PALETTE = {
        new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2), new Color(0x59A14F),
        new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC)
    };

    private GrowthChart() {}

    /** series: name -> (years -> milliseconds); one line per series; log-scale y when logScale. */
    public static void write(
            Path png,
            String title,
            String yAxisLabel,
            Map<String, ? extends Map<Integer, Double>> series,
            boolean logScale) {
        write(png, title, yAxisLabel, series, logScale, WIDTH, HEIGHT);
    }

    /** As {@link #write(Path, String, String, Map, boolean)}, at another size. */
    public static void write(
            Path png,
            String title,
            String yAxisLabel,
            Map<String, ? extends Map<Integer, Double>> series,
            boolean logScale,
            int width,
            int height) {
        System.setProperty("java.awt.headless", "true");
        JFreeChart chart = chart(title, yAxisLabel, series, logScale);
        try {
            Path parent = png.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ChartUtils.saveChartAsPNG(png.toFile(), chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart " + png + ": " + e.getMessage(), e);
        }
    }

    static JFreeChart chart(
            String title, String yAxisLabel, Map<String, ? extends Map<Integer, Double>> series, boolean logScale) {
        XYSeriesCollection data = new XYSeriesCollection();
        TreeSet<Integer> years = new TreeSet<>();
        DoubleSummaryStatistics range = new DoubleSummaryStatistics();
        for (Map.Entry<String, ? extends Map<Integer, Double>> line : series.entrySet()) {
            XYSeries xy = new XYSeries(line.getKey(), true, false);
            for (Map.Entry<Integer, Double> point : line.getValue().entrySet()) {
                Double millis = point.getValue();
                if (millis == null || millis.isNaN() || millis.isInfinite()) {
                    continue; // not measured: a gap in the line, not a zero
                }
                double value = logScale ? Math.max(LOG_FLOOR_MILLIS, millis) : millis;
                xy.add(point.getKey().doubleValue(), value);
                range.accept(value);
                years.add(point.getKey());
            }
            data.addSeries(xy);
        }

        NumberAxis x = new NumberAxis("Years of data");
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        if (!years.isEmpty()) {
            x.setRange(Math.max(0, years.first() - 0.5), years.last() + 0.5);
        }
        ValueAxis y;
        if (logScale) {
            LogAxis log = new LogAxis(yAxisLabel);
            log.setBase(10);
            log.setSmallestValue(LOG_FLOOR_MILLIS);
            log.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.##"));
            if (range.getCount() > 0 && range.getMax() / range.getMin() >= 10) {
                // a label at each power of ten (1, 10, 100 ms), unlabelled ticks between
                log.setTickUnit(new NumberTickUnit(1));
                log.setMinorTickCount(9);
                log.setMinorTickMarksVisible(true);
            }
            y = log;
        } else {
            NumberAxis linear = new NumberAxis(yAxisLabel);
            linear.setAutoRangeIncludesZero(true);
            y = linear;
        }

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2.0f));
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);

        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 18)));
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.addLegend(legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
