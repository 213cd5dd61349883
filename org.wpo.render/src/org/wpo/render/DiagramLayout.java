package org.wpo.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.BoxLayouterOptions;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.core.util.BoxLayoutProvider;
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
import org.wpo.render.LaidOutDiagram.TextLine;

/**
 * Lays a diagram out with the Eclipse Layout Kernel. The area map packs areas and their elements as
 * nested boxes (ELK's box algorithm: the map has no edges); the layer stack and the protocol stack
 * are layered drawings (ELK Layered, top to bottom, orthogonal edges). Node sizes come from the
 * label text measured with {@link TextMetrics}, so the result is the same on every machine.
 */
public final class DiagramLayout {

	static final double NAME_SIZE = 12;
	static final double TITLE_SIZE = 10.5;
	static final double FRAME_SIZE = 12;
	static final double HEADING_SIZE = 16;
	/** The widest a node's name or title line may be before it wraps. */
	static final double NAME_WIDTH = 220;
	static final double TITLE_WIDTH = 190;
	static final double FRAME_LABEL_WIDTH = 280;
	static final double MARGIN = 16;

	/** Layer stack: elements without relations wrap into rows no wider than this. */
	static final double ROW_WIDTH = 1100;
	static final double NODE_SPACING = 18;
	static final double LAYER_SPACING = 36;
	static final double LANE_PADDING = 14;
	static final double EMPTY_LANE = 40;
	/** Distance between the rows the layered layout is told about: far more than any node is high. */
	private static final double ROW_PITCH = 10_000;

	private static boolean registered;

