package org.wpo.tests.viewpoint;

import static org.wpo.tests.viewpoint.SiriusObjects.list;
import static org.wpo.tests.viewpoint.SiriusObjects.name;
import static org.wpo.tests.viewpoint.SiriusObjects.object;
import static org.wpo.tests.viewpoint.SiriusObjects.string;
import static org.wpo.tests.viewpoint.ValueType.BOOLEAN;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wpo.diagram.DiagramStyle;
import org.wpo.dsl.wpo.WpoPackage;

/**
 * Checks a Sirius viewpoint specification (.odesign) without Sirius.
 * <ul>
 * <li>{@link #load}: the file loads with plain EMF against Sirius's metamodel, every reference
 * resolves (including {@code environment:/viewpoint} colors) and EMF's Diagnostician finds no error,
 * as when Sirius loads it ({@link OdesignLoader}).</li>
 * <li>{@link #meaning}: every domain class is a class of the WPO metamodel ({@link MappingTree}); every
 * expression is in the checked subset and every feature it navigates exists on the class it is
 * evaluated on (the class of the mapping, its parent, or the variables of the tool), every service it
 * calls exists on the service classes with a matching signature ({@link ExpressionCheck}, on
 * {@link AqlSubset}); every tool delegates to a service ({@link ToolCheck}); the styles are those of
 * {@link DiagramStyle} ({@link StyleCheck}); and every diagram has the mappings, tools and filters the
 * viewpoint promises ({@link CompletenessCheck}). This class walks the viewpoint and checks the
 * expressions of the mappings themselves.</li>
 * </ul>
 * Problems come back as sentences naming the place in the file, so a failing test says what is wrong.
 */
public final class ViewpointCheck {

	private final Map<String, Class<?>> javaExtensions;
	private final Problems problems = new Problems();
	private final MappingTree tree = new MappingTree(problems);
	private final ExpressionCheck expressions;
	private final ToolCheck tools;
	private final StyleCheck styles = new StyleCheck(tree, problems);
	private final CompletenessCheck completeness = new CompletenessCheck(tree, problems);

	private ViewpointCheck(SiriusMetamodel sirius, Map<String, Class<?>> javaExtensions) {
		this.javaExtensions = javaExtensions;
		this.expressions = new ExpressionCheck(List.copyOf(new LinkedHashSet<>(javaExtensions.values())), problems);
		this.tools = new ToolCheck(sirius, tree, expressions, problems);
	}

	/** A loaded .odesign and what is wrong with loading it. */
	public record Loaded(Resource resource, List<String> problems) {
	}

	/**
	 * Loads an .odesign as Sirius would and lists every load error, unresolved reference and
	 * Diagnostician error. References to metamodels that are not available here (named by their
	 * namespace URI in {@code unavailableMetamodels}) are reported apart, in {@code skipped}.
	 */
	public static Loaded load(SiriusMetamodel sirius, Path odesign, Set<String> unavailableMetamodels,
			List<String> skipped) {
		return OdesignLoader.load(sirius, odesign, unavailableMetamodels, skipped);
	}

	/**
	 * Everything {@link ViewpointCheck} checks beyond loading, for a loaded WPO viewpoint.
	 *
	 * @param javaExtensions for each Java extension the viewpoint may name, the class whose public
	 *                       methods it offers as services
	 */
	public static List<String> meaning(SiriusMetamodel sirius, Resource odesign, Map<String, Class<?>> javaExtensions) {
		ViewpointCheck check = new ViewpointCheck(sirius, javaExtensions);
		check.checkAll(odesign.getContents().get(0));
		return check.problems.list();
	}

	private void checkAll(EObject group) {
		for (EObject viewpoint : list(group, "ownedViewpoints")) {
			for (EObject extension : list(viewpoint, "ownedJavaExtensions")) {
				String name = string(extension, "qualifiedClassName");
				if (!javaExtensions.containsKey(name)) {
					problem(extension, "the Java extension " + name + " is not one of the checked service classes");
				}
			}
			for (EObject diagram : list(viewpoint, "ownedRepresentations")) {
				checkDiagram(diagram);
			}
		}
	}

