package org.wpo.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wpo.dsl.model.ModelGraph.Edge;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;

/** Everything that depends on an element, directly or transitively, by the kind of its dependency. */
public final class ImpactQuery {

	/** Relation kinds through which the source depends on the target. */
	public static final Set<RelationKind> DEPENDENCY_KINDS = EnumSet.of(RelationKind.RUNS_OVER,
			RelationKind.EXTENDS, RelationKind.PROFILE_OF, RelationKind.USES, RelationKind.REQUIRES,
			RelationKind.PART_OF);

	/** One dependent: it {@code kind}s {@code on}, which is the root or depends on it. */
	public record Dependent(Element element, RelationKind kind, Element on, int depth) {
		public boolean direct() {
			return depth == 1;
		}
	}

	public record Result(Element root, Map<RelationKind, List<Dependent>> byKind) {
		public int size() {
			return byKind.values().stream().mapToInt(List::size).sum();
		}
	}

	private ImpactQuery() {
	}

	public static Result run(ModelIndex index, Element root) {
		Map<Element, Dependent> found = new LinkedHashMap<>();
		Deque<Element> queue = new ArrayDeque<>();
		queue.add(root);
		Map<Element, Integer> depth = new LinkedHashMap<>();
		depth.put(root, 0);
		while (!queue.isEmpty()) {
			Element current = queue.poll();
			for (Edge edge : index.graph().incoming(current)) {
				Element dependent = edge.source();
				if (DEPENDENCY_KINDS.contains(edge.kind()) && !depth.containsKey(dependent)) {
					int d = depth.get(current) + 1;
					depth.put(dependent, d);
					found.put(dependent, new Dependent(dependent, edge.kind(), current, d));
					queue.add(dependent);
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
		return new Result(root, byKind);
	}
}
