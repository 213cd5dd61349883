package org.wpo.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.query.ModelIndex;
import org.wpo.query.StackQuery;

/**
 * What each diagram shows, computed from a loaded model. Containers are areas (area map) or layers
 * (layer stack); nodes are elements; edges are relations of the kinds the diagram draws.
 */
public final class DiagramContent {

	/** A box that holds nodes and other containers: an area or a layer lane. */
	public record Container(EObject source, String label, Container parent, int depth) {
	}

	public record Node(Element element, Container container) {
	}

	public record Edge(ModelGraph.Edge relation) {
		public Element source() {
			return relation.source();
		}

		public Element target() {
			return relation.target();
		}

		public RelationKind kind() {
			return relation.kind();
		}
	}

	/** Relation kinds the layer stack draws. */
	public static final Set<RelationKind> LAYER_STACK_KINDS = EnumSet.of(RelationKind.RUNS_OVER);

	private final DiagramKind kind;
	private final List<Container> containers = new ArrayList<>();
	private final List<Node> nodes = new ArrayList<>();
	private final List<Edge> edges = new ArrayList<>();

	private DiagramContent(DiagramKind kind) {
		this.kind = kind;
	}

	public DiagramKind kind() {
		return kind;
	}

	/** Containers with every parent before its children. */
	public List<Container> containers() {
		return containers;
	}

	public List<Node> nodes() {
		return nodes;
	}

	public List<Edge> edges() {
		return edges;
	}

	/** Areas nested as in the model, each element in the area it is declared or placed in. */
	public static DiagramContent areaMap(ModelIndex index) {
		DiagramContent content = new DiagramContent(DiagramKind.AREA_MAP);
		Map<Area, Container> byArea = new LinkedHashMap<>();
		for (Area area : index.areas()) {
			Container parent = area.eContainer() instanceof Area p ? byArea.get(p) : null;
			Container container = new Container(area, Labels.area(area), parent, parent == null ? 0 : parent.depth() + 1);
			byArea.put(area, container);
			content.containers.add(container);
		}
		for (Element element : index.elements()) {
			Placement.areaOf(element).map(byArea::get)
					.ifPresent(container -> content.nodes.add(new Node(element, container)));
		}
		return content;
	}

	/** One lane per layer in the model's order; elements with a layer; runs-over edges between them. */
	public static DiagramContent layerStack(ModelIndex index) {
		DiagramContent content = new DiagramContent(DiagramKind.LAYER_STACK);
		Map<Layer, Container> lanes = new LinkedHashMap<>();
		for (Layer layer : index.layers()) {
			Container lane = new Container(layer, Labels.layerHeading(layer), null, 0);
			lanes.put(layer, lane);
			content.containers.add(lane);
		}
		Set<Element> shown = new LinkedHashSet<>();
		for (Element element : index.elements()) {
			Container lane = element.getLayer() == null ? null : lanes.get(element.getLayer());
			if (lane != null) {
				content.nodes.add(new Node(element, lane));
				shown.add(element);
			}
		}
		content.addEdges(index.graph(), shown, LAYER_STACK_KINDS);
		return content;
	}

	/**
	 * The root and everything it needs, with the relations the stack query followed: what
	 * {@code wpo stack} answers (through what specifies the root, and only the carriers a relation's
	 * {@code via} names), drawn.
	 */
	public static DiagramContent stack(ModelIndex index, Element root) {
		DiagramContent content = new DiagramContent(DiagramKind.STACK);
		StackQuery.Result stack = StackQuery.run(index, root);
		for (Element element : stack.elements()) {
			content.nodes.add(new Node(element, null));
			stack.edges().stream().filter(e -> e.source() == element).forEach(e -> content.edges.add(new Edge(e)));
		}
		return content;
	}

	private void addEdges(ModelGraph graph, Set<Element> shown, Set<RelationKind> kinds) {
		for (Element element : shown) {
			for (ModelGraph.Edge edge : graph.outgoing(element)) {
				if (kinds.contains(edge.kind()) && shown.contains(edge.target())) {
					edges.add(new Edge(edge));
				}
			}
		}
	}
}
