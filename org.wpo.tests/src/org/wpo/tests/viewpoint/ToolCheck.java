package org.wpo.tests.viewpoint;

import static org.wpo.tests.viewpoint.SiriusObjects.list;
import static org.wpo.tests.viewpoint.SiriusObjects.object;
import static org.wpo.tests.viewpoint.SiriusObjects.string;
import static org.wpo.tests.viewpoint.ValueType.STRING;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.wpo.tests.viewpoint.AqlSubset.Call;

/**
 * Checks the tools of a diagram: each kind of tool gets its variables typed from the mappings that
 * use it (a tool no mapping uses is a problem), every expression of its operations types with those
 * variables, and it changes the model only through Java services (ChangeContext operations, at least
 * one of them a service call).
 */
final class ToolCheck {

	private final SiriusMetamodel sirius;
	private final MappingTree tree;
	private final ExpressionCheck expressions;
	private final Problems problems;

	ToolCheck(SiriusMetamodel sirius, MappingTree tree, ExpressionCheck expressions, Problems problems) {
		this.sirius = sirius;
		this.tree = tree;
		this.expressions = expressions;
		this.problems = problems;
	}

	/** Checks one tool of the diagram. */
	void check(EObject diagram, EObject tool) {
		String kind = tool.eClass().getName();
		Map<String, Set<ValueType>> variables = new LinkedHashMap<>();
		EClass edgeView = sirius.eClass(SiriusMetamodel.DIAGRAM_NS, "DEdge");
		EClass diagramElement = sirius.eClass(SiriusMetamodel.DIAGRAM_NS, "DDiagramElement");
		ValueType view = ValueType.of(EcorePackage.Literals.EOBJECT);
		List<EObject> users = tree.mappings(diagram);
		switch (kind) {
		case "ContainerCreationDescription", "NodeCreationDescription" -> {
			String mappings = kind.startsWith("Container") ? "containerMappings" : "nodeMappings";
			Set<ValueType> containers = new LinkedHashSet<>();
			for (EObject created : list(tool, mappings)) {
				tree.parents(created).forEach(p -> containers.add(ValueType.of(p)));
			}
			declare(tool, variables, "variable", containers);
			declare(tool, variables, "viewVariable", Set.of(view));
		}
		case "EdgeCreationDescription" -> {
			declare(tool, variables, "sourceVariable", tree.endClasses(list(tool, "edgeMappings"), "sourceMapping"));
			declare(tool, variables, "targetVariable", tree.endClasses(list(tool, "edgeMappings"), "targetMapping"));
			declare(tool, variables, "sourceViewVariable", Set.of(view));
			declare(tool, variables, "targetViewVariable", Set.of(view));
		}
		case "ReconnectEdgeDescription" -> {
			List<EObject> edges = users.stream().filter(m -> list(m, "reconnections").contains(tool)).toList();
			Set<ValueType> ends = tree.endClasses(edges, "sourceMapping");
			ends.addAll(tree.endClasses(edges, "targetMapping"));
			declare(tool, variables, "element", tree.classes(edges));
			declare(tool, variables, "source", ends);
			declare(tool, variables, "target", ends);
			declare(tool, variables, "sourceView", Set.of(view));
			declare(tool, variables, "targetView", Set.of(view));
			declare(tool, variables, "edgeView", Set.of(ValueType.of(edgeView)));
			requireUsed(tool, edges);
		}
		case "DeleteElementDescription" -> {
			List<EObject> deleted = users.stream().filter(m -> object(m, "deletionDescription") == tool).toList();
			boolean edges = !deleted.isEmpty()
					&& deleted.stream().allMatch(m -> "EdgeMapping".equals(m.eClass().getName()));
			declare(tool, variables, "element", tree.classes(deleted));
			declare(tool, variables, "elementView", Set.of(ValueType.of(edges ? edgeView : diagramElement)));
			declare(tool, variables, "containerView", Set.of(view));
			requireUsed(tool, deleted);
		}
		case "DirectEditLabel" -> {
			List<EObject> edited = users.stream().filter(m -> object(m, "labelDirectEdit") == tool).toList();
			variables.put("self", tree.classes(edited));
			EObject mask = object(tool, "mask");
			if (mask == null || !"{0}".equals(string(mask, "mask"))) {
				problems.add(tool, "needs the mask {0}, which gives arg0");
			}
			variables.put("arg0", Set.of(STRING));
			requireUsed(tool, edited);
			for (ValueType self : tree.classes(edited)) {
				expressions.expect(tool, "inputLabelExpression", Map.of("self", self), null);
			}
		}
		case "ContainerDropDescription" -> {
			List<EObject> targets = users.stream().filter(m -> list(m, "dropDescriptions").contains(tool)).toList();
			declare(tool, variables, "element", tree.classes(list(tool, "mappings")));
			declare(tool, variables, "oldContainer", tree.classes(targets));
			declare(tool, variables, "newContainer", tree.classes(targets));
			declare(tool, variables, "newViewContainer", Set.of(view));
			requireUsed(tool, targets);
		}
		default -> {
			problems.add(tool, "tools of kind " + kind + " are not checked");
			return;
		}
		}
		for (EObject content : tool.eContents()) {
			if (content.eClass().getEAllSuperTypes().stream().anyMatch(c -> "AbstractVariable".equals(c.getName()))
					&& !variables.containsKey(string(content, "name"))) {
				problems.add(tool, "declares the variable '" + string(content, "name") + "' in "
						+ content.eContainingFeature().getName() + ", which the check cannot type");
			}
		}
		EObject initial = object(tool, "initialOperation");
		List<EObject> operations = initial == null ? List.of() : list(initial, "firstModelOperations");
		if (operations.isEmpty()) {
			problems.add(tool, "has no operation");
		}
		int serviceCalls = 0;
		for (EObject operation : operations) {
			serviceCalls += checkOperation(tool, operation, variables);
		}
		if (serviceCalls == 0) {
			problems.add(tool, "calls no Java service; every tool's logic lives in a service");
		}
	}

