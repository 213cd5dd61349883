package org.wpo.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.ModelGraph.Edge;
import org.wpo.dsl.wpo.Element;

/** The chains of relations, of any kind, that lead from one element to another; shortest first. */
public final class PathQuery {

	public static final int MAX_PATHS = 20;
	public static final int MAX_LENGTH = 8;

	/** One chain: the edges from the start to the end, in order. */
	public record Chain(List<Edge> edges) {
	}

	public record Result(Element from, Element to, List<Chain> chains, boolean truncated) {
	}

	private PathQuery() {
	}

	public static Result run(ModelIndex index, Element from, Element to) {
		ModelGraph graph = index.graph();
		Set<Element> leadsToTarget = reachingTarget(graph, to);
		List<Chain> chains = new ArrayList<>();
		boolean truncated = leadsToTarget.contains(from)
				&& collect(graph, from, to, leadsToTarget, new ArrayList<>(), new HashSet<>(Set.of(from)), chains);
		chains.sort(Comparator.comparingInt(c -> c.edges().size()));
		return new Result(from, to, chains, truncated);
	}

	/** Every element from which the target can be reached, the target included. */
	private static Set<Element> reachingTarget(ModelGraph graph, Element to) {
		Set<Element> result = new HashSet<>(Set.of(to));
		Deque<Element> queue = new ArrayDeque<>(List.of(to));
		while (!queue.isEmpty()) {
			for (Edge edge : graph.incoming(queue.poll())) {
				if (result.add(edge.source())) {
					queue.add(edge.source());
				}
			}
		}
		return result;
	}

	/**
	 * Depth-first enumeration of simple chains, stepping only onto elements that still lead to the
	 * target, so that every branch explored ends in a chain. Returns true when cut off.
	 */
	private static boolean collect(ModelGraph graph, Element current, Element to, Set<Element> leadsToTarget,
			List<Edge> edges, Set<Element> visited, List<Chain> chains) {
		if (current == to) {
			chains.add(new Chain(List.copyOf(edges)));
			return false;
		}
		if (edges.size() == MAX_LENGTH) {
			return true;
		}
		boolean truncated = false;
		for (Edge edge : graph.outgoing(current)) {
			Element next = edge.target();
			if (!leadsToTarget.contains(next) || visited.contains(next)) {
				continue;
			}
			if (chains.size() >= MAX_PATHS) {
				return true;
			}
			edges.add(edge);
			visited.add(next);
			truncated |= collect(graph, next, to, leadsToTarget, edges, visited, chains);
			visited.remove(next);
			edges.remove(edges.size() - 1);
		}
		return truncated;
	}
}
