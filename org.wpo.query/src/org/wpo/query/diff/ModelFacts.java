package org.wpo.query.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.WpoPackage;

/**
 * What one version of a user's model states, as a comparison sees it: the elements its files
 * declare, the relations its files state (those of {@code extend} blocks included, so that a relation
 * to or from a built-in element counts), and the problems {@code wpo check} reports in its files.
 * Elements of the built-in model are not compared themselves. Where in which file something is
 * written plays no part.
 *
 * @param elements  by name, in the order of the files
 * @param relations in the order of the files
 * @param problems  in the checker's order
 * @param extended  elements declared elsewhere (the built-in model) that an {@code extend} block of
 *                  these files gives an applies statement, by name, with only their name, area and
 *                  that statement
 */
public record ModelFacts(Map<String, ElementFacts> elements, List<RelationFacts> relations, List<Problem> problems,
		Map<String, ElementFacts> extended) {

	public ModelFacts {
		elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
		relations = List.copyOf(relations);
		problems = List.copyOf(problems);
		extended = Collections.unmodifiableMap(new LinkedHashMap<>(extended));
	}

	/**
	 * @param resources   the user's files as loaded and linked (the built-in model beside them in
	 *                    their resource set)
	 * @param diagnostics what the check of those files reported
	 * @param files       how a problem's file is shown (for instance a path in a git revision instead
	 *                    of a temporary copy)
	 */
	public static ModelFacts of(List<Resource> resources, List<WpoDiagnostic> diagnostics, UnaryOperator<String> files) {
		Map<String, ElementFacts> elements = new LinkedHashMap<>();
		List<RelationFacts> relations = new ArrayList<>();
		List<Extension> extensions = new ArrayList<>();
		for (Resource resource : resources) {
			TreeIterator<EObject> all = resource.getAllContents();
			while (all.hasNext()) {
				EObject object = all.next();
				if (object instanceof Element element && element.getName() != null) {
					elements.putIfAbsent(element.getName(), facts(element));
				} else if (object instanceof Relation relation) {
					all.prune();
					addRelation(relation, relations);
				} else if (object instanceof Extension extension) {
					extensions.add(extension);
				}
			}
		}
		Map<String, ElementFacts> extended = new LinkedHashMap<>();
		for (Extension extension : extensions) {
			Element target = extension.getTarget();
			if (target != null && !target.eIsProxy() && target.getName() != null
					&& !elements.containsKey(target.getName()) && !extension.getApplicabilities().isEmpty()) {
				extended.putIfAbsent(target.getName(), new ElementFacts(target.getName(), null, null, null, null,
						area(target), Labels.applicability(extension.getApplicabilities().get(0))));
			}
		}
		List<Problem> problems = diagnostics.stream().map(d -> new Problem(files.apply(d.file()), d.line(), d.column(),
				d.severity().label(), d.code(), d.message())).toList();
		return new ModelFacts(elements, relations, problems, extended);
	}

	private static ElementFacts facts(Element element) {
		String kind = element instanceof Specification specification ? specification.getKind().getLiteral()
				: "technology";
		Layer layer = element.getLayer();
		String layerName = layer == null ? null : layer.eIsProxy() ? written(element, WpoPackage.Literals.ELEMENT__LAYER, 0) : layer.getName();
		Applicability applies = Availability.statement(element);
		return new ElementFacts(element.getName(), kind, element.getTitle(), element.getStatus().getLiteral(), layerName,
				area(element), applies == null ? null : Labels.applicability(applies));
	}

	private static String area(Element element) {
		return element == null ? null : Placement.areaOf(element).map(Labels::area).orElse(null);
	}

	private static void addRelation(Relation relation, List<RelationFacts> relations) {
		Element source = Relations.source(relation);
		if (source == null || source.getName() == null) {
			return; // an extend block of an element that is not found: the check reports it
		}
		List<String> via = new ArrayList<>();
		for (int i = 0; i < relation.getVia().size(); i++) {
			via.add(name(relation, WpoPackage.Literals.RELATION__VIA, i, relation.getVia().get(i)));
		}
		String condition = relation.getCondition() == null ? null : Labels.applicability(relation.getCondition());
		String area = area(source);
		for (int i = 0; i < relation.getTargets().size(); i++) {
			String target = name(relation, WpoPackage.Literals.RELATION__TARGETS, i, relation.getTargets().get(i));
			relations.add(new RelationFacts(source.getName(), relation.getKind().getLiteral(), target, via, condition, area));
		}
	}

	/** The name of a referenced element, or the text written for it when it is not found. */
	private static String name(Relation relation, EStructuralFeature feature, int index, Element element) {
		if (element != null && !element.eIsProxy() && element.getName() != null) {
			return element.getName();
		}
		return written(relation, feature, index);
	}

	private static String written(EObject object, EStructuralFeature feature, int index) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return index < nodes.size() ? NodeModelUtils.getTokenText(nodes.get(index)) : Labels.UNKNOWN;
	}
}
