package io.zongjie.spi;

import io.zongjie.document.Chart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link Chart} block with JFreeChart, for every renderer alike: onto any {@link Graphics2D} (OpenPDF's
 * {@code PdfGraphics2D} gives vectors in a PDF, Batik's SVG generator an SVG) or into a PNG (a DOCX picture). The
 * labels are set in the face the caller names, so Chinese in a chart is the body's font. The drawing is
 * deterministic: same chart, same strokes.
 */
public final class ChartDrawing {

    /** The bars' colours, from the last series back: a sober blue for this period, a grey for the one before. */
    private static final Color[] SERIES = {new Color(0x2F, 0x55, 0x97), new Color(0xA6, 0xA6, 0xA6),
        new Color(0x70, 0x8F, 0x4F), new Color(0xC0, 0x7B, 0x2A)};

    private ChartDrawing() {
    }

    /**
     * Draws {@code chart} into {@code area} of {@code g}.
     *
     * @param chart  the chart
     * @param g      where to draw
     * @param area   the area, in the graphics' units
     * @param family the font family of every label (the document's body face)
     * @param size   the labels' size, in the graphics' units
     */
    public static void draw(Chart chart, Graphics2D g, Rectangle2D area, String family, float size) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        build(chart, family, size).draw(g, area);
    }

    /**
     * The chart as a PNG picture.
     *
     * @param chart  the chart
     * @param width  in pixels
     * @param height in pixels
     * @param family the font family of every label
     * @param size   the labels' size, in pixels
     * @return the PNG's bytes
     */
    public static byte[] png(Chart chart, int width, int height, String family, float size) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(chart, g, new Rectangle2D.Double(0, 0, width, height), family, size);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static JFreeChart build(Chart chart, String family, float size) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Chart.Series s : chart.series()) {
            String name = s.name().isEmpty() ? chart.unit() : s.name();
            for (int i = 0; i < chart.categories().size(); i++) {
                data.addValue(s.values().get(i), name, chart.categories().get(i));
            }
        }
        boolean legend = chart.series().size() > 1;
        JFreeChart c = ChartFactory.createBarChart(null, null, chart.unit(), data, PlotOrientation.VERTICAL, legend,
                false, false);
        Font label = new Font(family, Font.PLAIN, Math.round(size));
        Font small = label.deriveFont(size * 0.85f);
        c.setTitle(new TextTitle(chart.title(), label.deriveFont(Font.BOLD)));
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        c.setTextAntiAlias(true);
        if (legend) {
            LegendTitle l = c.getLegend();
            l.setItemFont(small);
            l.setPosition(RectangleEdge.TOP);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        CategoryPlot plot = c.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD9, 0xD9, 0xD9));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        CategoryAxis x = plot.getDomainAxis();
        x.setTickLabelFont(small);
        x.setMaximumCategoryLabelLines(2);
        if (chart.categories().size() > 6) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setLabelFont(small);
        y.setTickLabelFont(small);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.##"));
        y.setUpperMargin(0.15);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.12);
        // the last series (this period) in the strong colour, those before it (last period) in the quieter ones
        int n = chart.series().size();
        for (int i = 0; i < n; i++) {
            bars.setSeriesPaint(i, SERIES[(n - 1 - i) % SERIES.length]);
        }
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.##")));
        bars.setDefaultItemLabelFont(small);
        bars.setDefaultItemLabelsVisible(true);
        return c;
    }
}
