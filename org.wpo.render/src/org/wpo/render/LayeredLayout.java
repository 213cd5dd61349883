package org.wpo.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.wpo.diagram.DiagramContent;
import org.wpo.diagram.DiagramContent.Container;
import org.wpo.diagram.DiagramContent.Edge;
import org.wpo.diagram.DiagramContent.Node;
import org.wpo.diagram.DiagramKind;
import org.wpo.diagram.DiagramStyle;
import org.wpo.dsl.wpo.Element;
import org.wpo.render.LaidOutDiagram.EdgeLine;
import org.wpo.render.LaidOutDiagram.Frame;
import org.wpo.render.LaidOutDiagram.NodeBox;
import org.wpo.render.LaidOutDiagram.Point;
import org.wpo.render.LaidOutDiagram.Rect;
import org.wpo.render.LaneLayout.YMap;

/**
 * The layer stack and the protocol stack: ELK Layered, top to bottom, orthogonal edges. The row of
 * each node is fixed beforehand ({@link Rows}) and handed to ELK's interactive layering; ELK orders
 * the nodes within each row and routes the edges. The layer stack's rows are then framed by lanes
 * ({@link LaneLayout}).
 */
final class LayeredLayout {

	/** Layer stack: elements without relations wrap into rows no wider than this. */
	static final double ROW_WIDTH = 1100;
	static final double NODE_SPACING = 18;
	static final double LAYER_SPACING = 36;
	static final double LANE_PADDING = 14;
	/** Distance between the rows the layered layout is told about: far more than any node is high. */
	private static final double ROW_PITCH = 10_000;
	/** Diagrams with more nodes than this are placed by Brandes-Koepf instead of network simplex. */
	static final int NETWORK_SIMPLEX_LIMIT = 300;

	private static boolean registered;

	private LayeredLayout() {
	}

