package org.wpo.services;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.wpo.diagram.DiagramContent;
import org.wpo.diagram.DiagramKind;
import org.wpo.dsl.model.ResourceSetCache;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ModelIndex;

/**
 * What the diagrams of a loaded model show, computed once per state of its files: the model index
 * (with the relation graph) and the content of the area map, the layer stack and each protocol
 * stack, kept per resource set until one of its WPO files changes or a file is added or removed
 * ({@link ResourceSetCache}). A diagram refresh asks for these many times, once per area, lane or
 * element shown; the Sirius viewpoint's services and the studio both call here.
 */
public final class DiagramQueries {

	private static final Object INDEX = ModelIndex.class;

	private DiagramQueries() {
	}

	/** The index of everything loaded in the resource set (the user's files and the built-in model). */
	public static ModelIndex index(ResourceSet resourceSet) {
		return ResourceSetCache.get(resourceSet, INDEX, () -> ModelIndex.of(resourceSet));
	}

	/** The area map of the resource set's model. */
	public static DiagramContent areaMap(ResourceSet resourceSet) {
		return ResourceSetCache.get(resourceSet, DiagramKind.AREA_MAP,
				() -> DiagramContent.areaMap(index(resourceSet)));
	}

	/** The layer stack of the resource set's model. */
	public static DiagramContent layerStack(ResourceSet resourceSet) {
		return ResourceSetCache.get(resourceSet, DiagramKind.LAYER_STACK,
				() -> DiagramContent.layerStack(index(resourceSet)));
	}

	/** The protocol stack beneath an element of the resource set's model. */
	public static DiagramContent stack(ResourceSet resourceSet, Element root) {
		Map<Element, DiagramContent> stacks = ResourceSetCache.get(resourceSet, DiagramKind.STACK,
				ConcurrentHashMap::new);
		DiagramContent stack = stacks.get(root);
		if (stack == null) {
			stack = DiagramContent.stack(index(resourceSet), root);
			stacks.put(root, stack);
		}
		return stack;
	}
}
