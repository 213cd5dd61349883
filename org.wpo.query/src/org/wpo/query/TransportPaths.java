package org.wpo.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;

/**
 * The alternative transport paths from an element down to the lowest element reached through
 * runs-over, following what {@link Needs} follows. An element that runs over nothing itself takes
 * the transport of what it extends or is a profile of. A step through a partner (the technology a
 * document specifies) shows the partner in the path.
 */
final class TransportPaths {

	private final ModelGraph graph;
	private final ProductScope scope;
	private final List<List<Element>> paths = new ArrayList<>();
	private boolean truncated;

	private TransportPaths(ModelGraph graph, ProductScope scope) {
		this.graph = graph;
		this.scope = scope;
	}

	static TransportPaths of(ModelGraph graph, Element root, ProductScope scope) {
		TransportPaths result = new TransportPaths(graph, scope);
		result.truncated = result.collect(root, null, new ArrayList<>(List.of(root)));
		return result;
	}

	List<List<Element>> paths() {
		return paths;
	}

	boolean truncated() {
		return truncated;
	}

	/** Depth-first enumeration; returns true when it was cut off at {@link StackQuery#MAX_PATHS}. */
	private boolean collect(Element current, Set<Element> carriers, List<Element> path) {
		List<Needs.Need> next = transportsOf(current, carriers);
		next.removeIf(n -> path.contains(n.target()));
		if (next.isEmpty()) {
			if (path.size() > 1) {
				paths.add(List.copyOf(path));
			}
			return false;
		}
		for (Needs.Need need : next) {
			if (paths.size() >= StackQuery.MAX_PATHS) {
				return true;
			}
			int size = path.size();
			if (need.through() != null && !path.contains(need.through())) {
				path.add(need.through());
			}
			path.add(need.target());
			if (collect(need.target(), Needs.carriersBelow(need, carriers), path)) {
				return true;
			}
			path.subList(size, path.size()).clear();
		}
		return false;
	}

	/** The runs-over needs of an element, else those of what it extends or is a profile of; one per target. */
	private List<Needs.Need> transportsOf(Element element, Set<Element> carriers) {
		List<Needs.Need> needs = Needs.of(graph, element, carriers, scope);
		List<Needs.Need> direct = distinct(needs, EnumSet.of(RelationKind.RUNS_OVER));
		return direct.isEmpty() ? distinct(needs, EnumSet.of(RelationKind.EXTENDS, RelationKind.PROFILE_OF)) : direct;
	}

	private static List<Needs.Need> distinct(List<Needs.Need> needs, Set<RelationKind> kinds) {
		Map<Element, Needs.Need> byTarget = new LinkedHashMap<>();
		for (Needs.Need need : needs) {
			if (need.excluded() == null && kinds.contains(need.kind())) {
				byTarget.putIfAbsent(need.target(), need);
			}
		}
		return new ArrayList<>(byTarget.values());
	}
}
