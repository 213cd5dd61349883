package org.wpo.tests.viewpoint;

import static org.wpo.tests.viewpoint.SiriusObjects.feature;
import static org.wpo.tests.viewpoint.SiriusObjects.list;
import static org.wpo.tests.viewpoint.SiriusObjects.object;
import static org.wpo.tests.viewpoint.SiriusObjects.string;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.wpo.diagram.DiagramStyle;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Status;
import org.wpo.dsl.wpo.WpoPackage;

/**
 * Checks that the styles of a diagram's mappings are those of {@link DiagramStyle}, through the fixed
 * translation below: the shape, colors and border of each kind and status of element (one conditional
 * style per kind/status, keyed by {@code styleKey()}), the fills of areas by depth and of layer lanes,
 * and the color, line, arrow and width of each relation kind's edges.
 */
final class StyleCheck {

	/** Sirius has no folder, cylinder, hexagon or rounded-rectangle node: the nearest native figure. */
	static final Map<DiagramStyle.Shape, String> SHAPES = new EnumMap<>(Map.of(
			DiagramStyle.Shape.RECTANGLE, "SquareDescription", DiagramStyle.Shape.ROUNDED_RECTANGLE, "SquareDescription",
			DiagramStyle.Shape.NOTE, "NoteDescription", DiagramStyle.Shape.HEXAGON, "LozengeNodeDescription",
			DiagramStyle.Shape.FOLDER, "SquareDescription", DiagramStyle.Shape.CYLINDER, "EllipseNodeDescription",
			DiagramStyle.Shape.ELLIPSE, "EllipseNodeDescription"));

	static final Map<DiagramStyle.Line, String> LINES = new EnumMap<>(Map.of(DiagramStyle.Line.SOLID, "solid",
			DiagramStyle.Line.DASHED, "dash", DiagramStyle.Line.DOTTED, "dot"));

	/** Sirius has no tee decoration; obsoletes gets the circle-plus, which no other kind uses. */
	static final Map<DiagramStyle.Arrow, String> ARROWS = new EnumMap<>(Map.of(
			DiagramStyle.Arrow.TRIANGLE, "OutputFillClosedArrow", DiagramStyle.Arrow.OPEN_TRIANGLE, "OutputClosedArrow",
			DiagramStyle.Arrow.VEE, "OutputArrow", DiagramStyle.Arrow.TEE, "CirclePlus",
			DiagramStyle.Arrow.DIAMOND, "FillDiamond", DiagramStyle.Arrow.CIRCLE, "Dot"));

	private static final Pattern STYLE_KEY = Pattern.compile("aql:self\\.styleKey\\(\\) = '([a-z]+)/([a-z]+)'");

	private final MappingTree tree;
	private final Problems problems;

	StyleCheck(MappingTree tree, Problems problems) {
		this.tree = tree;
		this.problems = problems;
	}

	/** Checks the styles of every mapping of the diagram. */
	void check(EObject diagram) {
		for (EObject mapping : tree.mappings(diagram)) {
			EClass type = tree.type(mapping);
			if ("EdgeMapping".equals(mapping.eClass().getName())) {
				checkEdgeStyle(mapping);
			} else if (type == WpoPackage.Literals.ELEMENT) {
				checkElementStyles(mapping);
			} else if (type == WpoPackage.Literals.AREA) {
				int depth = areaDepth(mapping);
				checkContainerStyle(mapping, DiagramStyle.areaFill(depth), DiagramStyle.AREA_STROKE,
						"an area at depth " + depth);
			} else if (type == WpoPackage.Literals.LAYER) {
				checkContainerStyle(mapping, DiagramStyle.LANE_FILL, DiagramStyle.LANE_STROKE, "a layer lane");
			}
		}
	}

	/** How deep an area mapping is among area mappings: 0 for a chapter. */
	private int areaDepth(EObject mapping) {
		int depth = 0;
		for (EObject parent = mapping.eContainer(); parent != null; parent = parent.eContainer()) {
			if (tree.type(parent) == WpoPackage.Literals.AREA) {
				depth++;
			}
		}
		return depth;
	}

