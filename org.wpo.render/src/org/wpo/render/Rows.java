package org.wpo.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.wpo.diagram.DiagramContent;
import org.wpo.diagram.DiagramContent.Edge;
import org.wpo.diagram.DiagramContent.Node;
import org.wpo.dsl.wpo.Element;

/**
 * The row of each node in a layered diagram. Nodes are grouped in bands (the lanes of the layer
 * stack; the root and the rest in the protocol stack), bands one below the other. Within a band an
 * edge goes down at least one row (longest path from the band's sources); nodes without any edge
 * fill the band's rows up to a width, then new rows, so that a layer with many unrelated elements
 * wraps instead of growing into one very wide row.
 */
final class Rows {

	private Rows() {
	}

	static Map<Node, Integer> assign(DiagramContent content, Map<Node, Integer> band, ToDoubleFunction<Node> width,
			double spacing, double rowWidth) {
		Map<Element, Node> byElement = new HashMap<>();
		content.nodes().forEach(n -> byElement.put(n.element(), n));
		Map<Node, List<Node>> successors = new LinkedHashMap<>();
		Set<Node> connected = new HashSet<>();
		for (Edge edge : content.edges()) {
			Node source = byElement.get(edge.source());
			Node target = byElement.get(edge.target());
			if (source == null || target == null || source == target) {
				continue;
			}
			connected.add(source);
			connected.add(target);
			if (band.get(source).equals(band.get(target))) {
				successors.computeIfAbsent(source, n -> new ArrayList<>()).add(target);
			}
		}
		Map<Node, Integer> local = longestPaths(content.nodes(), successors);

		int bands = band.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
		Map<Node, Integer> result = new LinkedHashMap<>();
		int base = 0;
		for (int b = 0; b < bands; b++) {
			List<Double> used = new ArrayList<>();
			for (Node node : content.nodes()) {
				if (band.get(node) == b && connected.contains(node)) {
					int row = local.get(node);
					while (used.size() <= row) {
						used.add(0.0);
					}
					used.set(row, used.get(row) + width.applyAsDouble(node) + spacing);
					result.put(node, base + row);
				}
			}
			int row = 0;
			for (Node node : content.nodes()) {
				if (band.get(node) != b || connected.contains(node)) {
					continue;
				}
				double w = width.applyAsDouble(node) + spacing;
				while (row < used.size() && used.get(row) > 0 && used.get(row) + w > rowWidth) {
					row++;
				}
				if (row == used.size()) {
					used.add(0.0);
				}
				used.set(row, used.get(row) + w);
				result.put(node, base + row);
			}
			base += used.size();
		}
		return result;
	}

	/**
	 * Row of each node within its band: 0 for a node nothing in its band points at, else one more
	 * than the lowest node pointing at it. Edges that close a cycle (found depth-first, in the order
	 * of the nodes) are left out.
	 */
	private static Map<Node, Integer> longestPaths(List<Node> nodes, Map<Node, List<Node>> successors) {
		Map<Node, List<Node>> acyclic = new LinkedHashMap<>();
		Map<Node, Integer> state = new HashMap<>();
		List<Node> finished = new ArrayList<>();
		for (Node node : nodes) {
			if (!state.containsKey(node)) {
				visit(node, successors, state, acyclic, finished);
			}
		}
		Map<Node, Integer> row = new HashMap<>();
		nodes.forEach(n -> row.put(n, 0));
		// Reverse finishing order is a topological order of the acyclic edges.
		for (int i = finished.size() - 1; i >= 0; i--) {
			Node node = finished.get(i);
			for (Node next : acyclic.getOrDefault(node, List.of())) {
				row.put(next, Math.max(row.get(next), row.get(node) + 1));
			}
		}
		return row;
	}

	/** Iterative depth-first search; state 1 while on the stack, 2 when finished. */
	private static void visit(Node start, Map<Node, List<Node>> successors, Map<Node, Integer> state,
			Map<Node, List<Node>> acyclic, List<Node> finished) {
		List<Node> stack = new ArrayList<>();
		List<Integer> position = new ArrayList<>();
		stack.add(start);
		position.add(0);
		state.put(start, 1);
		while (!stack.isEmpty()) {
			int top = stack.size() - 1;
			Node node = stack.get(top);
			List<Node> next = successors.getOrDefault(node, List.of());
			int i = position.get(top);
			if (i < next.size()) {
				position.set(top, i + 1);
				Node target = next.get(i);
				Integer s = state.get(target);
				if (s == null) {
					acyclic.computeIfAbsent(node, n -> new ArrayList<>()).add(target);
					state.put(target, 1);
					stack.add(target);
					position.add(0);
				} else if (s == 2) {
					acyclic.computeIfAbsent(node, n -> new ArrayList<>()).add(target);
				}
				// s == 1: the edge closes a cycle and is left out.
			} else {
				state.put(node, 2);
				finished.add(node);
				stack.remove(top);
				position.remove(top);
			}
		}
	}
}