	private DiagramLayout() {
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

	/** Lays out a diagram under a heading. */
	public static LaidOutDiagram layout(DiagramContent content, String heading) {
		registerAlgorithms();
		Map<Node, Label> labels = new LinkedHashMap<>();
		for (Node node : content.nodes()) {
			labels.put(node, Label.of(node.element(), content.kind() == DiagramKind.STACK));
		}
		Body body = content.kind() == DiagramKind.AREA_MAP ? boxes(content, labels) : layered(content, labels);

		TextLine headingLine = new TextLine(heading, MARGIN, MARGIN + TextMetrics.ASCENT * HEADING_SIZE, HEADING_SIZE,
				true, false);
		double top = MARGIN + HEADING_SIZE * TextMetrics.LINE_HEIGHT + 10;
		Body placed = body.moved(MARGIN, top);
		LegendLayout.Result legend = LegendLayout.of(content, placed.width() + MARGIN + 28, top);
		double width = Math.max(Math.max(placed.width() + MARGIN, legend.bounds().right()),
				MARGIN + headingLine.width()) + MARGIN;
		double height = Math.max(top + placed.height(), legend.bounds().bottom()) + MARGIN;
		return new LaidOutDiagram(content.kind(), heading, Math.ceil(width), Math.ceil(height), headingLine,
				placed.frames(), placed.nodes(), placed.edges(), legend.legend());
	}

	// ---------------------------------------------------------------- labels

	/** The lines of a node's label and the size of the shape that holds them. */
	record Label(List<String> names, List<String> titles, double textWidth, double textHeight, double width,
			double height) {

		static Label of(Element element, boolean withTitle) {
			DiagramStyle.NodeStyle style = DiagramStyle.node(element);
			List<String> names = TextMetrics.wrap(element.getName() == null ? "" : element.getName(), NAME_SIZE, true,
					NAME_WIDTH, 2);
			List<String> titles = withTitle && element.getTitle() != null && !element.getTitle().isBlank()
					? TextMetrics.wrap(element.getTitle(), TITLE_SIZE, false, TITLE_WIDTH, 3)
					: List.of();
			double textWidth = 0;
			for (String line : names) {
				textWidth = Math.max(textWidth, TextMetrics.width(line, NAME_SIZE, true));
			}
			for (String line : titles) {
				textWidth = Math.max(textWidth, TextMetrics.width(line, TITLE_SIZE, false));
			}
			textWidth = Math.max(textWidth, 24);
			double textHeight = (names.size() * NAME_SIZE + titles.size() * TITLE_SIZE) * TextMetrics.LINE_HEIGHT;
			double[] size = Shapes.size(style.shape(), textWidth, textHeight);
			return new Label(names, titles, textWidth, textHeight, size[0], size[1]);
		}

		/** The lines placed in the middle of the shape's interior. */
		List<TextLine> place(Rect interior) {
			List<TextLine> lines = new ArrayList<>();
			double y = interior.y() + (interior.height() - textHeight) / 2;
			for (String name : names) {
				lines.add(centered(name, interior, y, NAME_SIZE, true));
				y += NAME_SIZE * TextMetrics.LINE_HEIGHT;
			}
			for (String title : titles) {
				lines.add(centered(title, interior, y, TITLE_SIZE, false));
				y += TITLE_SIZE * TextMetrics.LINE_HEIGHT;
			}
			return lines;
		}

		private static TextLine centered(String text, Rect interior, double top, double size, boolean bold) {
			double width = TextMetrics.width(text, size, bold);
			return new TextLine(text, interior.x() + (interior.width() - width) / 2, top + TextMetrics.ASCENT * size,
					size, bold, true);
		}
	}

	/** The label of an area or lane: up to three lines, left-aligned. */
	static List<String> frameLabel(String text) {
		return TextMetrics.wrap(text == null ? "" : text, FRAME_SIZE, true, FRAME_LABEL_WIDTH, 3);
	}

	static double linesWidth(List<String> lines, double size, boolean bold) {
		double width = 0;
		for (String line : lines) {
			width = Math.max(width, TextMetrics.width(line, size, bold));
		}
		return width;
	}

	static List<TextLine> leftAligned(List<String> lines, double x, double top, double size, boolean bold) {
		List<TextLine> result = new ArrayList<>();
		double y = top;
		for (String line : lines) {
			result.add(new TextLine(line, x, y + TextMetrics.ASCENT * size, size, bold, false));
			y += size * TextMetrics.LINE_HEIGHT;
		}
		return result;
	}

	// ---------------------------------------------------------------- the laid-out body

	/** Frames, nodes and edges in coordinates that start at (0, 0), and the size they take. */
	record Body(double width, double height, List<Frame> frames, List<NodeBox> nodes, List<EdgeLine> edges) {

		Body moved(double dx, double dy) {
			List<Frame> frames = this.frames.stream().map(f -> new Frame(f.container(), f.bounds().moved(dx, dy),
					f.label().stream().map(l -> l.moved(dx, dy)).toList(), f.fill(), f.stroke(), f.lane())).toList();
			List<NodeBox> nodes = this.nodes.stream().map(n -> new NodeBox(n.element(), n.bounds().moved(dx, dy),
					n.textArea().moved(dx, dy), n.label().stream().map(l -> l.moved(dx, dy)).toList(), n.style()))
					.toList();
			List<EdgeLine> edges = this.edges.stream().map(e -> new EdgeLine(e.edge(),
					e.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList(), e.style())).toList();
			return new Body(width, height, frames, nodes, edges);
		}
	}

	private static NodeBox nodeBox(Node node, Label label, Rect bounds) {
		DiagramStyle.NodeStyle style = DiagramStyle.node(node.element());
		Rect interior = Shapes.interior(style.shape(), bounds);
		return new NodeBox(node.element(), bounds, interior, label.place(interior), style);
	}

	// ---------------------------------------------------------------- area map: nested boxes

	private static final double FRAME_PADDING = 10;
	private static final double BOX_SPACING = 12;

	private static Body boxes(DiagramContent content, Map<Node, Label> labels) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
		root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
		root.setProperty(CoreOptions.SPACING_NODE_NODE, BOX_SPACING + 4);
		root.setProperty(BoxLayouterOptions.ASPECT_RATIO, 1.6);

		Map<Container, ElkNode> frames = new LinkedHashMap<>();
		Map<Container, List<String>> frameLabels = new HashMap<>();
		Map<ElkNode, List<ElkNode>> order = new LinkedHashMap<>();
		Map<ElkNode, List<ElkNode>> subFrames = new LinkedHashMap<>();
		for (Container container : content.containers()) {
			ElkNode parent = container.parent() == null ? root : frames.get(container.parent());
			ElkNode frame = ElkGraphUtil.createNode(parent);
			List<String> label = frameLabel(container.label());
			double labelHeight = label.size() * FRAME_SIZE * TextMetrics.LINE_HEIGHT;
			double minWidth = Math.ceil(linesWidth(label, FRAME_SIZE, true) + 2 * FRAME_PADDING);
			double minHeight = Math.ceil(labelHeight + 2 * FRAME_PADDING);
			frame.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
			frame.setProperty(CoreOptions.PADDING, new ElkPadding(labelHeight + FRAME_PADDING + 6, FRAME_PADDING,
					FRAME_PADDING, FRAME_PADDING));
			frame.setProperty(CoreOptions.SPACING_NODE_NODE, BOX_SPACING);
			frame.setProperty(BoxLayouterOptions.ASPECT_RATIO, 1.6);
			frame.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			frame.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(minWidth, minHeight));
			frame.setDimensions(minWidth, minHeight);
			frames.put(container, frame);
			frameLabels.put(container, label);
			subFrames.computeIfAbsent(parent, p -> new ArrayList<>()).add(frame);
		}
		Map<Node, ElkNode> leaves = new LinkedHashMap<>();
		for (Node node : content.nodes()) {
			ElkNode parent = node.container() == null ? root : frames.get(node.container());
			ElkNode leaf = ElkGraphUtil.createNode(parent);
			Label label = labels.get(node);
			leaf.setDimensions(label.width(), label.height());
			leaves.put(node, leaf);
			order.computeIfAbsent(parent, p -> new ArrayList<>()).add(leaf);
		}
		// In each box: its elements in model order, then its sub-areas in model order.
		subFrames.forEach((parent, children) -> order.computeIfAbsent(parent, p -> new ArrayList<>()).addAll(children));
		order.forEach((parent, children) -> {
			for (int i = 0; i < children.size(); i++) {
				children.get(i).setProperty(BoxLayouterOptions.PRIORITY, children.size() - i);
			}
		});