	/** Declares the variable a tool names in one of its variable features. */
	private void declare(EObject tool, Map<String, Set<ValueType>> variables, String feature, Set<ValueType> types) {
		EObject variable = object(tool, feature);
		if (variable == null) {
			problems.add(tool, "has no " + feature + " variable");
			return;
		}
		if (types.isEmpty()) {
			problems.add(tool, "no mapping gives a type to its variable '" + string(variable, "name") + "'");
			return;
		}
		variables.put(string(variable, "name"), types);
	}

	private void requireUsed(EObject tool, List<EObject> users) {
		if (users.isEmpty()) {
			problems.add(tool, "is used by no mapping");
		}
	}

	private int checkOperation(EObject tool, EObject operation, Map<String, Set<ValueType>> variables) {
		if (!"ChangeContext".equals(operation.eClass().getName())) {
			problems.add(operation, "operations of kind " + operation.eClass().getName()
					+ " are not used: tools change the model only through services");
			return 0;
		}
		String expression = string(operation, "browseExpression");
		int calls = expression != null && expression.startsWith("aql:") && parsesToCall(expression) ? 1 : 0;
		for (Map<String, ValueType> binding : bindings(variables)) {
			expressions.evaluate(operation, "browseExpression", expression, binding);
		}
		for (EObject sub : list(operation, "subModelOperations")) {
			calls += checkOperation(tool, sub, variables);
		}
		return calls;
	}

	private static boolean parsesToCall(String expression) {
		try {
			return AqlSubset.parse(expression.substring(4)) instanceof Call;
		} catch (AqlSubset.SyntaxError e) {
			return false;
		}
	}

	/** Every combination of the variables' possible types. */
	private static List<Map<String, ValueType>> bindings(Map<String, Set<ValueType>> variables) {
		List<Map<String, ValueType>> result = new ArrayList<>();
		result.add(new HashMap<>());
		for (Map.Entry<String, Set<ValueType>> variable : variables.entrySet()) {
			List<Map<String, ValueType>> next = new ArrayList<>();
			for (Map<String, ValueType> partial : result) {
				for (ValueType type : variable.getValue()) {
					Map<String, ValueType> extended = new HashMap<>(partial);
					extended.put(variable.getKey(), type);
					next.add(extended);
				}
			}
			result = next;
		}
		return result;
	}
}
