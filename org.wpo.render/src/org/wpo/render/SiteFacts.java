package org.wpo.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ModelIndex;

/**
 * What the pages of one report share: the model, the file name of each page, and for each area
 * its sub-areas, the elements it holds, the elements that cite it and the relations stated in it.
 */
final class SiteFacts {

	final ModelIndex index;
	final PageNames pages;
	private final Map<Area, List<Area>> subAreas = new LinkedHashMap<>();
	private final Map<Area, List<Element>> placed = new LinkedHashMap<>();
	private final Map<Area, List<Element>> citing = new LinkedHashMap<>();
	private final Map<Area, List<ModelGraph.Edge>> citingRelations = new LinkedHashMap<>();

	SiteFacts(ModelIndex index) {
		this.index = index;
		this.pages = new PageNames(index);
		for (Area area : index.areas()) {
			if (area.eContainer() instanceof Area parent) {
				subAreas.computeIfAbsent(parent, a -> new ArrayList<>()).add(area);
			}
		}
		for (Element element : index.elements()) {
			Placement.areaOf(element).ifPresent(area -> placed.computeIfAbsent(area, a -> new ArrayList<>()).add(element));
			for (Area area : element.getSections()) {
				addOnce(citing, area, element);
			}
			for (Area area : element.getCovers()) {
				addOnce(citing, area, element);
			}
			for (ModelGraph.Edge edge : index.graph().outgoing(element)) {
				Area section = edge.relation().getSection();
				if (section != null && !section.eIsProxy()) {
					citingRelations.computeIfAbsent(section, a -> new ArrayList<>()).add(edge);
				}
			}
		}
	}

	private static <K, V> void addOnce(Map<K, List<V>> map, K key, V value) {
		if (key != null && !(key instanceof EObject o && o.eIsProxy())) {
			List<V> list = map.computeIfAbsent(key, k -> new ArrayList<>());
			if (!list.contains(value)) {
				list.add(value);
			}
		}
	}

	/** The areas nested directly in an area, in model order. */
	List<Area> subAreas(Area area) {
		return subAreas.getOrDefault(area, List.of());
	}

	/** The elements an area holds (see {@link Placement}), in model order. */
	List<Element> placed(Area area) {
		return placed.getOrDefault(area, List.of());
	}

	/** The elements that list an area among their sections or covers, each once. */
	List<Element> citing(Area area) {
		return citing.getOrDefault(area, List.of());
	}

	/** The relations that name an area as the section stating them. */
	List<ModelGraph.Edge> citingRelations(Area area) {
		return citingRelations.getOrDefault(area, List.of());
	}
}
