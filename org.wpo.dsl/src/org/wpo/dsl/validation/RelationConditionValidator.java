package org.wpo.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;

/**
 * The qualifiers of one relation: its {@code only} condition lies within the products its source
 * applies to, and each {@code via} names one of the target's own runs-over alternatives. (A
 * condition that names no product is reported with the applies statements, by {@link WpoValidator}.)
 */
public class RelationConditionValidator extends ComposedValidator {

	@Check(CheckType.NORMAL)
	public void checkConditionWithinSource(Relation relation) {
		Element source = Relations.source(relation);
		if (relation.getCondition() == null || source == null) {
			return;
		}
		Optional<Set<Product>> condition = Availability.of(relation);
		Optional<Set<Product>> sourceProducts = Availability.of(source);
		if (condition.isEmpty() || sourceProducts.isEmpty()) {
			return;
		}
		List<Product> outside = Availability.missing(condition.get(), sourceProducts.get());
		if (!outside.isEmpty()) {
			warning("The condition 'only " + Labels.applicability(relation.getCondition()) + "' names "
					+ outside.stream().map(Product::getName).collect(Collectors.joining(", ")) + ", where '"
					+ source.getName() + "' itself does not apply (it applies "
					+ Labels.applicability(Availability.statement(source)) + ").", relation,
					WPO.getRelation_Condition(), WpoIssueCodes.CONDITION_OUTSIDE_APPLICABILITY, source.getName());
		}
	}

	@Check(CheckType.NORMAL)
	public void checkVia(Relation relation) {
		if (relation.getVia().isEmpty() || relation.getTargets().isEmpty()
				|| relation.getTargets().stream().anyMatch(t -> t == null || t.eIsProxy())) {
			return;
		}
		ModelGraph graph = graph(relation);
		Set<Element> carriers = new LinkedHashSet<>();
		for (Element target : relation.getTargets()) {
			for (ModelGraph.Edge edge : graph.outgoing(target)) {
				if (edge.kind() == RelationKind.RUNS_OVER) {
					carriers.add(edge.target());
				}
			}
		}
		List<String> targets = new ArrayList<>();
		relation.getTargets().forEach(t -> targets.add("'" + t.getName() + "'"));
		String of = String.join(" or ", targets);
		for (int i = 0; i < relation.getVia().size(); i++) {
			Element via = relation.getVia().get(i);
			if (via == null || via.eIsProxy() || carriers.contains(via)) {
				continue;
			}
			String reason = carriers.isEmpty() ? of + " runs over nothing, so 'via' has nothing to choose from"
					: "'via' chooses among the target's own runs-over alternatives, which are "
							+ carriers.stream().map(Element::getName).collect(Collectors.joining(", "));
			error("'" + via.getName() + "' is not a carrier of " + of + ": " + reason + ".",
					relation, WPO.getRelation_Via(), i, WpoIssueCodes.INVALID_VIA, via.getName());
		}
	}
}
