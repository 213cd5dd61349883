package org.wpo.diagram;

import java.util.EnumMap;
import java.util.Map;

import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Status;

/**
 * How elements, relations and areas look in every diagram: the one table that the SVG renderer and
 * the Sirius viewpoint follow. Colors are #RRGGBB.
 */
public final class DiagramStyle {

	/** The shape names both renderers know. */
	public enum Shape {
		RECTANGLE, ROUNDED_RECTANGLE, NOTE, HEXAGON, FOLDER, CYLINDER, ELLIPSE
	}

	public enum Line {
		SOLID, DASHED, DOTTED
	}

	public enum Arrow {
		TRIANGLE, OPEN_TRIANGLE, VEE, TEE, DIAMOND, CIRCLE
	}

	public record NodeStyle(Shape shape, String fill, String stroke, Line border, String text) {
	}

	public record EdgeStyle(String color, Line line, Arrow arrow, int width) {
	}

	/** Shape and colors of each kind of element when it is current. */
	private static final Map<SpecKind, NodeStyle> SPECIFICATIONS = new EnumMap<>(Map.of(
			SpecKind.PROTOCOL, new NodeStyle(Shape.RECTANGLE, "#DCE9F7", "#3B6EA5", Line.SOLID, "#1A1A1A"),
			SpecKind.FORMAT, new NodeStyle(Shape.NOTE, "#E6F4DC", "#4A7F2C", Line.SOLID, "#1A1A1A"),
			SpecKind.ALGORITHM, new NodeStyle(Shape.HEXAGON, "#FFF3CF", "#9C7A12", Line.SOLID, "#1A1A1A"),
			SpecKind.OVERVIEW, new NodeStyle(Shape.FOLDER, "#EEE4F6", "#6B4C8A", Line.SOLID, "#1A1A1A"),
			SpecKind.STANDARD, new NodeStyle(Shape.CYLINDER, "#F1F1F1", "#5F5F5F", Line.SOLID, "#1A1A1A")));

	private static final NodeStyle TECHNOLOGY = new NodeStyle(Shape.ROUNDED_RECTANGLE, "#FFFFFF", "#2F4F4F",
			Line.SOLID, "#1A1A1A");

	private static final Map<RelationKind, EdgeStyle> EDGES = new EnumMap<>(Map.ofEntries(
			Map.entry(RelationKind.RUNS_OVER, new EdgeStyle("#1A1A1A", Line.SOLID, Arrow.TRIANGLE, 2)),
			Map.entry(RelationKind.EXTENDS, new EdgeStyle("#1F5FA8", Line.SOLID, Arrow.OPEN_TRIANGLE, 1)),
			Map.entry(RelationKind.PROFILE_OF, new EdgeStyle("#1F5FA8", Line.DASHED, Arrow.OPEN_TRIANGLE, 1)),
			Map.entry(RelationKind.USES, new EdgeStyle("#707070", Line.DOTTED, Arrow.VEE, 1)),
			Map.entry(RelationKind.REQUIRES, new EdgeStyle("#A0522D", Line.DASHED, Arrow.VEE, 1)),
			Map.entry(RelationKind.REPLACES, new EdgeStyle("#7F7F7F", Line.SOLID, Arrow.VEE, 1)),
			Map.entry(RelationKind.RENAMED_FROM, new EdgeStyle("#7F7F7F", Line.DOTTED, Arrow.VEE, 1)),
			Map.entry(RelationKind.OBSOLETES, new EdgeStyle("#B22222", Line.DASHED, Arrow.TEE, 1)),
			Map.entry(RelationKind.PART_OF, new EdgeStyle("#555555", Line.SOLID, Arrow.DIAMOND, 1)),
			Map.entry(RelationKind.SPECIFIED_BY, new EdgeStyle("#2E8B57", Line.DOTTED, Arrow.CIRCLE, 1)),
			// An administrator's line: dashed, violet, ending in a dot (specified-by's dot is dotted and green).
			Map.entry(RelationKind.MANAGES, new EdgeStyle("#8E44AD", Line.DASHED, Arrow.CIRCLE, 1))));

	/** Fill of areas, by nesting depth (0 for a chapter), lighter as they nest. */
	private static final String[] AREA_FILLS = { "#F4F6F8", "#FAFBFC", "#FFFFFF" };

	public static final String AREA_STROKE = "#9AA5B1";
	public static final String LANE_FILL = "#F7F7F2";
	public static final String LANE_STROKE = "#B8B8A8";

	private DiagramStyle() {
	}

	/** The style of an element: its kind decides shape and colors, its status the border and tone. */
	public static NodeStyle node(Element element) {
		NodeStyle base = element instanceof Specification specification ? SPECIFICATIONS.get(specification.getKind())
				: TECHNOLOGY;
		return withStatus(base, element.getStatus());
	}

	/**
	 * Legacy elements get a dashed border; deprecated ones a dashed border and a grey fill; obsolete
	 * ones a dotted border, a grey fill and grey text.
	 */
	public static NodeStyle withStatus(NodeStyle base, Status status) {
		return switch (status) {
		case CURRENT -> base;
		case LEGACY -> new NodeStyle(base.shape(), base.fill(), "#7F7F7F", Line.DASHED, base.text());
		case DEPRECATED -> new NodeStyle(base.shape(), "#E0E0E0", "#7F7F7F", Line.DASHED, "#4D4D4D");
		case OBSOLETE -> new NodeStyle(base.shape(), "#EFEFEF", "#A0A0A0", Line.DOTTED, "#808080");
		};
	}

	public static NodeStyle specification(SpecKind kind) {
		return SPECIFICATIONS.get(kind);
	}

	public static NodeStyle technology() {
		return TECHNOLOGY;
	}

	public static EdgeStyle edge(RelationKind kind) {
		return EDGES.get(kind);
	}

	public static String areaFill(int depth) {
		return AREA_FILLS[Math.min(depth, AREA_FILLS.length - 1)];
	}
}
