package org.wpo.tests.viewpoint;

import static org.wpo.tests.viewpoint.SiriusObjects.list;
import static org.wpo.tests.viewpoint.SiriusObjects.string;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.WpoPackage;

/**
 * What the mapping tree of a viewpoint says: each mapping's WPO class, the classes of the objects it
 * appears in (its parents, also through reuse) and its diagram. The tools, styles and completeness
 * checks read it; it is collected first, so that they know where each mapping appears.
 */
final class MappingTree {

	/** The precondition by which an edge mapping shows the relations of one kind. */
	private static final Pattern KIND_PRECONDITION = Pattern.compile("aql:self\\.isKind\\('([a-z-]+)'\\)");

	private final Problems problems;
	private final Map<EObject, EClass> mappingClass = new LinkedHashMap<>();
	private final Map<EObject, Set<EClass>> mappingParents = new LinkedHashMap<>();
	private final Map<EObject, EObject> mappingDiagram = new HashMap<>();

	MappingTree(Problems problems) {
		this.problems = problems;
	}

	/** Adds a node or container mapping shown in objects of the parent classes, and its children. */
	void collect(EObject diagram, EObject mapping, Set<EClass> parents) {
		mappingDiagram.put(mapping, diagram);
		Set<EClass> known = mappingParents.computeIfAbsent(mapping, m -> new LinkedHashSet<>());
		boolean fresh = known.isEmpty();
		known.addAll(parents);
		EClass type = wpoClass(mapping, string(mapping, "domainClass"));
		if (type == null) {
			return;
		}
		mappingClass.put(mapping, type);
		if (!fresh) {
			return;
		}
		for (String feature : List.of("subNodeMappings", "subContainerMappings", "borderedNodeMappings")) {
			for (EObject child : list(mapping, feature)) {
				collect(diagram, child, Set.of(type));
			}
		}
		for (String feature : List.of("reusedNodeMappings", "reusedContainerMappings", "reusedBorderedNodeMappings")) {
			for (EObject reused : list(mapping, feature)) {
				Set<EClass> parentsOfReused = mappingParents.computeIfAbsent(reused, m -> new LinkedHashSet<>());
				parentsOfReused.add(type);
			}
		}
	}

	/** Adds an edge mapping of the diagram, drawn on the diagram's root. */
	void collectEdge(EObject diagram, EObject mapping, EClass root) {
		mappingDiagram.put(mapping, diagram);
		EClass edgeClass = wpoClass(mapping, string(mapping, "domainClass"));
		if (edgeClass != null) {
			mappingClass.put(mapping, edgeClass);
			mappingParents.put(mapping, Set.of(root));
		}
	}

	/** The relation kind an edge mapping draws (its precondition is {@code aql:self.isKind('KIND')}), or null. */
	static RelationKind edgeKind(EObject edgeMapping) {
		String precondition = string(edgeMapping, "preconditionExpression");
		Matcher matcher = KIND_PRECONDITION.matcher(precondition == null ? "" : precondition);
		return matcher.matches() ? RelationKind.get(matcher.group(1)) : null;
	}

	/** The mapping's WPO class, or null where it names none. */
	EClass type(EObject mapping) {
		return mappingClass.get(mapping);
	}

	/** The classes of the objects the mapping appears in. */
	Set<EClass> parents(EObject mapping) {
		return mappingParents.getOrDefault(mapping, Set.of());
	}

	/** The mappings of a diagram that have a WPO class, in the order collected. */
	List<EObject> mappings(EObject diagram) {
		List<EObject> result = new ArrayList<>();
		for (EObject mapping : mappingClass.keySet()) {
			if (mappingDiagram.get(mapping) == diagram) {
				result.add(mapping);
			}
		}
		return result;
	}

	/** The types of the objects the mappings show. */
	Set<ValueType> classes(List<EObject> mappings) {
		Set<ValueType> result = new LinkedHashSet<>();
		for (EObject mapping : mappings) {
			EClass type = mappingClass.get(mapping);
			if (type != null) {
				result.add(ValueType.of(type));
			}
		}
		return result;
	}

	/** The types of the objects at one end ("sourceMapping" or "targetMapping") of edge mappings. */
	Set<ValueType> endClasses(List<EObject> edgeMappings, String end) {
		Set<ValueType> result = new LinkedHashSet<>();
		for (EObject edge : edgeMappings) {
			result.addAll(classes(list(edge, end)));
		}
		return result;
	}

	/** The WPO class a domain class name (wpo::Class) names, or null with a problem. */
	EClass wpoClass(EObject owner, String name) {
		if (name == null) {
			problems.add(owner, "names no domain class");
			return null;
		}
		String[] parts = name.split("::|\\.");
		if (parts.length != 2 || !"wpo".equals(parts[0])) {
			problems.add(owner, "domain class '" + name + "' is not written wpo::Class");
			return null;
		}
		if (!(WpoPackage.eINSTANCE.getEClassifier(parts[1]) instanceof EClass eClass)) {
			problems.add(owner, "domain class '" + name + "' is not a class of the WPO metamodel");
			return null;
		}
		return eClass;
	}
}
