package org.wpo.render;

import static org.wpo.render.Labels.FRAME_PADDING;
import static org.wpo.render.Labels.FRAME_SIZE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.BoxLayouterOptions;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.core.util.BoxLayoutProvider;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.wpo.diagram.DiagramContent;
import org.wpo.diagram.DiagramContent.Container;
import org.wpo.diagram.DiagramContent.Node;
import org.wpo.diagram.DiagramStyle;
import org.wpo.render.LaidOutDiagram.Frame;
import org.wpo.render.LaidOutDiagram.NodeBox;
import org.wpo.render.LaidOutDiagram.Rect;

/**
 * The area map: areas and their elements packed as nested boxes by ELK's box algorithm (the map has
 * no edges), bottom-up, elements first, then sub-areas, both in model order. The row width of each
 * area is chosen so that a few elements sit side by side, the whole map's by trying some forty
 * widths and keeping the most compact.
 */
final class AreaMapLayout {

	private static final double BOX_SPACING = 12;

	/** Smallest row width of an area's contents, so that a few elements sit side by side. */
	static final double MIN_ROW_WIDTH = 520;

	/** Wanted shape of the whole map, width to height. */
	static final double MAP_RATIO = 1.6;

	private AreaMapLayout() {
	}

	static LayoutBody layout(DiagramContent content, Map<Node, NodeLabel> labels) {
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
			List<String> label = Labels.frameLabel(container.label());
			double labelHeight = Labels.frameLabelHeight(label);
			double minWidth = Math.ceil(Labels.linesWidth(label, FRAME_SIZE, true) + 2 * FRAME_PADDING);
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
			NodeLabel label = labels.get(node);
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
		Collections.reverse(containers);
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
					Labels.leftAligned(frameLabels.get(container), bounds.x() + FRAME_PADDING,
							bounds.y() + FRAME_PADDING - 2, FRAME_SIZE, true),
					DiagramStyle.areaFill(container.depth()), DiagramStyle.AREA_STROKE, false));
		}
		List<NodeBox> nodeBoxes = new ArrayList<>();
		for (Map.Entry<Node, ElkNode> entry : leaves.entrySet()) {
			nodeBoxes.add(labels.get(entry.getKey()).box(entry.getKey(), absolute(entry.getValue())));
		}
		return new LayoutBody(root.getWidth(), root.getHeight(), frameBoxes, nodeBoxes, List.of());
	}

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
}
