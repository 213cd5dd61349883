package org.wpo.render;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wpo.diagram.DiagramStyle;
import org.wpo.diagram.DiagramStyle.Arrow;
import org.wpo.diagram.DiagramStyle.Line;
import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.render.LaidOutDiagram.EdgeLine;
import org.wpo.render.LaidOutDiagram.Frame;
import org.wpo.render.LaidOutDiagram.LegendEdge;
import org.wpo.render.LaidOutDiagram.LegendNode;
import org.wpo.render.LaidOutDiagram.NodeBox;
import org.wpo.render.LaidOutDiagram.Point;
import org.wpo.render.LaidOutDiagram.TextLine;

/**
 * Writes a laid-out diagram as SVG, styled by {@link DiagramStyle}: each element's shape, fill,
 * border and text color by its kind and status, each relation's color, line and arrowhead by its
 * kind. Every piece of model text is escaped. Elements and areas carry their names in
 * {@code data-} attributes, so that tests and scripts can find them.
 */
public final class SvgWriter {

	/** Where an element or area links to in a report, or null for no link. */
	public interface Links {
		String element(Element element);

		String area(Area area);
	}

	static final String DASHED = "6 4";
	static final String DOTTED = "2 3";

	private SvgWriter() {
	}

	/** A standalone SVG file, without links. */
	public static String write(LaidOutDiagram diagram) {
		return write(diagram, null, true);
	}

	/**
	 * @param links      where elements and areas link to, or null
	 * @param standalone whether to start with an XML declaration (false to embed in HTML)
	 */
	public static String write(LaidOutDiagram diagram, Links links, boolean standalone) {
		StringBuilder svg = new StringBuilder(64 * 1024);
		String id = "wpo-" + diagram.kind().id();
		if (standalone) {
			svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		}
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"wpo-diagram\" data-diagram=\"")
				.append(diagram.kind().id()).append("\" width=\"").append(Svg.num(diagram.width()))
				.append("\" height=\"").append(Svg.num(diagram.height())).append("\" viewBox=\"0 0 ")
				.append(Svg.num(diagram.width())).append(' ').append(Svg.num(diagram.height()))
				.append("\" font-family=\"").append(TextMetrics.FONT_FAMILY).append("\" role=\"img\">\n");
		svg.append("<title>").append(Svg.escape(diagram.title())).append("</title>\n");
		markers(svg, diagram, id);
		svg.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(Svg.num(diagram.width()))
				.append("\" height=\"").append(Svg.num(diagram.height())).append("\" fill=\"#FFFFFF\"/>\n");
		text(svg, diagram.heading(), "#1A1A1A", "heading");

