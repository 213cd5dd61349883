package org.wpo.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
 * What one needs to implement to speak a protocol: everything it needs ({@link Needs}: runs over,
 * extends, is a profile of or requires, through what specifies it too), transitively, grouped by
 * layer; and the alternative transport paths from it down to the lowest element reached through
 * runs-over. Optionally in one product only. Membership is not followed: a part does not need its
 * whole, and a whole's members may be alternatives (the result names them).
 */
public final class StackQuery {

	/** Relation kinds that make their target part of what must be implemented. */
	public static final Set<RelationKind> STACK_KINDS = Needs.KINDS;

	/** Enumeration of transport paths stops here, so that a wide model cannot explode the output. */
	public static final int MAX_PATHS = 64;

	/**
	 * One needed element and how it was first reached: a relation of {@code kind} from {@code via},
	 * written on {@code via} itself or on {@code through}, which answers as one with it (else null).
	 */
	public record Needed(Element element, RelationKind kind, Element via, Element through, int depth) {
	}

	/** Something the stack would need that does not apply to the product asked about, and why. */
	public record NotApplying(Element element, RelationKind kind, Element via, Element through, String reason) {
	}

	/**
	 * The result: needed elements by layer (in the model's layer order, elements without a layer
	 * under the key null, last), and transport paths, each starting at the root. {@code partners}
	 * answer as one with the root; {@code edges} are the relations followed (what a stack diagram
	 * draws); {@code members} are the elements that are part of the root (not followed). In one
	 * product, {@code rootWhyNot} says why the root itself does not apply there (else null) and
	 * {@code notApplying} what the stack leaves out.
	 */
	public record Result(Element root, List<Element> partners, Map<Layer, List<Needed>> byLayer,
			List<List<Element>> transportPaths, boolean pathsTruncated, List<Edge> edges, List<Element> members,
			String rootWhyNot, List<NotApplying> notApplying) {

		/** The root, the partners that led to something, and every needed element. */
		public List<Element> elements() {
			Set<Element> result = new LinkedHashSet<>();
			result.add(root);
			edges.forEach(e -> {
				if (partners.contains(e.source())) {
					result.add(e.source());
				}
			});
			byLayer.values().forEach(list -> list.forEach(n -> result.add(n.element())));
			return List.copyOf(result);
		}
	}

	private StackQuery() {
	}

	public static Result run(ModelIndex index, Element root) {
		return run(index, root, ProductScope.ALL);
	}

	public static Result run(ModelIndex index, Element root, ProductScope scope) {
		ModelGraph graph = index.graph();
		Map<Element, Needed> needed = new LinkedHashMap<>();
		Map<Element, NotApplying> notApplying = new LinkedHashMap<>();
		Set<Edge> edges = new LinkedHashSet<>();
		Map<Element, Set<Element>> carriers = new HashMap<>();
		Map<Element, Integer> depth = new HashMap<>(Map.of(root, 0));
		carriers.put(root, null);
		Deque<Element> queue = new ArrayDeque<>(List.of(root));
		while (!queue.isEmpty()) {
			Element current = queue.poll();
			for (Needs.Need need : Needs.of(graph, current, carriers.get(current), scope)) {
				Element target = need.target();
				if (target == root) {
					continue;
				}
				if (need.excluded() != null) {
					notApplying.putIfAbsent(target,
							new NotApplying(target, need.kind(), current, need.through(), need.excluded()));
					continue;
				}
				edges.add(need.edge());
				Set<Element> below = Needs.carriersBelow(need, carriers.get(current));
				if (!depth.containsKey(target)) {
					depth.put(target, depth.get(current) + 1);
					needed.put(target, new Needed(target, need.kind(), current, need.through(), depth.get(target)));
					carriers.put(target, below);
					queue.add(target);
				} else if (widen(carriers, target, below)) {
					queue.add(target);
				}
			}
		}
		notApplying.keySet().removeAll(needed.keySet());
		notApplying.remove(root);
		TransportPaths paths = TransportPaths.of(graph, root, scope);
		List<Element> members = graph.incoming(root).stream().filter(e -> e.kind() == RelationKind.PART_OF)
				.map(Edge::source).distinct().toList();
		return new Result(root, Specifies.group(graph, root).subList(1, Specifies.group(graph, root).size()),
				byLayer(index, needed), paths.paths(), paths.truncated(), List.copyOf(edges), members,
				scope.whyNot(root), List.copyOf(notApplying.values()));
	}

	/** Widens the carriers followed below an element; true when that lets more be followed. */
	private static boolean widen(Map<Element, Set<Element>> carriers, Element element, Set<Element> more) {
		Set<Element> known = carriers.get(element);
		if (known == null) {
			return false;
		}
		if (more == null) {
			carriers.put(element, null);
			return true;
		}
		Set<Element> union = new LinkedHashSet<>(known);
		if (!union.addAll(more)) {
			return false;
		}
		carriers.put(element, union);
		return true;
	}

	private static Map<Layer, List<Needed>> byLayer(ModelIndex index, Map<Element, Needed> needed) {
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
		return byLayer;
	}
}
