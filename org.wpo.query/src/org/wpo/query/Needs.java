package org.wpo.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.ModelGraph.Edge;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;

/**
 * What one element needs directly beneath it: the one home of that rule, which {@code wpo stack},
 * the report's stack diagrams and the studio's follow. An element needs the targets of its
 * runs-over, extends, profile-of and requires relations, and of those of its partners
 * ({@link Specifies}: a document needs what the technology it specifies needs). Below a target
 * reached by {@code runs-over T via V}, only the carriers of T that are V or lead to V are followed.
 * In one product, a relation whose {@code only} condition leaves the product out, or whose target
 * does not apply there, is not followed, and says why.
 */
public final class Needs {

	/** Relation kinds that make their target part of what must be implemented. */
	public static final Set<RelationKind> KINDS = EnumSet.of(RelationKind.RUNS_OVER, RelationKind.EXTENDS,
			RelationKind.PROFILE_OF, RelationKind.REQUIRES);

	/**
	 * One direct need: a relation of one of the {@link #KINDS} and one of its targets, written on the
	 * element or on its partner {@code through} (else null); {@code excluded} says why it is not
	 * followed in the product asked about (else null).
	 */
	public record Need(Edge edge, Element through, String excluded) {
		public Element target() {
			return edge.target();
		}

		public RelationKind kind() {
			return edge.kind();
		}
	}

	private Needs() {
	}

	/**
	 * The direct needs of an element, in the order of its relations and then its partners'.
	 * {@code carriers} restricts its runs-over targets to those that are or lead to one of them
	 * (null: no restriction).
	 */
	public static List<Need> of(ModelGraph graph, Element element, Set<Element> restriction, ProductScope scope) {
		List<Element> group = Specifies.group(graph, element);
		// A via that no carrier leads to restricts nothing (validation reports it).
		Set<Element> carriers = restriction != null && group.stream().flatMap(m -> graph.outgoing(m).stream())
				.anyMatch(e -> e.kind() == RelationKind.RUNS_OVER && leadsTo(graph, e.target(), restriction))
						? restriction : null;
		List<Need> result = new ArrayList<>();
		for (Element member : group) {
			for (Edge edge : graph.outgoing(member)) {
				if (!KINDS.contains(edge.kind()) || group.contains(edge.target())) {
					continue;
				}
				if (edge.kind() == RelationKind.RUNS_OVER && carriers != null && !leadsTo(graph, edge.target(), carriers)) {
					continue;
				}
				String excluded = scope.whyNot(edge.relation());
				if (excluded == null) {
					excluded = scope.whyNot(edge.target());
				}
				result.add(new Need(edge, member == element ? null : member, excluded));
			}
		}
		return result;
	}

	/**
	 * The carriers that restrict what is followed below the target of a need, reached from an
	 * element whose own carriers were restricted to {@code carriers}: the relation's {@code via}
	 * when it names some, else the same restriction while a runs-over chain has not reached one of
	 * them, else none (null).
	 */
	public static Set<Element> carriersBelow(Need need, Set<Element> carriers) {
		Relation relation = need.edge().relation();
		Set<Element> via = new LinkedHashSet<>();
		relation.getVia().stream().filter(v -> v != null && !v.eIsProxy()).forEach(via::add);
		if (!via.isEmpty()) {
			return via;
		}
		if (carriers != null && need.kind() == RelationKind.RUNS_OVER && !carriers.contains(need.target())) {
			return carriers;
		}
		return null;
	}

	/** Whether an element is one of the carriers or reaches one through runs-over relations. */
	private static boolean leadsTo(ModelGraph graph, Element element, Set<Element> carriers) {
		Set<Element> seen = new HashSet<>(Set.of(element));
		Deque<Element> queue = new ArrayDeque<>(List.of(element));
		while (!queue.isEmpty()) {
			Element current = queue.poll();
			if (carriers.contains(current)) {
				return true;
			}
			for (Element member : Specifies.group(graph, current)) {
				if (carriers.contains(member)) {
					return true;
				}
				for (Edge edge : graph.outgoing(member)) {
					if (edge.kind() == RelationKind.RUNS_OVER && seen.add(edge.target())) {
						queue.add(edge.target());
					}
				}
			}
		}
		return false;
	}
}