	/**
	 * Registers ELK Layered's options and algorithm. Outside OSGi ELK finds them through Java's
	 * service loader; inside OSGi it cannot see other bundles, so this does it explicitly.
	 */
	static synchronized void registerAlgorithms() {
		if (registered) {
			return;
		}
		LayoutMetaDataService service = LayoutMetaDataService.getInstance();
		if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
			service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}
		registered = true;
	}

	/** Lays out a layer stack or protocol stack; {@link #registerAlgorithms()} must have run. */
	static LayoutBody layout(DiagramContent content, Map<Node, NodeLabel> labels) {
		boolean lanes = content.kind() == DiagramKind.LAYER_STACK;
		List<Container> bands = lanes ? content.containers() : List.of();
		Map<Node, Integer> band = new LinkedHashMap<>();
		for (int i = 0; i < content.nodes().size(); i++) {
			Node node = content.nodes().get(i);
			band.put(node, lanes ? bands.indexOf(node.container()) : i == 0 ? 0 : 1);
		}
		Map<Node, Integer> rows = Rows.assign(content, band, n -> labels.get(n).width(), NODE_SPACING, ROW_WIDTH);

		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(LANE_PADDING));
		root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
		root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
		root.setProperty(CoreOptions.SPACING_EDGE_NODE, 12.0);
		root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
		root.setProperty(CoreOptions.RANDOM_SEED, 1);
		// Network simplex centres a node over what it runs over, but its cost grows much faster than
		// the graph (7 s at 500 nodes); past a few hundred nodes Brandes-Koepf places them in linear time.
		root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY,
				content.nodes().size() <= NETWORK_SIMPLEX_LIMIT ? NodePlacementStrategy.NETWORK_SIMPLEX
						: NodePlacementStrategy.BRANDES_KOEPF);

		Map<Node, ElkNode> elkNodes = new LinkedHashMap<>();
		Map<Element, ElkNode> byElement = new HashMap<>();
		int index = 0;
		for (Node node : content.nodes()) {
			ElkNode elk = ElkGraphUtil.createNode(root);
			NodeLabel label = labels.get(node);
			elk.setDimensions(label.width(), label.height());
			// Told where it goes: the interactive layering keeps this row, the crossing minimisation
			// decides the order within it.
			elk.setLocation(index++ * 10, rows.get(node) * ROW_PITCH);
			elkNodes.put(node, elk);
			byElement.put(node.element(), elk);
		}
		Map<Edge, ElkEdge> elkEdges = new LinkedHashMap<>();
		for (Edge edge : content.edges()) {
			ElkNode source = byElement.get(edge.source());
			ElkNode target = byElement.get(edge.target());
			if (source != null && target != null) {
				elkEdges.put(edge, ElkGraphUtil.createSimpleEdge(source, target));
			}
		}

		DeepStack.run(() -> new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor()));

		Map<Node, Rect> bounds = new LinkedHashMap<>();
		elkNodes.forEach((node, elk) -> bounds.put(node, new Rect(elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight())));
		Map<Edge, List<Point>> routes = new LinkedHashMap<>();
		elkEdges.forEach((edge, elk) -> routes.put(edge, route(elk)));

		double width = root.getWidth();
		double height = root.getHeight();
		List<Frame> frames = List.of();
		double shiftX = 0;
		YMap ymap = YMap.IDENTITY;
		if (lanes) {
			LaneLayout laneLayout = LaneLayout.of(bands, band, bounds, height, width);
			ymap = laneLayout.ymap();
			shiftX = laneLayout.labelColumn();
			width += shiftX;
			height = laneLayout.height();
			frames = laneLayout.frames();
		}
		List<NodeBox> nodeBoxes = new ArrayList<>();
		for (Map.Entry<Node, Rect> entry : bounds.entrySet()) {
			Rect r = entry.getValue();
			Rect moved = new Rect(r.x() + shiftX, ymap.map(r.y()), r.width(), r.height());
			nodeBoxes.add(labels.get(entry.getKey()).box(entry.getKey(), moved));
		}
		Map<Element, NodeBox> boxOf = new HashMap<>();
		nodeBoxes.forEach(n -> boxOf.put(n.element(), n));
		List<EdgeLine> edgeLines = new ArrayList<>();
		for (Map.Entry<Edge, List<Point>> entry : routes.entrySet()) {
			double dx = shiftX;
			YMap map = ymap;
			List<Point> points = new ArrayList<>(
					entry.getValue().stream().map(p -> new Point(p.x() + dx, map.map(p.y()))).toList());
			Edge edge = entry.getKey();
			onOutline(points, 0, 1, boxOf.get(edge.source()));
			onOutline(points, points.size() - 1, points.size() - 2, boxOf.get(edge.target()));
			edgeLines.add(new EdgeLine(edge, List.copyOf(points), DiagramStyle.edge(edge.kind())));
		}
		return new LayoutBody(width, height, frames, nodeBoxes, edgeLines);
	}

	/**
	 * Moves an end of an edge that meets the top or bottom of a node's box vertically onto the
	 * shape's outline (a cylinder's cap, a hexagon's slope, a folder's body), so that arrowheads
	 * touch the shape. The segment stays vertical.
	 */
	private static void onOutline(List<Point> points, int end, int neighbour, NodeBox node) {
		if (node == null || points.size() < 2) {
			return;
		}
		Point p = points.get(end);
		Point q = points.get(neighbour);
		Rect b = node.bounds();
		if (Math.abs(p.x() - q.x()) > 1e-6 || p.x() <= b.x() || p.x() >= b.right()) {
			return;
		}
		DiagramStyle.Shape shape = node.style().shape();
		if (Math.abs(p.y() - b.y()) < 0.5 && q.y() < p.y()) {
			points.set(end, new Point(p.x(), Shapes.topAt(shape, b, p.x())));
		} else if (Math.abs(p.y() - b.bottom()) < 0.5 && q.y() > p.y()) {
			points.set(end, new Point(p.x(), Shapes.bottomAt(shape, b, p.x())));
		}
	}

	private static List<Point> route(ElkEdge edge) {
		List<Point> points = new ArrayList<>();
		for (ElkEdgeSection section : edge.getSections()) {
			addPoint(points, section.getStartX(), section.getStartY());
			for (ElkBendPoint bend : section.getBendPoints()) {
				addPoint(points, bend.getX(), bend.getY());
			}
			addPoint(points, section.getEndX(), section.getEndY());
		}
		return points;
	}

	private static void addPoint(List<Point> points, double x, double y) {
		Point point = new Point(x, y);
		if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
			points.add(point);
		}
	}
}