		svg.append("<g class=\"frames\">\n");
		for (Frame frame : diagram.frames()) {
			frame(svg, frame, links);
		}
		svg.append("</g>\n<g class=\"nodes\">\n");
		for (NodeBox node : diagram.nodes()) {
			node(svg, node, links);
		}
		svg.append("</g>\n<g class=\"edges\">\n");
		for (EdgeLine edge : diagram.edges()) {
			edge(svg, edge, id);
		}
		svg.append("</g>\n");
		legend(svg, diagram.legend(), id);
		svg.append("</svg>\n");
		return svg.toString();
	}

	// ---------------------------------------------------------------- parts

	private static void frame(StringBuilder svg, Frame frame, Links links) {
		EObject source = frame.container().source();
		String name = source instanceof Area area ? area.getName()
				: source instanceof org.wpo.dsl.wpo.Layer layer ? layer.getName() : "";
		svg.append("<g class=\"").append(frame.lane() ? "lane" : "area").append("\" data-name=\"")
				.append(Svg.escape(name)).append("\">");
		svg.append("<rect x=\"").append(Svg.num(frame.bounds().x())).append("\" y=\"")
				.append(Svg.num(frame.bounds().y())).append("\" width=\"").append(Svg.num(frame.bounds().width()))
				.append("\" height=\"").append(Svg.num(frame.bounds().height())).append('"');
		if (!frame.lane()) {
			svg.append(" rx=\"4\" ry=\"4\"");
		}
		svg.append(" fill=\"").append(frame.fill()).append("\" stroke=\"").append(frame.stroke())
				.append("\" stroke-width=\"1\"/>");
		String href = links != null && source instanceof Area area ? links.area(area) : null;
		if (href != null) {
			svg.append("<a href=\"").append(Svg.escape(href)).append("\">");
		}
		for (TextLine line : frame.label()) {
			text(svg, line, "#3A4650", null);
		}
		if (href != null) {
			svg.append("</a>");
		}
		svg.append("</g>\n");
	}

	private static void node(StringBuilder svg, NodeBox node, Links links) {
		Element element = node.element();
		DiagramStyle.NodeStyle style = node.style();
		svg.append("<g class=\"node\" data-element=\"").append(Svg.escape(element.getName()))
				.append("\" data-kind=\"").append(kind(element)).append("\" data-status=\"")
				.append(element.getStatus().getLiteral()).append("\">");
		svg.append("<title>").append(Svg.escape(tooltip(element))).append("</title>");
		String href = links == null ? null : links.element(element);
		if (href != null) {
			svg.append("<a href=\"").append(Svg.escape(href)).append("\">");
		}
		svg.append(Shapes.svg(style.shape(), node.bounds(), shapeAttributes(style)));
		for (TextLine line : node.label()) {
			text(svg, line, style.text(), null);
		}
		if (href != null) {
			svg.append("</a>");
		}
		svg.append("</g>\n");
	}

	static String shapeAttributes(DiagramStyle.NodeStyle style) {
		StringBuilder a = new StringBuilder();
		a.append(" fill=\"").append(style.fill()).append("\" stroke=\"").append(style.stroke())
				.append("\" stroke-width=\"1.5\"");
		String dashes = dashes(style.border());
		if (dashes != null) {
			a.append(" stroke-dasharray=\"").append(dashes).append('"');
		}
		return a.toString();
	}

	private static void edge(StringBuilder svg, EdgeLine edge, String id) {
		RelationKind kind = edge.edge().kind();
		svg.append("<path class=\"edge\" data-kind=\"").append(kind.getLiteral()).append("\" data-source=\"")
				.append(Svg.escape(edge.edge().source().getName())).append("\" data-target=\"")
				.append(Svg.escape(edge.edge().target().getName())).append("\" d=\"");
		for (int i = 0; i < edge.points().size(); i++) {
			Point p = edge.points().get(i);
			svg.append(i == 0 ? "M" : " L").append(Svg.num(p.x())).append(' ').append(Svg.num(p.y()));
		}
		svg.append('"').append(edgeAttributes(edge.style(), id, kind)).append("/>\n");
	}

	private static String edgeAttributes(DiagramStyle.EdgeStyle style, String id, RelationKind kind) {
		StringBuilder a = new StringBuilder();
		a.append(" fill=\"none\" stroke=\"").append(style.color()).append("\" stroke-width=\"").append(style.width())
				.append('"');
		String dashes = dashes(style.line());
		if (dashes != null) {
			a.append(" stroke-dasharray=\"").append(dashes).append('"');
		}
		a.append(" marker-end=\"url(#").append(markerId(id, kind)).append(")\"");
		return a.toString();
	}

	private static void legend(StringBuilder svg, LaidOutDiagram.Legend legend, String id) {
		svg.append("<g class=\"legend\">");
		svg.append("<rect x=\"").append(Svg.num(legend.bounds().x())).append("\" y=\"")
				.append(Svg.num(legend.bounds().y())).append("\" width=\"").append(Svg.num(legend.bounds().width()))
				.append("\" height=\"").append(Svg.num(legend.bounds().height()))
				.append("\" rx=\"4\" ry=\"4\" fill=\"#FFFFFF\" stroke=\"#C8CDD2\" stroke-width=\"1\"/>\n");
		for (TextLine line : legend.heading()) {
			text(svg, line, "#1A1A1A", null);
		}
		for (LegendNode node : legend.nodes()) {
			svg.append("<g class=\"legend-node\">").append(Shapes.svg(node.style().shape(), node.sample(),
					shapeAttributes(node.style())));
			text(svg, node.label(), "#1A1A1A", null);
			svg.append("</g>\n");
		}
		for (LegendEdge edge : legend.edges()) {
			RelationKind kind = RelationKind.get(edge.kind());
			svg.append("<g class=\"legend-edge\" data-kind=\"").append(edge.kind()).append("\"><path d=\"M")
					.append(Svg.num(edge.from().x())).append(' ').append(Svg.num(edge.from().y())).append(" L")
					.append(Svg.num(edge.to().x())).append(' ').append(Svg.num(edge.to().y())).append('"')
					.append(edgeAttributes(edge.style(), id, kind)).append("/>");
			text(svg, edge.label(), "#1A1A1A", null);
			svg.append("</g>\n");
		}
		svg.append("</g>\n");
	}

	private static void text(StringBuilder svg, TextLine line, String color, String cssClass) {
		svg.append("<text");
		if (cssClass != null) {
			svg.append(" class=\"").append(cssClass).append('"');
		}
		double x = line.centered() ? line.x() + line.width() / 2 : line.x();
		svg.append(" x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(line.baseline()))
				.append("\" font-size=\"").append(Svg.num(line.size())).append('"');
		if (line.bold()) {
			svg.append(" font-weight=\"bold\"");
		}
		if (line.centered()) {
			svg.append(" text-anchor=\"middle\"");
		}
		svg.append(" fill=\"").append(color).append("\">").append(Svg.escape(line.text())).append("</text>");
	}

	// ---------------------------------------------------------------- arrowheads

	static String markerId(String prefix, RelationKind kind) {
		return prefix + "-arrow-" + kind.getLiteral();
	}

	private static void markers(StringBuilder svg, LaidOutDiagram diagram, String id) {
		Set<RelationKind> kinds = EnumSet.noneOf(RelationKind.class);
		diagram.edges().forEach(e -> kinds.add(e.edge().kind()));
		diagram.legend().edges().forEach(e -> kinds.add(RelationKind.get(e.kind())));
		if (kinds.isEmpty()) {
			return;
		}
		svg.append("<defs>\n");
		for (RelationKind kind : kinds) {
			DiagramStyle.EdgeStyle style = DiagramStyle.edge(kind);
			svg.append("<marker id=\"").append(markerId(id, kind)).append("\" class=\"arrow-")
					.append(style.arrow().name().toLowerCase(java.util.Locale.ROOT))
					.append("\" viewBox=\"0 0 12 12\" refX=\"12\" refY=\"6\" markerWidth=\"12\" markerHeight=\"12\""
							+ " markerUnits=\"userSpaceOnUse\" orient=\"auto\">");
			svg.append(arrow(style.arrow(), style.color()));
			svg.append("</marker>\n");
		}
		svg.append("</defs>\n");
	}

	private static String arrow(Arrow arrow, String color) {
		return switch (arrow) {
		case TRIANGLE -> "<path d=\"M0 1 L12 6 L0 11 Z\" fill=\"" + color + "\" stroke=\"" + color + "\" stroke-width=\"1\"/>";
		case OPEN_TRIANGLE -> "<path d=\"M1 1 L11.5 6 L1 11 Z\" fill=\"#FFFFFF\" stroke=\"" + color + "\" stroke-width=\"1.2\"/>";
		case VEE -> "<path d=\"M1 1 L11.5 6 L1 11\" fill=\"none\" stroke=\"" + color + "\" stroke-width=\"1.5\"/>";
		case TEE -> "<path d=\"M11 0.5 L11 11.5 M0 6 L11 6\" fill=\"none\" stroke=\"" + color + "\" stroke-width=\"2\"/>";
		case DIAMOND -> "<path d=\"M0 6 L6 1 L12 6 L6 11 Z\" fill=\"" + color + "\" stroke=\"" + color + "\" stroke-width=\"1\"/>";
		case CIRCLE -> "<circle cx=\"6.5\" cy=\"6\" r=\"4.5\" fill=\"#FFFFFF\" stroke=\"" + color + "\" stroke-width=\"1.2\"/>";
		};
	}

	static String dashes(Line line) {
		return switch (line) {
		case SOLID -> null;
		case DASHED -> DASHED;
		case DOTTED -> DOTTED;
		};
	}

	// ---------------------------------------------------------------- texts

	static String kind(Element element) {
		return ModelNames.kind(element);
	}

	static String tooltip(Element element) {
		StringBuilder text = new StringBuilder(element.getName() == null ? "" : element.getName());
		if (element.getTitle() != null) {
			text.append(": ").append(element.getTitle());
		}
		text.append(" (").append(kind(element));
		if (element.getStatus() != org.wpo.dsl.wpo.Status.CURRENT) {
			text.append(", ").append(element.getStatus().getLiteral());
		}
		return text.append(')').toString();
	}
}
