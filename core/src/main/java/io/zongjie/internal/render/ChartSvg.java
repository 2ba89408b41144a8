package io.zongjie.internal.render;

import io.zongjie.document.Chart;
import io.zongjie.spi.ChartDrawing;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.w3c.dom.Element;

/** A {@link Chart} as an SVG element, drawn by JFreeChart through Batik's SVG generator onto the JDK's DOM. */
final class ChartSvg {

    /** The drawing's size in CSS pixels; the SVG scales to the page's width through its viewBox. */
    static final int WIDTH = 640;
    static final int HEIGHT = 370;

    private ChartSvg() {
    }

    static String svg(Chart chart) {
        org.w3c.dom.Document dom;
        try {
            dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM in this JDK", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(dom);
        context.setComment(null);
        // ids unique to this chart, so that two charts on one page keep their own clip paths; the same chart
        // gives the same ids (same bytes)
        String prefix = "chart" + Integer.toHexString(java.util.Objects.hash(chart.title(), chart.categories(),
                chart.series())) + "-";
        context.setIDGenerator(new org.apache.batik.svggen.SVGIDGenerator() {
            @Override
            public String generateID(String kind) {
                return super.generateID(prefix + kind);
            }
        });
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
        ChartDrawing.draw(chart, g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), java.awt.Font.SERIF, 14f);
        Element root = g.getRoot();
        root.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        root.removeAttribute("width");
        root.removeAttribute("height");
        root.setAttribute("role", "img");
        root.setAttribute("aria-label", chart.title());
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (SVGGraphics2DIOException e) {
            throw new IllegalStateException(e);
        } finally {
            g.dispose();
        }
        // an element inside HTML: no XML declaration or DOCTYPE before it
        String svg = out.toString();
        return svg.substring(svg.indexOf("<svg")).replace("id=\"genericDefs\"", "id=\"" + prefix + "defs\"").strip();
    }
}
