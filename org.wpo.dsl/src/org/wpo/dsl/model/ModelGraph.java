package org.wpo.dsl.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;

/**
 * The relations of every loaded file as one graph: for each element, the relations that start from
 * it, whether written in its body or in an {@code extend} block elsewhere; and the areas that
 * something is placed in or cites.
 */
public final class ModelGraph implements ResourceSetCache.Growing {

	/** One edge: a relation and one of its targets. */
	public record Edge(Relation relation, int targetIndex, Element source, Element target) {
		public RelationKind kind() {
			return relation.getKind();
		}
	}

	private final Map<Element, List<Edge>> outgoing = new LinkedHashMap<>();
	private final Map<Element, List<Edge>> incoming = new HashMap<>();
	private final Set<Area> referencedAreas = new HashSet<>();
	private final Map<Element, List<Extension>> extensions = new HashMap<>();

	private ModelGraph() {
	}

	public static ModelGraph of(ResourceSet resourceSet) {
		ModelGraph graph = new ModelGraph();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			graph.add(resource);
		}
		return graph;
	}

	/**
	 * The graph of the resource set that holds {@code context}, computed once per state of its files
	 * (see {@link ResourceSetCache}); the graph of its resource alone when it is in no resource set.
	 */
	public static ModelGraph shared(EObject context) {
		Resource resource = context.eResource();
		if (resource == null) {
			return new ModelGraph();
		}
		ResourceSet resourceSet = resource.getResourceSet();
		return resourceSet == null ? ofSingle(resource)
				: ResourceSetCache.get(resourceSet, ModelGraph.class, () -> of(resourceSet));
	}

	public static ModelGraph of(Resource resource) {
		return resource.getResourceSet() != null ? of(resource.getResourceSet()) : ofSingle(resource);
	}

	private static ModelGraph ofSingle(Resource resource) {
		ModelGraph graph = new ModelGraph();
		graph.add(resource);
		return graph;
	}

	/** Adds the relations of files loaded after the graph was made (each file's part depends on it alone). */
	@Override
	public void added(List<Resource> files) {
		files.forEach(this::add);
	}

	private void add(Resource resource) {
		TreeIterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext()) {
			EObject object = contents.next();
			if (object instanceof Relation relation) {
				addRelation(relation);
				contents.prune();
			} else if (object instanceof Extension extension) {
				Element target = extension.getTarget();
				if (target != null && !target.eIsProxy()) {
					extensions.computeIfAbsent(target, e -> new ArrayList<>()).add(extension);
				}
				extension.getSections().forEach(this::addAreaReference);
				extension.getCovers().forEach(this::addAreaReference);
			} else if (object instanceof Element element) {
				addAreaReference(element.getArea());
				element.getSections().forEach(this::addAreaReference);
				element.getCovers().forEach(this::addAreaReference);
			}
		}
	}

	private void addRelation(Relation relation) {
		addAreaReference(relation.getSection());
		Element source = Relations.source(relation);
		if (source == null) {
			return;
		}
		List<Element> targets = relation.getTargets();
		for (int i = 0; i < targets.size(); i++) {
			Element target = targets.get(i);
			if (target == null || target.eIsProxy()) {
				continue;
			}
			Edge edge = new Edge(relation, i, source, target);
			outgoing.computeIfAbsent(source, e -> new ArrayList<>()).add(edge);
			incoming.computeIfAbsent(target, e -> new ArrayList<>()).add(edge);
		}
	}

	private void addAreaReference(Area area) {
		if (area != null && !area.eIsProxy()) {
			referencedAreas.add(area);
		}
	}

	/** The {@code extend} blocks that add to an element, in load order. */
	public List<Extension> extensions(Element element) {
		return extensions.getOrDefault(element, Collections.emptyList());
	}

	public List<Edge> outgoing(Element element) {
		return outgoing.getOrDefault(element, Collections.emptyList());
	}

	public List<Edge> incoming(Element element) {
		return incoming.getOrDefault(element, Collections.emptyList());
	}

	/** Whether some element is placed in this area or cites it as a section. */
	public boolean isReferenced(Area area) {
		return referencedAreas.contains(area);
	}

	/**
	 * The shortest chain of relations of one kind from {@code from} to {@code to}, as the list of
	 * elements visited (both ends included), or an empty list when there is none.
	 */
	public List<Element> path(Element from, Element to, RelationKind kind) {
		Map<Element, Element> cameFrom = new HashMap<>();
		Deque<Element> queue = new ArrayDeque<>();
		queue.add(from);
		cameFrom.put(from, from);
		while (!queue.isEmpty()) {
			Element current = queue.poll();
			if (current == to) {
				List<Element> result = new ArrayList<>();
				for (Element e = to; e != from; e = cameFrom.get(e)) {
					result.add(e);
				}
				result.add(from);
				Collections.reverse(result);
				return result;
			}
			for (Edge edge : outgoing(current)) {
				if (edge.kind() == kind && !cameFrom.containsKey(edge.target())) {
					cameFrom.put(edge.target(), current);
					queue.add(edge.target());
				}
			}
		}
		return List.of();
	}
}
