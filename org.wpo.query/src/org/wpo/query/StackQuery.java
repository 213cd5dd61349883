package org.wpo.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.ModelGraph.Edge;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.RelationKind;

/**
 * What one needs to implement to speak a protocol: everything it runs over, extends, is a profile of
 * or requires, transitively, grouped by layer; and the alternative transport paths from it down to
 * the lowest element reached through runs-over.
 */
public final class StackQuery {

	/** Relation kinds that make their target part of what must be implemented. */
	public static final Set<RelationKind> STACK_KINDS = EnumSet.of(RelationKind.RUNS_OVER, RelationKind.EXTENDS,
			RelationKind.PROFILE_OF, RelationKind.REQUIRES);

	/** Enumeration of transport paths stops here, so that a wide model cannot explode the output. */
	public static final int MAX_PATHS = 64;

	/** One needed element and how it was first reached. */
	public record Needed(Element element, RelationKind kind, Element via, int depth) {
	}

	/**
	 * The result: needed elements by layer (in the model's layer order, elements without a layer
	 * under the key null, last), and transport paths, each starting at the root.
	 */
	public record Result(Element root, Map<Layer, List<Needed>> byLayer, List<List<Element>> transportPaths,
			boolean pathsTruncated) {
	}

	private StackQuery() {
	}

	public static Result run(ModelIndex index, Element root) {
		ModelGraph graph = index.graph();
		Map<Element, Needed> needed = new LinkedHashMap<>();
		Deque<Element> queue = new ArrayDeque<>();
		queue.add(root);
		Set<Element> seen = new LinkedHashSet<>();
		seen.add(root);
		Map<Element, Integer> depth = new LinkedHashMap<>();
		depth.put(root, 0);
		while (!queue.isEmpty()) {
			Element current = queue.poll();
			for (Edge edge : graph.outgoing(current)) {
				if (STACK_KINDS.contains(edge.kind()) && seen.add(edge.target())) {
					int d = depth.get(current) + 1;
					depth.put(edge.target(), d);
					needed.put(edge.target(), new Needed(edge.target(), edge.kind(), current, d));
					queue.add(edge.target());
				}
			}
		}
		Map<Layer, List<Needed>> byLayer = new LinkedHashMap<>();
		for (Layer layer : index.layers()) {
			byLayer.put(layer, new ArrayList<>());
		}
		List<Needed> unlayered = new ArrayList<>();
		for (Needed n : needed.values()) {
			Layer layer = n.element().getLayer();
			if (layer == null || layer.eIsProxy() || !byLayer.containsKey(layer)) {
				unlayered.add(n);
			} else {
				byLayer.get(layer).add(n);
			}
		}
		byLayer.values().removeIf(List::isEmpty);
		if (!unlayered.isEmpty()) {
			byLayer.put(null, unlayered);
		}
		List<List<Element>> paths = new ArrayList<>();
		boolean truncated = collectPaths(graph, root, new ArrayList<>(List.of(root)), paths);
		return new Result(root, byLayer, paths, truncated);
	}

	/**
	 * Depth-first enumeration of runs-over chains. An element that runs over nothing itself takes the
	 * transport of what it extends or is a profile of. Returns true when the enumeration was cut off.
	 */
	private static boolean collectPaths(ModelGraph graph, Element current, List<Element> path,
			List<List<Element>> paths) {
		List<Element> next = transportsOf(graph, current);
		next.removeIf(path::contains);
		if (next.isEmpty()) {
			if (path.size() > 1) {
				paths.add(List.copyOf(path));
			}
			return false;
		}
		for (Element target : next) {
			if (paths.size() >= MAX_PATHS) {
				return true;
			}
			path.add(target);
			if (collectPaths(graph, target, path, paths)) {
				return true;
			}
			path.remove(path.size() - 1);
		}
		return false;
	}

	private static List<Element> transportsOf(ModelGraph graph, Element element) {
		List<Element> direct = targets(graph, element, EnumSet.of(RelationKind.RUNS_OVER));
		if (!direct.isEmpty()) {
			return direct;
		}
		return targets(graph, element, EnumSet.of(RelationKind.EXTENDS, RelationKind.PROFILE_OF));
	}

	private static List<Element> targets(ModelGraph graph, Element element, Set<RelationKind> kinds) {
		Set<Element> result = new LinkedHashSet<>();
		for (Edge edge : graph.outgoing(element)) {
			if (kinds.contains(edge.kind())) {
				result.add(edge.target());
			}
		}
		return new ArrayList<>(result);
	}
}