		// Bottom-up, so that each box knows the size of what it holds when its row width is chosen.
		List<ElkNode> containers = new ArrayList<>(frames.values());
		java.util.Collections.reverse(containers);
		containers.add(root);
		for (ElkNode container : containers) {
			if (container.getChildren().isEmpty()) {
				continue;
			}
			double target = container == root ? mapRowWidth(root) : rowWidth(container);
			container.setProperty(BoxLayouterOptions.ASPECT_RATIO, aspectRatio(container, target));
			new BoxLayoutProvider().layout(container, new BasicProgressMonitor());
		}

		List<Frame> frameBoxes = new ArrayList<>();
		for (Map.Entry<Container, ElkNode> entry : frames.entrySet()) {
			Rect bounds = absolute(entry.getValue());
			Container container = entry.getKey();
			frameBoxes.add(new Frame(container, bounds,
					leftAligned(frameLabels.get(container), bounds.x() + FRAME_PADDING, bounds.y() + FRAME_PADDING - 2,
							FRAME_SIZE, true),
					DiagramStyle.areaFill(container.depth()), DiagramStyle.AREA_STROKE, false));
		}
		List<NodeBox> nodeBoxes = new ArrayList<>();
		for (Map.Entry<Node, ElkNode> entry : leaves.entrySet()) {
			nodeBoxes.add(nodeBox(entry.getKey(), labels.get(entry.getKey()), absolute(entry.getValue())));
		}
		return new Body(root.getWidth(), root.getHeight(), frameBoxes, nodeBoxes, List.of());
	}

	/** Smallest row width of an area's contents, so that a few elements sit side by side. */
	static final double MIN_ROW_WIDTH = 520;

	/** Wanted shape of the whole map, width to height. */
	static final double MAP_RATIO = 1.6;

	/**
	 * The row width inside an area: everything side by side up to {@link #MIN_ROW_WIDTH}, or a
	 * width that gives a 16:10 block when the contents are larger, but never less than the widest.
	 */
	private static double rowWidth(ElkNode container) {
		double[] measure = measure(container);
		return Math.max(measure[0], Math.min(measure[1], Math.max(MIN_ROW_WIDTH, Math.sqrt(measure[2] * 1.6))));
	}

	/**
	 * The row width of the whole map: of some forty widths from the widest chapter to all chapters
	 * in one row, the one whose packing wastes least space, with a penalty for straying from
	 * {@link #MAP_RATIO}. Chapters differ much in size, so the first guess is often poor.
	 */
	private static double mapRowWidth(ElkNode root) {
		double[] measure = measure(root);
		double best = measure[0];
		double bestScore = Double.MAX_VALUE;
		int steps = 40;
		for (int k = 0; k <= steps; k++) {
			double target = measure[0] * Math.pow(Math.max(1, measure[1] / measure[0]), k / (double) steps);
			root.setProperty(BoxLayouterOptions.ASPECT_RATIO, aspectRatio(root, target));
			new BoxLayoutProvider().layout(root, new BasicProgressMonitor());
			double w = root.getWidth();
			double h = root.getHeight();
			double score = w * h * (1 + Math.abs(Math.log(w / h / MAP_RATIO)));
			if (score < bestScore - 1e-6) {
				bestScore = score;
				best = target;
			}
		}
		return best;
	}

	/** The widest child, the width of all children in one row, and their total area. */
	private static double[] measure(ElkNode container) {
		double spacing = container.getProperty(CoreOptions.SPACING_NODE_NODE);
		double widest = 0;
		double row = -spacing;
		double area = 0;
		for (ElkNode child : container.getChildren()) {
			widest = Math.max(widest, child.getWidth());
			row += child.getWidth() + spacing;
			area += child.getWidth() * child.getHeight();
		}
		return new double[] { widest, Math.max(widest, row), area };
	}

	/**
	 * The aspect ratio that makes ELK's box packing break rows at the target width. ELK derives the
	 * row width from the ratio and the contents' area, with terms for the spread of the boxes'
	 * areas and for the padding (BoxLayoutProvider.placeBoxes); this inverts that derivation.
	 */
	private static double aspectRatio(ElkNode container, double target) {
		List<ElkNode> children = container.getChildren();
		int n = children.size();
		if (n < 2) {
			return 1.6;
		}
		double area = measure(container)[2];
		double mean = area / n;
		double variance = 0;
		for (ElkNode child : children) {
			variance += Math.pow(child.getWidth() * child.getHeight() - mean, 2);
		}
		double packed = area + n * Math.sqrt(variance / (n - 1));
		ElkPadding padding = container.getProperty(CoreOptions.PADDING);
		packed += Math.sqrt(packed) * (padding.getTop() + padding.getBottom());
		packed += Math.sqrt(packed) * padding.getRight();
		double width = target + 0.5;
		return width * width / packed;
	}

	private static Rect absolute(ElkNode node) {
		double x = node.getX();
		double y = node.getY();
		for (ElkNode parent = node.getParent(); parent != null; parent = parent.getParent()) {
			x += parent.getX();
			y += parent.getY();
		}
		return new Rect(x, y, node.getWidth(), node.getHeight());
	}

	// ---------------------------------------------------------------- layer stack and protocol stack

	/** Diagrams with more nodes than this are placed by Brandes-Koepf instead of network simplex. */
	static final int NETWORK_SIMPLEX_LIMIT = 300;

	private static Body layered(DiagramContent content, Map<Node, Label> labels) {
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
			Label label = labels.get(node);
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
			nodeBoxes.add(nodeBox(entry.getKey(), labels.get(entry.getKey()), moved));
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
		return new Body(width, height, frames, nodeBoxes, edgeLines);
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

	/** A monotone map of y coordinates: everything at or below a cut moves down by the cut's amount. */
	record YMap(List<double[]> cuts) {
		static final YMap IDENTITY = new YMap(List.of());

		double map(double y) {
			double result = y;
			for (double[] cut : cuts) {
				if (y >= cut[0]) {
					result += cut[1];
				}
			}
			return result;
		}
	}

	/**
	 * Lanes of the layer stack: each layer's band spans its elements' rows, up to halfway to the
	 * next layer's; a layer without elements gets a band of its own, made by moving everything below
	 * it down.
	 */
	record LaneLayout(YMap ymap, double labelColumn, double height, List<Frame> frames) {

		static LaneLayout of(List<Container> lanes, Map<Node, Integer> band, Map<Node, Rect> bounds, double height,
				double width) {
			int count = lanes.size();
			double[] top = new double[count];
			double[] bottom = new double[count];
			boolean[] filled = new boolean[count];
			for (Map.Entry<Node, Integer> entry : band.entrySet()) {
				int i = entry.getValue();
				Rect r = bounds.get(entry.getKey());
				top[i] = filled[i] ? Math.min(top[i], r.y()) : r.y();
				bottom[i] = filled[i] ? Math.max(bottom[i], r.bottom()) : r.bottom();
				filled[i] = true;
			}
			List<List<String>> labels = new ArrayList<>();
			double labelColumn = 0;
			for (Container lane : lanes) {
				List<String> label = frameLabel(lane.label());
				labels.add(label);
				labelColumn = Math.max(labelColumn, linesWidth(label, FRAME_SIZE, true) + 2 * FRAME_PADDING);
			}
			labelColumn = Math.ceil(labelColumn);
			List<double[]> cuts = new ArrayList<>();
			List<double[]> spans = new ArrayList<>();
			double shift = 0;
			double cursor = 0;
			double boundary = 0;
			for (int i = 0; i < count; i++) {
				if (filled[i]) {
					int next = nextFilled(filled, i);
					double end = next < 0 ? height : (bottom[i] + top[next]) / 2;
					spans.add(new double[] { boundary + shift, end + shift });
					cursor = end + shift;
					boundary = end;
				} else {
					spans.add(new double[] { cursor, cursor + EMPTY_LANE });
					cursor += EMPTY_LANE;
					cuts.add(new double[] { boundary, EMPTY_LANE });
					shift += EMPTY_LANE;
				}
			}
			double total = count == 0 ? height : cursor;
			double fullWidth = width + labelColumn;
			List<Frame> frames = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				double[] span = spans.get(i);
				Rect laneBounds = new Rect(0, span[0], fullWidth, span[1] - span[0]);
				List<String> label = labels.get(i);
				double labelHeight = label.size() * FRAME_SIZE * TextMetrics.LINE_HEIGHT;
				double labelTop = laneBounds.y() + Math.max(4, (laneBounds.height() - labelHeight) / 2);
				frames.add(new Frame(lanes.get(i), laneBounds,
						leftAligned(label, FRAME_PADDING, labelTop, FRAME_SIZE, true), DiagramStyle.LANE_FILL,
						DiagramStyle.LANE_STROKE, true));
			}
			return new LaneLayout(new YMap(List.copyOf(cuts)), labelColumn, total, frames);
		}

		private static int nextFilled(boolean[] filled, int after) {
			for (int i = after + 1; i < filled.length; i++) {
				if (filled[i]) {
					return i;
				}
			}
			return -1;
		}
	}

	static Set<Element> elements(DiagramContent content) {
		Set<Element> result = new LinkedHashSet<>();
		content.nodes().forEach(n -> result.add(n.element()));
		return result;
	}
}
