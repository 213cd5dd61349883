package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.wpo.diagram.DiagramContent;
import org.wpo.diagram.DiagramKind;
import org.wpo.diagram.DiagramStyle;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.query.ModelIndex;
import org.wpo.render.DiagramLayout;
import org.wpo.render.Diagrams;
import org.wpo.render.LaidOutDiagram;
import org.wpo.render.LaidOutDiagram.EdgeLine;
import org.wpo.render.LaidOutDiagram.Frame;
import org.wpo.render.LaidOutDiagram.NodeBox;
import org.wpo.render.LaidOutDiagram.Point;
import org.wpo.render.LaidOutDiagram.Rect;
import org.wpo.render.LaidOutDiagram.TextLine;
import org.wpo.render.SvgWriter;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The SVG diagrams of the built-in model: every element drawn in the style DiagramStyle gives it,
 * every relation with its kind's line and arrowhead, no two boxes overlapping, every label inside
 * its shape, and the same bytes for the same model.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class RenderingTest {

	/** Protocol stacks drawn in these tests: deep, wide, over alternatives, and tiny. */
	static final List<String> ROOTS = List.of("MS-COMA", "MS-RPCE", "MC-SQLR", "MS-SMB2", "MS-DCOM", "HTTP", "UDP");

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	WpoTestSupport support;

	ModelIndex index;

	@BeforeEach
	void load() {
		index = ModelIndex.of(BuiltInModel.get(resourceSets.get(), support).resourceSet);
	}

	private List<DiagramContent> contents() {
		List<DiagramContent> contents = new ArrayList<>();
		contents.add(DiagramContent.areaMap(index));
		contents.add(DiagramContent.layerStack(index));
		for (String root : ROOTS) {
			contents.add(DiagramContent.stack(index, index.find(root).orElseThrow()));
		}
		return contents;
	}

	// ---------------------------------------------------------------- SVG structure

	@Test
	void everyElementIsDrawnInItsStyle() {
		for (DiagramContent content : contents()) {
			Document svg = Xml.parse(SvgWriter.write(DiagramLayout.layout(content, "test")));
			Map<String, Element> shown = new HashMap<>();
			content.nodes().forEach(n -> shown.put(n.element().getName(), n.element()));
			List<org.w3c.dom.Element> nodes = Xml.withClass(svg, "g", "node");
			assertEquals(content.nodes().size(), nodes.size(), content.kind().id());
			for (org.w3c.dom.Element node : nodes) {
				Element element = shown.get(node.getAttribute("data-element"));
				assertNotNull(element, node.getAttribute("data-element"));
				DiagramStyle.NodeStyle style = DiagramStyle.node(element);
				List<org.w3c.dom.Element> shapes = Xml.withClass(node, shapeTag(style.shape()), "shape");
				assertEquals(1, shapes.size(), element.getName() + " has one " + shapeTag(style.shape()));
				org.w3c.dom.Element shape = shapes.get(0);
				String where = content.kind().id() + " " + element.getName();
				assertEquals(style.fill(), shape.getAttribute("fill"), where);
				assertEquals(style.stroke(), shape.getAttribute("stroke"), where);
				assertEquals(dashes(style.border()), shape.getAttribute("stroke-dasharray"), where);
				assertEquals(style.shape() == DiagramStyle.Shape.ROUNDED_RECTANGLE, shape.hasAttribute("rx"), where);
				List<org.w3c.dom.Element> texts = Xml.all(node).stream().filter(e -> e.getLocalName().equals("text"))
						.toList();
				assertFalse(texts.isEmpty(), where);
				texts.forEach(t -> assertEquals(style.text(), t.getAttribute("fill"), where));
				assertEquals(element.getStatus().getLiteral(), node.getAttribute("data-status"));
			}
		}
	}

	@Test
	void statusChangesTheBorderInTheDrawing() {
		Document svg = Xml.parse(SvgWriter.write(Diagrams.areaMap(index)));
		Map<String, String> dashesByStatus = new HashMap<>();
		for (org.w3c.dom.Element node : Xml.withClass(svg, "g", "node")) {
			org.w3c.dom.Element shape = Xml.all(node).stream().filter(e -> e.getAttribute("class").equals("shape"))
					.findFirst().orElseThrow();
			dashesByStatus.put(node.getAttribute("data-status"), shape.getAttribute("stroke-dasharray"));
		}
		assertEquals("", dashesByStatus.get("current"));
		assertEquals("6 4", dashesByStatus.get("legacy"));
		assertEquals("6 4", dashesByStatus.get("deprecated"));
	}

	@Test
	void everyRelationHasTheLineAndArrowOfItsKind() {
		int drawn = 0;
		for (DiagramContent content : contents()) {
			Document svg = Xml.parse(SvgWriter.write(DiagramLayout.layout(content, "test")));
			List<org.w3c.dom.Element> edges = Xml.withClass(svg, "path", "edge");
			assertEquals(content.edges().stream().map(e -> e.source().getName() + ">" + e.target().getName()).toList(),
					edges.stream().map(e -> e.getAttribute("data-source") + ">" + e.getAttribute("data-target")).toList());
			Map<String, org.w3c.dom.Element> markers = new HashMap<>();
			Xml.all(svg).stream().filter(e -> e.getLocalName().equals("marker"))
					.forEach(m -> markers.put(m.getAttribute("id"), m));
			for (org.w3c.dom.Element edge : edges) {
				RelationKind kind = RelationKind.get(edge.getAttribute("data-kind"));
				DiagramStyle.EdgeStyle style = DiagramStyle.edge(kind);
				assertEquals(style.color(), edge.getAttribute("stroke"));
				assertEquals(String.valueOf(style.width()), edge.getAttribute("stroke-width"));
				assertEquals(dashes(style.line()), edge.getAttribute("stroke-dasharray"));
				String reference = edge.getAttribute("marker-end");
				assertTrue(reference.startsWith("url(#") && reference.endsWith(")"), reference);
				org.w3c.dom.Element marker = markers.get(reference.substring(5, reference.length() - 1));
				assertNotNull(marker, reference);
				assertEquals("arrow-" + style.arrow().name().toLowerCase(java.util.Locale.ROOT),
						marker.getAttribute("class"));
				drawn++;
			}
			// The legend shows each kind drawn, with the same marker.
			List<String> legendKinds = Xml.withClass(svg, "g", "legend-edge").stream()
					.map(e -> e.getAttribute("data-kind")).toList();
			assertEquals(content.edges().stream().map(e -> e.kind()).distinct().sorted().map(RelationKind::getLiteral)
					.toList(), legendKinds);
		}
		assertTrue(drawn > 50, "relations drawn: " + drawn);
	}

	@Test
	void stackDiagramUsesADistinctStyleForEachKind() {
		Document svg = Xml.parse(SvgWriter.write(Diagrams.stack(index, index.find("MS-DCOM").orElseThrow())));
		Map<String, String> styleOfKind = new HashMap<>();
		for (org.w3c.dom.Element edge : Xml.withClass(svg, "path", "edge")) {
			styleOfKind.put(edge.getAttribute("data-kind"), edge.getAttribute("stroke") + " "
					+ edge.getAttribute("stroke-dasharray") + " " + edge.getAttribute("marker-end"));
		}
		assertTrue(styleOfKind.containsKey("runs-over") && styleOfKind.containsKey("extends"), styleOfKind.toString());
		assertEquals(styleOfKind.size(), styleOfKind.values().stream().distinct().count(), styleOfKind.toString());
	}

	@Test
	void everyKindAndStatusHasItsShapeAndBorder() {
		ModelIndex model = ModelIndex.of(support.load("kinds.wpo", """
				area 1 "Kinds" {
					protocol MS-CUR "Current" { status current }
					protocol MS-LEG { status legacy }
					protocol MS-DEP { status deprecated }
					protocol MS-OBS { status obsolete }
					format MS-FMT
					algorithm MS-ALG
					overview MS-OVW
					standard RFC1
					technology Tech
				}
				"""));
		Document svg = Xml.parse(SvgWriter.write(Diagrams.areaMap(model)));
		Map<String, String> drawn = new HashMap<>();
		for (org.w3c.dom.Element node : Xml.withClass(svg, "g", "node")) {
			org.w3c.dom.Element shape = Xml.all(node).stream().filter(e -> e.getAttribute("class").equals("shape"))
					.findFirst().orElseThrow();
			drawn.put(node.getAttribute("data-element"), shape.getLocalName() + " " + shape.getAttribute("fill") + " "
					+ shape.getAttribute("stroke") + " [" + shape.getAttribute("stroke-dasharray") + "]");
		}
		assertEquals("rect #DCE9F7 #3B6EA5 []", drawn.get("MS-CUR"));
		assertEquals("rect #DCE9F7 #7F7F7F [6 4]", drawn.get("MS-LEG"));
		assertEquals("rect #E0E0E0 #7F7F7F [6 4]", drawn.get("MS-DEP"));
		assertEquals("rect #EFEFEF #A0A0A0 [2 3]", drawn.get("MS-OBS"));
		assertEquals("path #E6F4DC #4A7F2C []", drawn.get("MS-FMT"));
		assertEquals("path #FFF3CF #9C7A12 []", drawn.get("MS-ALG"));
		assertEquals("path #EEE4F6 #6B4C8A []", drawn.get("MS-OVW"));
		assertEquals("path #F1F1F1 #5F5F5F []", drawn.get("RFC1"));
		assertEquals("rect #FFFFFF #2F4F4F []", drawn.get("Tech"));
		// The legend names every kind and status shown.
		String legend = Xml.withClass(svg, "g", "legend").get(0).getTextContent();
		for (String entry : List.of("protocol", "format", "algorithm", "overview", "standard", "technology", "legacy",
				"deprecated", "obsolete")) {
			assertTrue(legend.contains(entry), entry + " in " + legend);
		}
	}

	private static String shapeTag(DiagramStyle.Shape shape) {
		return switch (shape) {
		case RECTANGLE, ROUNDED_RECTANGLE -> "rect";
		case ELLIPSE -> "ellipse";
		default -> "path";
		};
	}

	private static String dashes(DiagramStyle.Line line) {
		return switch (line) {
		case SOLID -> "";
		case DASHED -> "6 4";
		case DOTTED -> "2 3";
		};
	}

	// ---------------------------------------------------------------- geometry

	@Test
	void noTwoBoxesOverlapAndEveryLabelFitsItsShape() {
		for (DiagramContent content : contents()) {
			LaidOutDiagram diagram = DiagramLayout.layout(content, "A heading");
			String name = content.kind().id();
			List<NodeBox> nodes = diagram.nodes();
			for (int i = 0; i < nodes.size(); i++) {
				NodeBox node = nodes.get(i);
				String where = name + " " + node.element().getName();
				assertTrue(node.bounds().contains(node.textArea()), where);
				assertFalse(node.label().isEmpty(), where);
				for (TextLine line : node.label()) {
					assertTrue(node.textArea().contains(line.bounds()), where + ": '" + line.text() + "' " + line.bounds()
							+ " overflows " + node.textArea());
				}
				for (int j = i + 1; j < nodes.size(); j++) {
					assertFalse(node.bounds().overlaps(nodes.get(j).bounds()),
							where + " overlaps " + nodes.get(j).element().getName());
				}
				assertTrue(new Rect(0, 0, diagram.width(), diagram.height()).contains(node.bounds()), where);
				assertFalse(node.bounds().overlaps(diagram.legend().bounds()), where + " under the legend");
				assertFalse(node.bounds().overlaps(diagram.heading().bounds()), where + " under the heading");
			}
			for (Frame frame : diagram.frames()) {
				for (TextLine line : frame.label()) {
					assertTrue(frame.bounds().contains(line.bounds()), name + " frame label " + line.text());
					for (NodeBox node : nodes) {
						assertFalse(node.bounds().overlaps(line.bounds()), name + " " + node.element().getName()
								+ " covers the label " + line.text());
					}
				}
			}
		}
	}

	@Test
	void areasNestAndHoldTheirElements() {
		LaidOutDiagram map = Diagrams.areaMap(index);
		Map<DiagramContent.Container, Frame> frames = new HashMap<>();
		map.frames().forEach(f -> frames.put(f.container(), f));
		assertEquals(index.areas().size(), map.frames().size());
		for (Frame frame : map.frames()) {
			DiagramContent.Container parent = frame.container().parent();
			if (parent != null) {
				assertTrue(frames.get(parent).bounds().contains(frame.bounds()), frame.container().label());
				for (TextLine line : frames.get(parent).label()) {
					assertFalse(frame.bounds().overlaps(line.bounds()), frame.container().label() + " covers its parent's label");
				}
			}
			for (Frame other : map.frames()) {
				if (other != frame && other.container().parent() == parent) {
					assertFalse(frame.bounds().overlaps(other.bounds()),
							frame.container().label() + " overlaps " + other.container().label());
				}
			}
		}
		DiagramContent content = DiagramContent.areaMap(index);
		for (int i = 0; i < content.nodes().size(); i++) {
			Frame home = frames.get(content.nodes().get(i).container());
			assertTrue(home.bounds().contains(map.nodes().get(i).bounds()), content.nodes().get(i).element().getName());
		}
	}

	@Test
	void lanesFollowTheModelsLayerOrderAndHoldTheirElements() {
		LaidOutDiagram stack = Diagrams.layerStack(index);
		DiagramContent content = DiagramContent.layerStack(index);
		assertEquals(index.layers().stream().map(l -> l.getTitle()).toList(),
				stack.frames().stream().map(f -> f.container().label()).toList());
		for (int i = 1; i < stack.frames().size(); i++) {
			Rect above = stack.frames().get(i - 1).bounds();
			Rect below = stack.frames().get(i).bounds();
			assertEquals(above.bottom(), below.y(), 1e-6, "lanes are stacked without gaps");
			assertTrue(below.height() > 0);
		}
		Map<DiagramContent.Container, Frame> lanes = new HashMap<>();
		stack.frames().forEach(f -> lanes.put(f.container(), f));
		for (int i = 0; i < content.nodes().size(); i++) {
			Frame lane = lanes.get(content.nodes().get(i).container());
			assertTrue(lane.bounds().contains(stack.nodes().get(i).bounds()), content.nodes().get(i).element().getName()
					+ " lies in the lane of its layer");
		}
	}

	@Test
	void theRootOfAStackIsOnTop() {
		for (String root : ROOTS) {
			LaidOutDiagram stack = Diagrams.stack(index, index.find(root).orElseThrow());
			NodeBox top = stack.nodes().get(0);
			assertEquals(root, top.element().getName());
			for (NodeBox other : stack.nodes().subList(1, stack.nodes().size())) {
				assertTrue(other.bounds().y() >= top.bounds().bottom(), root + " above " + other.element().getName());
			}
		}
	}

	@Test
	void edgesRunOrthogonallyFromBorderToBorder() {
		for (DiagramContent content : contents()) {
			LaidOutDiagram diagram = DiagramLayout.layout(content, "test");
			Map<Element, NodeBox> boxes = new HashMap<>();
			diagram.nodes().forEach(n -> boxes.put(n.element(), n));
			for (EdgeLine edge : diagram.edges()) {
				List<Point> points = edge.points();
				String where = edge.edge().source().getName() + ">" + edge.edge().target().getName();
				assertTrue(points.size() >= 2, where);
				assertTrue(onBorder(boxes.get(edge.edge().source()), points.get(0)), where + " starts at " + points.get(0));
				assertTrue(onBorder(boxes.get(edge.edge().target()), points.get(points.size() - 1)),
						where + " ends at " + points.get(points.size() - 1));
				for (int i = 1; i < points.size(); i++) {
					Point a = points.get(i - 1);
					Point b = points.get(i);
					assertTrue(Math.abs(a.x() - b.x()) < 1e-6 || Math.abs(a.y() - b.y()) < 1e-6, where + " segment " + i);
				}
			}
		}
	}

	/**
	 * A rectangle's edges end on its border; other shapes' edges end on their outline, which lies
	 * within the box (the browser test checks that outline exactly).
	 */
	private static boolean onBorder(NodeBox node, Point p) {
		Rect box = node.bounds();
		double e = 0.5;
		if (node.style().shape() != DiagramStyle.Shape.RECTANGLE
				&& node.style().shape() != DiagramStyle.Shape.ROUNDED_RECTANGLE) {
			return p.x() >= box.x() - e && p.x() <= box.right() + e && p.y() >= box.y() - e && p.y() <= box.bottom() + e;
		}
		boolean withinX = p.x() >= box.x() - e && p.x() <= box.right() + e;
		boolean withinY = p.y() >= box.y() - e && p.y() <= box.bottom() + e;
		boolean onVertical = Math.abs(p.x() - box.x()) <= e || Math.abs(p.x() - box.right()) <= e;
		boolean onHorizontal = Math.abs(p.y() - box.y()) <= e || Math.abs(p.y() - box.bottom()) <= e;
		return withinX && withinY && (onVertical || onHorizontal);
	}

	// ---------------------------------------------------------------- determinism and text

	@Test
	void theSameModelGivesTheSameBytes() {
		XtextResourceSet other = resourceSets.get();
		BuiltInLibrary.load(other);
		EcoreUtil.resolveAll(other);
		ModelIndex second = ModelIndex.of(other);
		for (DiagramKind kind : DiagramKind.values()) {
			String first = SvgWriter.write(Diagrams.of(index, kind, index.find("MS-COMA").orElseThrow()));
			String again = SvgWriter.write(Diagrams.of(index, kind, index.find("MS-COMA").orElseThrow()));
			String fresh = SvgWriter.write(Diagrams.of(second, kind, second.find("MS-COMA").orElseThrow()));
			assertEquals(first, again, kind.id());
			assertEquals(first, fresh, kind.id() + " from a second load of the model");
		}
	}

	@Test
	void modelTextIsEscapedInSvg() {
		ModelIndex evil = ModelIndex.of(support.load("evil.wpo", Hostile.MODEL));
		for (DiagramKind kind : DiagramKind.values()) {
			String text = SvgWriter.write(Diagrams.of(evil, kind, evil.find(Hostile.SPEC).orElseThrow()));
			Document svg = Xml.parse(text);
			assertTrue(Xml.all(svg).stream().noneMatch(e -> List.of("script", "img", "iframe", "style", "foreignObject")
					.contains(e.getLocalName())), kind.id());
			for (String[] attribute : Xml.attributes(svg)) {
				assertFalse(attribute[1].toLowerCase().startsWith("on"), kind.id() + " " + attribute[1]);
			}
			List<String> names = Xml.withClass(svg, "g", "node").stream().map(e -> e.getAttribute("data-element")).toList();
			if (kind != DiagramKind.LAYER_STACK) {
				assertTrue(names.contains(Hostile.SPEC), names.toString());
			}
			assertTrue(names.contains(Hostile.TECHNOLOGY), names.toString());
			assertTrue(svg.getDocumentElement().getTextContent().contains(Hostile.SPEC.substring(0, 12)), kind.id());
		}
	}

	@Test
	void longNamesWrapWithinTheirBox() {
		ModelIndex model = ModelIndex.of(support.load("long.wpo", """
				area 1 "An area whose title is long enough to need more than one line in the map, surely" {
					technology "A technology with a really long name that cannot fit on one line at all" "And a title \
				that is longer still, with words enough to fill three lines and then some more that must be cut off"
					technology Averyveryveryveryveryveryveryveryveryveryveryverylongwordwithoutanyspace
					technology "\u65e5\u672c\u8a9e\u306e\u540d\u524d \u00e9\u00e8 \u0001"
				}
				"""));
		for (DiagramKind kind : List.of(DiagramKind.AREA_MAP, DiagramKind.STACK)) {
			LaidOutDiagram diagram = Diagrams.of(model, kind, model.elements().get(0));
			for (NodeBox node : diagram.nodes()) {
				for (TextLine line : node.label()) {
					assertTrue(node.textArea().contains(line.bounds()), line.text());
				}
			}
			for (Frame frame : diagram.frames()) {
				frame.label().forEach(l -> assertTrue(frame.bounds().contains(l.bounds()), l.text()));
			}
			Xml.parse(SvgWriter.write(diagram));
		}
	}
}