	private void checkElementStyles(EObject mapping) {
		checkNodeStyle(mapping, object(mapping, "style"), DiagramStyle.technology(), "default style");
		Set<String> covered = new LinkedHashSet<>();
		for (EObject conditional : list(mapping, "conditionnalStyles")) {
			String predicate = string(conditional, "predicateExpression");
			Matcher matcher = STYLE_KEY.matcher(predicate == null ? "" : predicate);
			if (!matcher.matches()) {
				problems.add(conditional, "predicate \"" + predicate + "\" is not of the form aql:self.styleKey() = 'kind/status'");
				continue;
			}
			String kind = matcher.group(1);
			Status status = Status.get(matcher.group(2));
			DiagramStyle.NodeStyle base = "technology".equals(kind) ? DiagramStyle.technology()
					: SpecKind.get(kind) == null ? null : DiagramStyle.specification(SpecKind.get(kind));
			if (base == null || status == null) {
				problems.add(conditional, "'" + matcher.group(1) + "/" + matcher.group(2) + "' is not a kind and status");
				continue;
			}
			if (!covered.add(kind + "/" + status.getLiteral())) {
				problems.add(conditional, "repeats the style of " + kind + "/" + status.getLiteral());
			}
			checkNodeStyle(conditional, object(conditional, "style"), DiagramStyle.withStatus(base, status),
					kind + "/" + status.getLiteral());
		}
		for (String kind : styleKinds()) {
			for (Status status : Status.VALUES) {
				if (!covered.contains(kind + "/" + status.getLiteral())) {
					problems.add(mapping, "has no style for " + kind + "/" + status.getLiteral());
				}
			}
		}
	}

	private static List<String> styleKinds() {
		List<String> kinds = new ArrayList<>(SpecKind.VALUES.stream().map(SpecKind::getLiteral).toList());
		kinds.add("technology");
		return kinds;
	}

	private void checkNodeStyle(EObject owner, EObject style, DiagramStyle.NodeStyle expected, String what) {
		if (style == null) {
			problems.add(owner, what + ": no style");
			return;
		}
		String shape = SHAPES.get(expected.shape());
		if (!shape.equals(style.eClass().getName())) {
			problems.add(owner, what + ": a " + style.eClass().getName() + " where DiagramStyle's " + expected.shape()
					+ " is drawn as " + shape);
		}
		checkColor(owner, style, "color", expected.fill(), what + " fill");
		checkColor(owner, style, "borderColor", expected.stroke(), what + " border");
		checkColor(owner, style, "labelColor", expected.text(), what + " text");
		checkLiteral(owner, style, "borderLineStyle", LINES.get(expected.border()), what + " border line");
	}

	private void checkContainerStyle(EObject mapping, String fill, String stroke, String what) {
		EObject style = object(mapping, "style");
		if (style == null || !"FlatContainerStyleDescription".equals(style.eClass().getName())) {
			problems.add(mapping, what + ": not a flat container style");
			return;
		}
		checkColor(mapping, style, "backgroundColor", fill, what + " fill");
		checkColor(mapping, style, "foregroundColor", fill, what + " fill");
		checkColor(mapping, style, "borderColor", stroke, what + " border");
		if (!list(mapping, "conditionnalStyles").isEmpty()) {
			problems.add(mapping, what + ": conditional styles are not checked");
		}
	}

	private void checkEdgeStyle(EObject mapping) {
		String precondition = string(mapping, "preconditionExpression");
		RelationKind kind = MappingTree.edgeKind(mapping);
		if (kind == null) {
			problems.add(mapping, "precondition \"" + precondition + "\" does not name one relation kind with isKind");
			return;
		}
		DiagramStyle.EdgeStyle expected = DiagramStyle.edge(kind);
		EObject style = object(mapping, "style");
		String what = kind.getLiteral() + " edge";
		if (style == null) {
			problems.add(mapping, what + ": no style");
			return;
		}
		checkColor(mapping, style, "strokeColor", expected.color(), what + " color");
		checkLiteral(mapping, style, "lineStyle", LINES.get(expected.line()), what + " line");
		checkLiteral(mapping, style, "targetArrow", ARROWS.get(expected.arrow()), what + " arrow");
		checkLiteral(mapping, style, "sourceArrow", "NoDecoration", what + " start");
		if (!String.valueOf(expected.width()).equals(string(style, "sizeComputationExpression"))) {
			problems.add(mapping, what + ": width " + string(style, "sizeComputationExpression") + " where DiagramStyle has "
					+ expected.width());
		}
		if (!list(mapping, "conditionnalStyles").isEmpty()) {
			problems.add(mapping, what + ": conditional styles are not checked");
		}
	}

	private void checkColor(EObject owner, EObject style, String feature, String expectedHex, String what) {
		EObject color = object(style, feature);
		if (color == null) {
			problems.add(owner, what + ": no color");
			return;
		}
		String hex = String.format("#%02X%02X%02X", (Integer) color.eGet(feature(color, "red")),
				(Integer) color.eGet(feature(color, "green")), (Integer) color.eGet(feature(color, "blue")));
		if (!hex.equalsIgnoreCase(expectedHex)) {
			problems.add(owner, what + ": " + hex + " where DiagramStyle has " + expectedHex);
		}
	}

	private void checkLiteral(EObject owner, EObject style, String feature, String expected, String what) {
		Object value = style.eGet(feature(style, feature));
		String actual = value == null ? null : value.toString();
		if (!expected.equals(actual)) {
			problems.add(owner, what + ": " + actual + " where DiagramStyle gives " + expected);
		}
	}
}