	private void checkDiagram(EObject diagram) {
		if (!"DiagramDescription".equals(diagram.eClass().getName())) {
			problem(diagram, "only diagram descriptions are checked, not " + diagram.eClass().getName());
			return;
		}
		EClass root = tree.wpoClass(diagram, string(diagram, "domainClass"));
		if (root == null) {
			return;
		}
		boolean wpoMetamodel = list(diagram, "metamodel").stream()
				.anyMatch(p -> p == WpoPackage.eINSTANCE || WpoPackage.eNS_URI.equals(EcoreUtil.getURI(p).trimFragment().toString()));
		if (!wpoMetamodel) {
			problem(diagram, "does not name the WPO metamodel (" + WpoPackage.eNS_URI + ")");
		}
		expressions.expect(diagram, "titleExpression", Map.of("self", ValueType.of(root)), null);
		List<EObject> layers = new ArrayList<>();
		if (object(diagram, "defaultLayer") != null) {
			layers.add(object(diagram, "defaultLayer"));
		}
		layers.addAll(list(diagram, "additionalLayers"));
		// First the mapping tree, so that tools and reuses know where each mapping appears.
		for (EObject layer : layers) {
			for (String feature : List.of("containerMappings", "nodeMappings")) {
				for (EObject mapping : list(layer, feature)) {
					tree.collect(diagram, mapping, Set.of(root));
				}
			}
		}
		for (EObject layer : layers) {
			for (EObject mapping : list(layer, "edgeMappings")) {
				tree.collectEdge(diagram, mapping, root);
			}
		}
		for (EObject mapping : tree.mappings(diagram)) {
			checkMapping(mapping, tree.type(mapping));
		}
		for (EObject layer : layers) {
			for (EObject section : list(layer, "toolSections")) {
				for (EObject tool : list(section, "ownedTools")) {
					tools.check(diagram, tool);
				}
			}
		}
		for (EObject filter : list(diagram, "filters")) {
			for (EObject mappingFilter : list(filter, "filters")) {
				for (EObject mapping : list(mappingFilter, "mappings")) {
					EClass type = tree.type(mapping);
					if (type != null) {
						expressions.expect(mappingFilter, "semanticConditionExpression", Map.of("self", ValueType.of(type)),
								BOOLEAN);
					}
				}
			}
		}
		styles.check(diagram);
		completeness.check(diagram, layers);
	}

	/** The expressions of a mapping, each typed on the mapping's class or on its parents' classes. */
	private void checkMapping(EObject mapping, EClass type) {
		boolean edge = "EdgeMapping".equals(mapping.eClass().getName());
		for (EClass parent : tree.parents(mapping)) {
			ValueType candidates = expressions.expect(mapping, "semanticCandidatesExpression", Map.of("self", ValueType.of(parent)), null);
			if (candidates != null && (candidates.eClass() == null || !related(candidates.eClass(), type))) {
				problem(mapping, "semanticCandidatesExpression gives " + candidates + ", not " + type.getName()
						+ " objects");
			}
		}
		Map<String, ValueType> self = Map.of("self", ValueType.of(type));
		expressions.expect(mapping, "preconditionExpression", self, BOOLEAN);
		if (edge) {
			if (!Boolean.TRUE.equals(mapping.eGet(SiriusObjects.feature(mapping, "useDomainElement")))) {
				problem(mapping, "is not an element-based edge (useDomainElement)");
			}
			checkEnds(mapping, "sourceFinderExpression", "sourceMapping", self);
			checkEnds(mapping, "targetFinderExpression", "targetMapping", self);
		}
		List<EObject> styles = new ArrayList<>();
		if (object(mapping, "style") != null) {
			styles.add(object(mapping, "style"));
		}
		for (EObject conditional : list(mapping, "conditionnalStyles")) {
			expressions.expect(conditional, "predicateExpression", self, BOOLEAN);
			if (object(conditional, "style") != null) {
				styles.add(object(conditional, "style"));
			}
		}
		for (EObject style : styles) {
			for (Iterator<EObject> all = EcoreUtil.getAllContents(List.of(style)); all.hasNext();) {
				EObject part = all.next();
				for (EAttribute attribute : part.eClass().getEAllAttributes()) {
					if ("InterpretedExpression".equals(attribute.getEAttributeType().getName()) && part.eIsSet(attribute)) {
						boolean number = attribute.getName().toLowerCase(Locale.ROOT).contains("size");
						expressions.expect(part, attribute.getName(), self, number ? ValueType.value(Integer.class) : null);
					}
				}
			}
		}
	}

	private void checkEnds(EObject mapping, String expression, String endFeature, Map<String, ValueType> self) {
		ValueType found = expressions.expect(mapping, expression, self, null);
		if (found == null) {
			return;
		}
		for (EObject end : list(mapping, endFeature)) {
			EClass endClass = tree.type(end);
			if (endClass != null && (found.eClass() == null || !related(found.eClass(), endClass))) {
				problem(mapping, expression + " gives " + found + ", which " + name(end) + " (" + endClass.getName()
						+ ") cannot show");
			}
		}
	}

	private static boolean related(EClass a, EClass b) {
		return a == b || a.isSuperTypeOf(b) || b.isSuperTypeOf(a);
	}

	private void problem(EObject where, String message) {
		problems.add(where, message);
	}
}
