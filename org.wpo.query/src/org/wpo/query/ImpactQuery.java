package org.wpo.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.ModelGraph.Edge;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;

/**
 * Everything that depends on an element, directly or transitively, by the kind of its dependency.
 * An element depends on what it runs over, extends, is a profile of, uses, requires or manages (a
 * manager must follow what it administers); what depends on a document depends on the technology
 * it specifies too, and the other way ({@link Specifies}). Membership: a whole depends on its
 * members, so the wholes of an affected element are affected (kind part-of); but the members of an
 * affected whole are not, and what uses one member does not depend on the whole. The root's own
 * members are listed apart, one level.
 */
public final class ImpactQuery {

	/** Relation kinds whose source depends on the target. */
	public static final Set<RelationKind> USING_KINDS = EnumSet.of(RelationKind.RUNS_OVER, RelationKind.EXTENDS,
			RelationKind.PROFILE_OF, RelationKind.USES, RelationKind.REQUIRES, RelationKind.MANAGES);

	/** The kinds of the result, in the order it lists them: {@link #USING_KINDS}, then part-of for the wholes reached. */
	public static final List<RelationKind> DEPENDENCY_KINDS = List.of(RelationKind.RUNS_OVER, RelationKind.EXTENDS,
			RelationKind.PROFILE_OF, RelationKind.USES, RelationKind.REQUIRES, RelationKind.MANAGES,
			RelationKind.PART_OF);

	/**
	 * One dependent: it {@code kind}s {@code on}, which is the root or depends on it; for part-of,
	 * {@code on} is part of it. {@code through} is the element that answers as one with {@code on}
	 * whose relation it is (else null).
	 */
	public record Dependent(Element element, RelationKind kind, Element on, Element through, int depth) {
		public boolean direct() {
			return depth == 1;
		}
	}

	/** The root, what answers as one with it, its members (one level) and its dependents by kind. */
	public record Result(Element root, List<Element> partners, List<Element> members,
			Map<RelationKind, List<Dependent>> byKind) {
		public int size() {
			return byKind.values().stream().mapToInt(List::size).sum();
		}
	}

	private ImpactQuery() {
	}

	public static Result run(ModelIndex index, Element root) {
		ModelGraph graph = index.graph();
		List<Element> rootGroup = Specifies.group(graph, root);
		Map<Element, Dependent> found = new LinkedHashMap<>();
		Map<Element, Integer> depth = new HashMap<>();
		rootGroup.forEach(e -> depth.put(e, 0));
		Deque<Element> queue = new ArrayDeque<>(List.of(root));
		while (!queue.isEmpty()) {
			Element current = queue.poll();
			for (Element member : Specifies.group(graph, current)) {
				Element through = member == current ? null : member;
				for (Edge edge : graph.incoming(member)) {
					if (USING_KINDS.contains(edge.kind())) {
						reach(edge.source(), edge.kind(), current, through, depth, found, queue);
					}
				}
				for (Edge edge : graph.outgoing(member)) {
					if (edge.kind() == RelationKind.PART_OF) {
						reach(edge.target(), RelationKind.PART_OF, current, through, depth, found, queue);
					}
				}
			}
		}
		Map<RelationKind, List<Dependent>> byKind = new LinkedHashMap<>();
		for (RelationKind kind : DEPENDENCY_KINDS) {
			List<Dependent> ofKind = new ArrayList<>();
			found.values().stream().filter(d -> d.kind() == kind).forEach(ofKind::add);
			if (!ofKind.isEmpty()) {
				byKind.put(kind, ofKind);
			}
		}
		List<Element> members = new ArrayList<>();
		for (Element element : rootGroup) {
			graph.incoming(element).stream().filter(e -> e.kind() == RelationKind.PART_OF).map(Edge::source)
					.filter(m -> !members.contains(m) && !rootGroup.contains(m)).forEach(members::add);
		}
		return new Result(root, rootGroup.subList(1, rootGroup.size()), members, byKind);
	}

	private static void reach(Element dependent, RelationKind kind, Element on, Element through,
			Map<Element, Integer> depth, Map<Element, Dependent> found, Deque<Element> queue) {
		if (depth.containsKey(dependent)) {
			return;
		}
		int d = depth.get(on) + 1;
		depth.put(dependent, d);
		found.put(dependent, new Dependent(dependent, kind, on, through, d));
		queue.add(dependent);
	}
}
