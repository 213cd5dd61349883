package org.wpo.render;

import java.util.List;

import org.wpo.diagram.DiagramContent;
import org.wpo.diagram.DiagramKind;
import org.wpo.diagram.DiagramStyle;
import org.wpo.dsl.wpo.Element;

/**
 * A diagram with every box, label and edge placed, in absolute coordinates (pixels, y downwards).
 * The SVG writer only draws what this holds, and tests check its geometry.
 */
public record LaidOutDiagram(DiagramKind kind, String title, double width, double height, TextLine heading,
		List<Frame> frames, List<NodeBox> nodes, List<EdgeLine> edges, Legend legend) {

	public record Point(double x, double y) {
	}

	public record Rect(double x, double y, double width, double height) {
		public double right() {
			return x + width;
		}

		public double bottom() {
			return y + height;
		}

		/** Whether the two rectangles share more than an edge. */
		public boolean overlaps(Rect other) {
			return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
		}

		/** Whether the other rectangle lies inside this one (borders may touch). */
		public boolean contains(Rect other) {
			double e = 1e-6;
			return other.x >= x - e && other.y >= y - e && other.right() <= right() + e && other.bottom() <= bottom() + e;
		}

		public Rect moved(double dx, double dy) {
			return new Rect(x + dx, y + dy, width, height);
		}
	}

	/**
	 * One line of text: {@code x} is where it starts by the width table, {@code baseline} where its
	 * letters stand. A centered line is drawn centered on {@code x + width / 2}, so that a font
	 * narrower than the table still sits in the middle.
	 */
	public record TextLine(String text, double x, double baseline, double size, boolean bold, boolean centered) {
		public double width() {
			return TextMetrics.width(text, size, bold);
		}

		/** The box the line's glyphs take, from the ascent above the baseline to the descent below. */
		public Rect bounds() {
			double top = baseline - TextMetrics.ASCENT * size;
			return new Rect(x, top, width(), size * TextMetrics.LINE_HEIGHT);
		}

		TextLine moved(double dx, double dy) {
			return new TextLine(text, x + dx, baseline + dy, size, bold, centered);
		}
	}

	/** An area (area map) or a layer lane (layer stack), with its label. */
	public record Frame(DiagramContent.Container container, Rect bounds, List<TextLine> label, String fill,
			String stroke, boolean lane) {
	}

	/**
	 * An element: {@code bounds} is the whole shape, {@code textArea} the part of it where the label
	 * may be drawn (inside the shape's outline, whatever the shape).
	 */
	public record NodeBox(Element element, Rect bounds, Rect textArea, List<TextLine> label,
			DiagramStyle.NodeStyle style) {
	}

	/** A relation drawn as a polyline from the source's border to the target's border. */
	public record EdgeLine(DiagramContent.Edge edge, List<Point> points, DiagramStyle.EdgeStyle style) {
	}

	/** Samples of the element styles and relation styles that the diagram uses, with their names. */
	public record Legend(Rect bounds, List<TextLine> heading, List<LegendNode> nodes, List<LegendEdge> edges) {
	}

	public record LegendNode(Rect sample, DiagramStyle.NodeStyle style, TextLine label) {
	}

	public record LegendEdge(Point from, Point to, DiagramStyle.EdgeStyle style, String kind, TextLine label) {
	}
}
