package org.wpo.render;

import org.wpo.diagram.DiagramStyle.Shape;
import org.wpo.render.LaidOutDiagram.Rect;

/**
 * The geometry of each shape: how much of its box the outline takes (so that text stays inside it)
 * and the outline itself as SVG.
 */
final class Shapes {

	/** Depth of a hexagon's points, and of a note's folded corner. */
	static final double POINT = 11;
	static final double FOLD = 10;
	/** Height of a folder's tab. */
	static final double TAB = 6;
	/** Vertical radius of a cylinder's top and bottom ellipses. */
	static final double CAP = 5;
	static final double CORNER = 8;

	/** Space between the text and the safe interior of the shape. */
	static final double PAD_X = 8;
	static final double PAD_Y = 5;

	/** What the outline takes from each side of the box: left, top, right, bottom. */
	record Insets(double left, double top, double right, double bottom) {
	}

	private Shapes() {
	}

	static Insets insets(Shape shape) {
		return switch (shape) {
		case RECTANGLE -> new Insets(2, 2, 2, 2);
		case ROUNDED_RECTANGLE -> new Insets(4, 2, 4, 2);
		case NOTE -> new Insets(2, 2, FOLD + 1, 2);
		case HEXAGON -> new Insets(POINT, 2, POINT, 2);
		case FOLDER -> new Insets(2, TAB + 2, 2, 2);
		case CYLINDER -> new Insets(2, 2 * CAP + 1, 2, CAP + 1);
		case ELLIPSE -> new Insets(0, 0, 0, 0);
		};
	}

	/** The size of a shape that holds a text block of the given size with padding. */
	static double[] size(Shape shape, double textWidth, double textHeight) {
		double w = textWidth + 2 * PAD_X;
		double h = textHeight + 2 * PAD_Y;
		if (shape == Shape.ELLIPSE) {
			// A rectangle inscribed in an ellipse fills 1/sqrt(2) of each axis.
			return new double[] { Math.ceil(w * Math.sqrt(2)) + 2, Math.ceil(h * Math.sqrt(2)) + 2 };
		}
		Insets i = insets(shape);
		return new double[] { Math.ceil(w + i.left() + i.right()), Math.ceil(h + i.top() + i.bottom()) };
	}

	/** The part of the box inside the outline, where text may go. */
	static Rect interior(Shape shape, Rect box) {
		if (shape == Shape.ELLIPSE) {
			double w = box.width() / Math.sqrt(2);
			double h = box.height() / Math.sqrt(2);
			return new Rect(box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h);
		}
		Insets i = insets(shape);
		return new Rect(box.x() + i.left(), box.y() + i.top(), box.width() - i.left() - i.right(),
				box.height() - i.top() - i.bottom());
	}

