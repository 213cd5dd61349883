package org.wpo.tests.viewpoint;

import static org.wpo.tests.viewpoint.SiriusObjects.list;
import static org.wpo.tests.viewpoint.SiriusObjects.object;
import static org.wpo.tests.viewpoint.SiriusObjects.string;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wpo.diagram.DiagramContent;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.WpoPackage;
import org.wpo.query.StackQuery;

/**
 * Checks that a diagram has what the viewpoint promises: it is one of the three WPO diagrams and draws
 * that diagram's relation kinds, each with a tool to draw, reconnect and delete it and a filter to hide
 * it; a filter hides standards; and every node and container mapping (but the model's) can be renamed
 * and deleted through tools.
 */
final class CompletenessCheck {

	private final MappingTree tree;
	private final Problems problems;

	CompletenessCheck(MappingTree tree, Problems problems) {
		this.tree = tree;
		this.problems = problems;
	}

	/** Checks that the diagram, with these layers, has what the viewpoint promises. */
	void check(EObject diagram, List<EObject> layers) {
		String name = string(diagram, "name");
		Set<RelationKind> expectedKinds = switch (name) {
		case "AreaMap" -> EnumSet.allOf(RelationKind.class);
		case "LayerStack" -> DiagramContent.LAYER_STACK_KINDS;
		case "ProtocolStack" -> StackQuery.STACK_KINDS;
		default -> {
			problems.add(diagram, "is not one of the three WPO diagrams (AreaMap, LayerStack, ProtocolStack)");
			yield Set.of();
		}
		};
		Map<RelationKind, EObject> edges = new EnumMap<>(RelationKind.class);
		for (EObject layer : layers) {
			for (EObject edge : list(layer, "edgeMappings")) {
				RelationKind kind = MappingTree.edgeKind(edge);
				if (kind != null) {
					edges.put(kind, edge);
				}
			}
		}
		if (!edges.keySet().equals(expectedKinds)) {
			problems.add(diagram, "draws the relation kinds " + edges.keySet() + ", not " + expectedKinds);
		}
		Set<String> toolExpressions = new LinkedHashSet<>();
		for (EObject layer : layers) {
			for (EObject section : list(layer, "toolSections")) {
				for (EObject tool : list(section, "ownedTools")) {
					for (Iterator<EObject> all = tool.eAllContents(); all.hasNext();) {
						EObject part = all.next();
						if ("ChangeContext".equals(part.eClass().getName())) {
							toolExpressions.add(string(part, "browseExpression"));
						}
					}
				}
			}
		}
		for (Map.Entry<RelationKind, EObject> edge : edges.entrySet()) {
			String literal = edge.getKey().getLiteral();
			if (!toolExpressions.contains("aql:source.createRelation(target, '" + literal + "')")) {
				problems.add(diagram, "has no tool to draw " + literal);
			}
			if (list(edge.getValue(), "reconnections").isEmpty() || object(edge.getValue(), "deletionDescription") == null) {
				problems.add(edge.getValue(), "cannot be reconnected and deleted with tools");
			}
			boolean filtered = list(diagram, "filters").stream().flatMap(f -> list(f, "filters").stream())
					.anyMatch(f -> list(f, "mappings").equals(List.of(edge.getValue())));
			if (!filtered) {
				problems.add(diagram, "has no filter to hide " + literal);
			}
		}
		boolean standardsFilter = list(diagram, "filters").stream().flatMap(f -> list(f, "filters").stream())
				.anyMatch(f -> "aql:self.isStandard()".equals(string(f, "semanticConditionExpression")));
		if (!standardsFilter) {
			problems.add(diagram, "has no filter to hide standards");
		}
		for (EObject mapping : tree.mappings(diagram)) {
			if ("EdgeMapping".equals(mapping.eClass().getName()) || tree.type(mapping) == WpoPackage.Literals.MODEL) {
				continue;
			}
			if (object(mapping, "labelDirectEdit") == null) {
				problems.add(mapping, "cannot be renamed by direct edit");
			}
			if (object(mapping, "deletionDescription") == null) {
				problems.add(mapping, "has no delete tool, so Sirius would delete in memory, behind the text");
			}
		}
	}
}
