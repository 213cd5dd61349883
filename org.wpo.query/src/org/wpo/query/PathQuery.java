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
import org.wpo.dsl.wpo.RelationKind;

/**
 * The chains of relations, of any kind and in the direction they are written, that lead from one
 * element to another; shortest first. A document also steps to the technology it specifies (the
 * inverse of its specified-by, written "specifies"), since the two answer as one
 * ({@link Specifies}). Membership is followed as written, from a member to its whole. When no chain
 * leads from A to B, the result carries the chains from B to A.
 */
public final class PathQuery {

	public static final int MAX_PATHS = 20;
	public static final int MAX_LENGTH = 8;

	/** The word for a step from a document to the technology it specifies. */
	public static final String SPECIFIES = "specifies";

	/**
	 * One step: a relation from {@code source} to {@code target}, or, when {@code specifies}, the
	 * specified-by relation read backwards from the document to the technology it specifies.
	 */
	public record Step(Edge edge, boolean specifies) {
		public Element source() {
			return specifies ? edge.target() : edge.source();
		}

		public Element target() {
			return specifies ? edge.source() : edge.target();
		}

		/** The relation kind as written, or "specifies". */
		public String label() {
			return specifies ? SPECIFIES : edge.kind().getLiteral();
		}
	}

	/** One chain: the steps from the start to the end, in order. */
	public record Chain(List<Step> steps) {
	}

	/** The chains from {@code from} to {@code to}; when there is none, {@code reverse} holds those from {@code to} to {@code from}. */
	public record Result(Element from, Element to, List<Chain> chains, boolean truncated, Result reverse) {
	}

	private PathQuery() {
	}

	public static Result run(ModelIndex index, Element from, Element to) {
		Result forward = oneWay(index.graph(), from, to);
		if (!forward.chains().isEmpty() || from == to) {
			return forward;
		}
		Result backward = oneWay(index.graph(), to, from);
		return new Result(from, to, List.of(), false, backward.chains().isEmpty() ? null : backward);
	}

	private static Result oneWay(ModelGraph graph, Element from, Element to) {
		Set<Element> leadsToTarget = reachingTarget(graph, to);
		List<Chain> chains = new ArrayList<>();
		boolean truncated = leadsToTarget.contains(from)
				&& collect(graph, from, to, leadsToTarget, new ArrayList<>(), new HashSet<>(Set.of(from)), chains);
		chains.sort(Comparator.comparingInt(c -> c.steps().size()));
		return new Result(from, to, chains, truncated, null);
	}

	/** The steps that start from an element: its relations, then "specifies" to its partners. */
	static List<Step> outgoing(ModelGraph graph, Element element) {
		List<Step> steps = new ArrayList<>();
		graph.outgoing(element).forEach(e -> steps.add(new Step(e, false)));
		for (Specifies.Partner partner : Specifies.partners(graph, element)) {
			if (!partner.specifies()) {
				graph.outgoing(partner.element()).stream()
						.filter(e -> e.kind() == RelationKind.SPECIFIED_BY && e.target() == element)
						.findFirst().ifPresent(e -> steps.add(new Step(e, true)));
			}
		}
		return steps;
	}

	/** The steps that end at an element: its incoming relations, then "specifies" from its partners. */
	private static List<Step> incoming(ModelGraph graph, Element element) {
		List<Step> steps = new ArrayList<>();
		graph.incoming(element).forEach(e -> steps.add(new Step(e, false)));
		for (Specifies.Partner partner : Specifies.partners(graph, element)) {
			if (partner.specifies()) {
				graph.outgoing(element).stream()
						.filter(e -> e.kind() == RelationKind.SPECIFIED_BY && e.target() == partner.element())
						.findFirst().ifPresent(e -> steps.add(new Step(e, true)));
			}
		}
		return steps;
	}

	/** Every element from which the target can be reached, the target included. */
	private static Set<Element> reachingTarget(ModelGraph graph, Element to) {
		Set<Element> result = new HashSet<>(Set.of(to));
		Deque<Element> queue = new ArrayDeque<>(List.of(to));
		while (!queue.isEmpty()) {
			for (Step step : incoming(graph, queue.poll())) {
				if (result.add(step.source())) {
					queue.add(step.source());
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
			List<Step> steps, Set<Element> visited, List<Chain> chains) {
		if (current == to) {
			chains.add(new Chain(List.copyOf(steps)));
			return false;
		}
		if (steps.size() == MAX_LENGTH) {
			return true;
		}
		boolean truncated = false;
		// Two statements of one kind between the same elements (stated in two sections, or with and
		// without a condition) make one step of a chain, not two chains that read alike.
		Set<List<Object>> taken = new HashSet<>();
		for (Step step : outgoing(graph, current)) {
			Element next = step.target();
			if (!leadsToTarget.contains(next) || visited.contains(next)
					|| !taken.add(List.of(step.label(), next))) {
				continue;
			}
			if (chains.size() >= MAX_PATHS) {
				return true;
			}
			steps.add(step);
			visited.add(next);
			truncated |= collect(graph, next, to, leadsToTarget, steps, visited, chains);
			visited.remove(next);
			steps.remove(steps.size() - 1);
		}
		return truncated;
	}
}