	/** The outline as one SVG element, with the given presentation attributes. */
	static String svg(Shape shape, Rect b, String attributes) {
		double x = b.x();
		double y = b.y();
		double w = b.width();
		double h = b.height();
		double r = x + w;
		double bt = y + h;
		return switch (shape) {
		case RECTANGLE -> "<rect class=\"shape\" x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\" width=\"" + Svg.num(w)
				+ "\" height=\"" + Svg.num(h) + "\"" + attributes + "/>";
		case ROUNDED_RECTANGLE -> "<rect class=\"shape\" x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\" width=\""
				+ Svg.num(w) + "\" height=\"" + Svg.num(h) + "\" rx=\"" + Svg.num(CORNER) + "\" ry=\"" + Svg.num(CORNER)
				+ "\"" + attributes + "/>";
		case ELLIPSE -> "<ellipse class=\"shape\" cx=\"" + Svg.num(x + w / 2) + "\" cy=\"" + Svg.num(y + h / 2)
				+ "\" rx=\"" + Svg.num(w / 2) + "\" ry=\"" + Svg.num(h / 2) + "\"" + attributes + "/>";
		case NOTE -> path("M" + p(x, y) + " L" + p(r - FOLD, y) + " L" + p(r, y + FOLD) + " L" + p(r, bt) + " L"
				+ p(x, bt) + " Z M" + p(r - FOLD, y) + " L" + p(r - FOLD, y + FOLD) + " L" + p(r, y + FOLD), attributes);
		case HEXAGON -> path("M" + p(x + POINT, y) + " L" + p(r - POINT, y) + " L" + p(r, y + h / 2) + " L"
				+ p(r - POINT, bt) + " L" + p(x + POINT, bt) + " L" + p(x, y + h / 2) + " Z", attributes);
		case FOLDER -> {
			double tab = Math.min(w * 0.4, 48);
			yield path("M" + p(x, y + TAB) + " L" + p(x, y) + " L" + p(x + tab - TAB, y) + " L" + p(x + tab, y + TAB)
					+ " L" + p(r, y + TAB) + " L" + p(r, bt) + " L" + p(x, bt) + " Z M" + p(x, y + TAB) + " L"
					+ p(x + tab, y + TAB), attributes);
		}
		case CYLINDER -> {
			String rx = Svg.num(w / 2);
			String ry = Svg.num(CAP);
			yield path("M" + p(x, y + CAP) + " A" + rx + " " + ry + " 0 0 1 " + p(r, y + CAP) + " L" + p(r, bt - CAP)
					+ " A" + rx + " " + ry + " 0 0 1 " + p(x, bt - CAP) + " Z M" + p(x, y + CAP) + " A" + rx + " " + ry
					+ " 0 0 0 " + p(r, y + CAP), attributes);
		}
		};
	}

	/**
	 * Where the outline crosses the vertical line at {@code x} on the top side of the box, so that
	 * an edge entering from above can end on the shape rather than on its bounding box.
	 */
	static double topAt(Shape shape, Rect b, double x) {
		double dx = Math.min(x - b.x(), b.right() - x);
		return switch (shape) {
		case CYLINDER -> b.y() + CAP - CAP * Math.sqrt(Math.max(0, 1 - sq((x - b.x() - b.width() / 2) / (b.width() / 2))));
		case HEXAGON -> dx >= POINT ? b.y() : b.y() + b.height() / 2 * (1 - Math.max(0, dx) / POINT);
		case ELLIPSE -> b.y() + b.height() / 2
				- b.height() / 2 * Math.sqrt(Math.max(0, 1 - sq((x - b.x() - b.width() / 2) / (b.width() / 2))));
		case FOLDER -> x <= b.x() + Math.min(b.width() * 0.4, 48) - TAB ? b.y() : b.y() + TAB;
		case NOTE -> x <= b.right() - FOLD ? b.y() : b.y() + (x - (b.right() - FOLD));
		default -> b.y();
		};
	}

	/** Where the outline crosses the vertical line at {@code x} on the bottom side of the box. */
	static double bottomAt(Shape shape, Rect b, double x) {
		double dx = Math.min(x - b.x(), b.right() - x);
		return switch (shape) {
		case CYLINDER -> b.bottom() - CAP
				+ CAP * Math.sqrt(Math.max(0, 1 - sq((x - b.x() - b.width() / 2) / (b.width() / 2))));
		case HEXAGON -> dx >= POINT ? b.bottom() : b.bottom() - b.height() / 2 * (1 - Math.max(0, dx) / POINT);
		case ELLIPSE -> b.y() + b.height() / 2
				+ b.height() / 2 * Math.sqrt(Math.max(0, 1 - sq((x - b.x() - b.width() / 2) / (b.width() / 2))));
		default -> b.bottom();
		};
	}

	private static double sq(double v) {
		return v * v;
	}

	private static String path(String d, String attributes) {
		return "<path class=\"shape\" d=\"" + d + "\"" + attributes + "/>";
	}

	private static String p(double x, double y) {
		return Svg.num(x) + " " + Svg.num(y);
	}
}
