package org.wpo.query.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Relation;
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
 * @param extended  elements declared elsewhere (the built-in model) that {@code extend} blocks of
 *                  these files give an applies statement, aliases, remarks, sections or covers, by
 *                  name, with only their name, area and what the blocks give
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
		Map<String, Element> declared = new LinkedHashMap<>();
		List<RelationFacts> relations = new ArrayList<>();
		Map<Element, List<Extension>> extensions = new LinkedHashMap<>();
		for (Resource resource : resources) {
			TreeIterator<EObject> all = resource.getAllContents();
			while (all.hasNext()) {
				EObject object = all.next();
				if (object instanceof Element element && element.getName() != null) {
					declared.putIfAbsent(element.getName(), element);
				} else if (object instanceof Relation relation) {
					all.prune();
					addRelation(relation, relations);
				} else if (object instanceof Extension extension && extension.getTarget() != null
						&& !extension.getTarget().eIsProxy() && extension.getTarget().getName() != null) {
					extensions.computeIfAbsent(extension.getTarget(), t -> new ArrayList<>()).add(extension);
				}
			}
		}
		Map<String, ElementFacts> elements = new LinkedHashMap<>();
		declared.values().forEach(element -> elements.put(element.getName(),
				ElementReading.of(element, extensions.getOrDefault(element, List.of()))));
		Map<String, ElementFacts> extended = new LinkedHashMap<>();
		extensions.forEach((target, blocks) -> {
			if (!elements.containsKey(target.getName())) {
				ElementFacts facts = ElementReading.extended(target, blocks);
				if (facts != null) {
					extended.putIfAbsent(target.getName(), facts);
				}
			}
		});
		List<Problem> problems = diagnostics.stream().map(d -> new Problem(files.apply(d.file()), d.line(), d.column(),
				d.severity().label(), d.code(), d.message())).toList();
		return new ModelFacts(elements, relations, problems, extended);
	}

	private static void addRelation(Relation relation, List<RelationFacts> relations) {
		Element source = Relations.source(relation);
		if (source == null || source.getName() == null) {
			return; // an extend block of an element that is not found: the check reports it
		}
		List<String> via = new ArrayList<>();
		for (int i = 0; i < relation.getVia().size(); i++) {
			via.add(ModelText.element(relation, WpoPackage.Literals.RELATION__VIA, i, relation.getVia().get(i)));
		}
		String condition = relation.getCondition() == null ? null : Labels.applicability(relation.getCondition());
		String section = relation.getSection() == null ? null
				: ModelText.area(relation, WpoPackage.Literals.RELATION__SECTION, 0, relation.getSection());
		String area = ModelText.placement(source);
		for (int i = 0; i < relation.getTargets().size(); i++) {
			String target = ModelText.element(relation, WpoPackage.Literals.RELATION__TARGETS, i,
					relation.getTargets().get(i));
			relations.add(new RelationFacts(source.getName(), relation.getKind().getLiteral(), target, via, condition,
					section, relation.getSourceDocument(), relation.getSourceSection(), relation.getNote(), area));
		}
	}
}
