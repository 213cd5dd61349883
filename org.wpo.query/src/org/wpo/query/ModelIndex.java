package org.wpo.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.naming.ClosestNames;
import org.wpo.dsl.naming.WpoQualifiedNameConverter;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.LayerSet;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;

/**
 * The elements and areas of a set of loaded files, found by name, alias or qualified name, and the
 * relation graph between them.
 */
public final class ModelIndex {

	private final List<Element> elements = new ArrayList<>();
	private final List<Area> areas = new ArrayList<>();
	private final List<Layer> layers = new ArrayList<>();
	private final Map<String, Element> byName = new LinkedHashMap<>();
	private final ModelGraph graph;

	private ModelIndex(List<Resource> resources, ModelGraph graph) {
		this.graph = graph;
		for (Resource resource : resources) {
			TreeIterator<EObject> all = resource.getAllContents();
			while (all.hasNext()) {
				EObject object = all.next();
				if (object instanceof Element element) {
					add(element);
				} else if (object instanceof Area area) {
					areas.add(area);
				} else if (object instanceof LayerSet set) {
					layers.addAll(set.getLayers());
				} else if (object instanceof Relation) {
					all.prune();
				}
			}
		}
	}

	/** Everything loaded in the resource set: the user's files and the libraries they import. */
	public static ModelIndex of(ResourceSet resourceSet) {
		return new ModelIndex(List.copyOf(resourceSet.getResources()), ModelGraph.of(resourceSet));
	}

	private void add(Element element) {
		elements.add(element);
		if (element.getName() == null) {
			return;
		}
		byName.putIfAbsent(element.getName(), element);
		Model model = EcoreUtil2.getContainerOfType(element, Model.class);
		if (model != null && model.getName() != null) {
			byName.putIfAbsent(WpoQualifiedNameProvider.qualifiedName(model, element.getName()), element);
		}
		for (String alias : element.getAliases()) {
			byName.putIfAbsent(alias, element);
		}
	}

	public List<Element> elements() {
		return elements;
	}

	public List<Area> areas() {
		return areas;
	}

	/** Every layer in the order the model declares them, highest first. */
	public List<Layer> layers() {
		return layers;
	}

	public ModelGraph graph() {
		return graph;
	}

	/** An element by short name, name, alias or qualified name; exact first, then ignoring case. */
	public Optional<Element> find(String name) {
		Element exact = byName.get(name);
		if (exact != null) {
			return Optional.of(exact);
		}
		List<Element> ignoringCase = byName.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue).distinct().toList();
		return ignoringCase.size() == 1 ? Optional.of(ignoringCase.get(0)) : Optional.empty();
	}

	/**
	 * Up to {@code max} known names (unqualified names and aliases) closest to a name that was not
	 * found, closest first, as {@link ClosestNames} finds them.
	 */
	public List<String> closest(String name, int max) {
		return ClosestNames.closest(name,
				byName.keySet().stream().filter(n -> !n.contains(WpoQualifiedNameConverter.DELIMITER)).toList(), max);
	}
}
