package org.wpo.tests.viewpoint;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.wpo.diagram.DiagramContent;
import org.wpo.diagram.DiagramStyle;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Status;
import org.wpo.dsl.wpo.WpoPackage;
import org.wpo.query.StackQuery;
import org.wpo.tests.viewpoint.AqlSubset.Binary;
import org.wpo.tests.viewpoint.AqlSubset.Call;
import org.wpo.tests.viewpoint.AqlSubset.Literal;
import org.wpo.tests.viewpoint.AqlSubset.Navigation;
import org.wpo.tests.viewpoint.AqlSubset.Node;
import org.wpo.tests.viewpoint.AqlSubset.Not;
import org.wpo.tests.viewpoint.AqlSubset.Qualified;
import org.wpo.tests.viewpoint.AqlSubset.Var;

/**
 * Checks a Sirius viewpoint specification (.odesign) without Sirius.
 * <ul>
 * <li>{@link #load}: the file loads with plain EMF against Sirius's metamodel, every reference
 * resolves (including {@code environment:/viewpoint} colors) and EMF's Diagnostician finds no error,
 * as when Sirius loads it.</li>
 * <li>{@link #meaning}: every domain class is a class of the WPO metamodel; every expression is in the
 * checked subset and every feature it navigates exists on the class it is evaluated on (the class of
 * the mapping, its parent, or the variables of the tool); every service it calls exists on the
 * service classes with a matching signature; every tool delegates to a service; every diagram has the
 * mappings, tools and filters the viewpoint promises; and the styles are those of
 * {@link DiagramStyle}, through the fixed translation below.</li>
 * </ul>
 * Problems come back as sentences naming the place in the file, so a failing test says what is wrong.
 */
public final class ViewpointCheck {

	/** Sirius has no folder, cylinder, hexagon or rounded-rectangle node: the nearest native figure. */
	public static final Map<DiagramStyle.Shape, String> SHAPES = new EnumMap<>(Map.of(
			DiagramStyle.Shape.RECTANGLE, "SquareDescription", DiagramStyle.Shape.ROUNDED_RECTANGLE, "SquareDescription",
			DiagramStyle.Shape.NOTE, "NoteDescription", DiagramStyle.Shape.HEXAGON, "LozengeNodeDescription",
			DiagramStyle.Shape.FOLDER, "SquareDescription", DiagramStyle.Shape.CYLINDER, "EllipseNodeDescription",
			DiagramStyle.Shape.ELLIPSE, "EllipseNodeDescription"));

	public static final Map<DiagramStyle.Line, String> LINES = new EnumMap<>(Map.of(DiagramStyle.Line.SOLID, "solid",
			DiagramStyle.Line.DASHED, "dash", DiagramStyle.Line.DOTTED, "dot"));

	/** Sirius has no tee decoration; obsoletes gets the circle-plus, which no other kind uses. */
	public static final Map<DiagramStyle.Arrow, String> ARROWS = new EnumMap<>(Map.of(
			DiagramStyle.Arrow.TRIANGLE, "OutputFillClosedArrow", DiagramStyle.Arrow.OPEN_TRIANGLE, "OutputClosedArrow",
			DiagramStyle.Arrow.VEE, "OutputArrow", DiagramStyle.Arrow.TEE, "CirclePlus",
			DiagramStyle.Arrow.DIAMOND, "FillDiamond", DiagramStyle.Arrow.CIRCLE, "Dot"));

	private static final Pattern STYLE_KEY = Pattern.compile("aql:self\\.styleKey\\(\\) = '([a-z]+)/([a-z]+)'");
	private static final Pattern KIND_PRECONDITION = Pattern.compile("aql:self\\.isKind\\('([a-z-]+)'\\)");

	private final SiriusMetamodel sirius;
	private final Map<String, Class<?>> javaExtensions;
	private final List<Class<?>> services;
	private final Set<String> problems = new LinkedHashSet<>();

	private ViewpointCheck(SiriusMetamodel sirius, Map<String, Class<?>> javaExtensions) {
		this.sirius = sirius;
		this.javaExtensions = javaExtensions;
		this.services = List.copyOf(new LinkedHashSet<>(javaExtensions.values()));
	}

	// ================================================================== loading

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
		ResourceSet set = new ResourceSetImpl();
		set.setPackageRegistry(new EPackageRegistryImpl(sirius.resourceSet().getPackageRegistry()));
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		set.getURIConverter().getURIMap().putAll(sirius.resourceSet().getURIConverter().getURIMap());
		// Everything the check reads is local; a reference to the web fails at once instead of waiting.
		set.getURIConverter().getURIHandlers().add(0, new URIHandlerImpl() {
			@Override
			public boolean canHandle(URI uri) {
				return "http".equals(uri.scheme()) || "https".equals(uri.scheme());
			}

			@Override
			public java.io.InputStream createInputStream(URI uri, Map<?, ?> options) throws java.io.IOException {
				throw new java.io.IOException("not read from the network: " + uri);
			}
		});
		List<String> problems = new ArrayList<>();
		Resource resource;
		try {
			resource = set.getResource(URI.createFileURI(odesign.toString()), true);
		} catch (RuntimeException e) {
			problems.add("cannot load " + odesign.getFileName() + ": " + e.getMessage());
			return new Loaded(null, problems);
		}
		resource.getErrors().forEach(e -> problems.add("load error: " + e.getMessage()));
		EcoreUtil.resolveAll(set);
		for (Resource other : set.getResources()) {
			if (other != resource && !unavailableMetamodels.contains(other.getURI().toString())) {
				other.getErrors().forEach(e -> problems.add("load error in " + other.getURI() + ": " + e.getMessage()));
			}
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer
				.find(set);
		Set<EObject> allowed = new LinkedHashSet<>();
		unresolved.forEach((proxy, settings) -> {
			URI uri = EcoreUtil.getURI(proxy);
			for (EStructuralFeature.Setting setting : settings) {
				String where = path(setting.getEObject()) + "." + setting.getEStructuralFeature().getName();
				if (unavailableMetamodels.contains(uri.trimFragment().toString())
						&& "metamodel".equals(setting.getEStructuralFeature().getName())) {
					allowed.add(proxy);
					skipped.add(where + " -> " + uri + " (metamodel not available here)");
				} else {
					problems.add("unresolved reference " + where + " -> " + uri);
				}
			}
		});
		if (resource.getContents().isEmpty()) {
			problems.add("the file holds nothing");
			return new Loaded(resource, problems);
		}
		EObject group = resource.getContents().get(0);
		supplySystemColors(group, set);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(group);
		collectErrors(diagnostic, allowed, problems);
		return new Loaded(resource, problems);
	}

	/**
	 * Sirius computes the group's system color palette (a required, transient feature) from
	 * {@code environment:/viewpoint}; plain EMF cannot, so the check supplies it the same way.
	 */
	private static void supplySystemColors(EObject group, ResourceSet set) {
		EStructuralFeature palette = group.eClass().getEStructuralFeature("systemColorsPalette");
		if (palette == null) {
			return;
		}
		Resource environment = set.getResource(URI.createURI("environment:/viewpoint"), true);
		EObject root = environment.getContents().get(0);
		group.eSet(palette, root.eGet(root.eClass().getEStructuralFeature("systemColors")));
	}

	private static void collectErrors(Diagnostic diagnostic, Set<EObject> allowedProxies, List<String> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				boolean allowed = diagnostic.getData().stream()
						.anyMatch(d -> d instanceof EObject o && allowedProxies.contains(o));
				if (!allowed) {
					problems.add("Diagnostician: " + diagnostic.getMessage());
				}
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectErrors(child, allowedProxies, problems);
		}
	}

	// ================================================================== meaning

	/**
	 * Everything {@link ViewpointCheck} checks beyond loading, for a loaded WPO viewpoint.
	 *
	 * @param javaExtensions for each Java extension the viewpoint may name, the class whose public
	 *                       methods it offers as services
	 */
	public static List<String> meaning(SiriusMetamodel sirius, Resource odesign, Map<String, Class<?>> javaExtensions) {
		ViewpointCheck check = new ViewpointCheck(sirius, javaExtensions);
		check.checkAll(odesign.getContents().get(0));
		return List.copyOf(check.problems);
	}

	/** A type an expression has: a class (of WPO or Sirius) or a Java value type, one or many. */
	record T(EClass eClass, Class<?> java, boolean many) {
		static T of(EClass eClass) {
			return new T(eClass, null, false);
		}

		static T value(Class<?> java) {
			return new T(null, java, false);
		}

		Class<?> javaType() {
			if (eClass != null) {
				Class<?> instance = eClass.getInstanceClass();
				return instance == null ? EObject.class : instance;
			}
			return java;
		}

		@Override
		public String toString() {
			String name = eClass != null ? eClass.getName() : java.getSimpleName();
			return many ? "collection of " + name : name;
		}
	}

	private static final T BOOLEAN = T.value(Boolean.class);
	private static final T STRING = T.value(String.class);

	/** What the mapping tree says: each mapping's class and the classes of the objects it appears in. */
	private final Map<EObject, EClass> mappingClass = new LinkedHashMap<>();
	private final Map<EObject, Set<EClass>> mappingParents = new LinkedHashMap<>();
	private final Map<EObject, EObject> mappingDiagram = new HashMap<>();

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
		EClass root = wpoClass(diagram, string(diagram, "domainClass"));
		if (root == null) {
			return;
		}
		boolean wpoMetamodel = list(diagram, "metamodel").stream()
				.anyMatch(p -> p == WpoPackage.eINSTANCE || WpoPackage.eNS_URI.equals(EcoreUtil.getURI(p).trimFragment().toString()));
		if (!wpoMetamodel) {
			problem(diagram, "does not name the WPO metamodel (" + WpoPackage.eNS_URI + ")");
		}
		expect(diagram, "titleExpression", Map.of("self", T.of(root)), null);
		List<EObject> layers = new ArrayList<>();
		if (object(diagram, "defaultLayer") != null) {
			layers.add(object(diagram, "defaultLayer"));
		}
		layers.addAll(list(diagram, "additionalLayers"));
		// First the mapping tree, so that tools and reuses know where each mapping appears.
		for (EObject layer : layers) {
			for (String feature : List.of("containerMappings", "nodeMappings")) {
				for (EObject mapping : list(layer, feature)) {
					collectMapping(diagram, mapping, Set.of(root));
				}
			}
		}
		for (EObject layer : layers) {
			for (EObject mapping : list(layer, "edgeMappings")) {
				mappingDiagram.put(mapping, diagram);
				EClass edgeClass = wpoClass(mapping, string(mapping, "domainClass"));
				if (edgeClass != null) {
					mappingClass.put(mapping, edgeClass);
					mappingParents.put(mapping, Set.of(root));
				}
			}
		}
		for (Map.Entry<EObject, EClass> entry : new ArrayList<>(mappingClass.entrySet())) {
			if (mappingDiagram.get(entry.getKey()) == diagram) {
				checkMapping(entry.getKey(), entry.getValue(), root);
			}
		}
		for (EObject layer : layers) {
			for (EObject section : list(layer, "toolSections")) {
				for (EObject tool : list(section, "ownedTools")) {
					checkTool(diagram, tool, root);
				}
			}
		}
		for (EObject filter : list(diagram, "filters")) {
			for (EObject mappingFilter : list(filter, "filters")) {
				for (EObject mapping : list(mappingFilter, "mappings")) {
					EClass type = mappingClass.get(mapping);
					if (type != null) {
						expect(mappingFilter, "semanticConditionExpression", Map.of("self", T.of(type)), BOOLEAN);
					}
				}
			}
		}
		checkStyles(diagram);
		checkCompleteness(diagram, layers);
	}

	private void collectMapping(EObject diagram, EObject mapping, Set<EClass> parents) {
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
				collectMapping(diagram, child, Set.of(type));
			}
		}
		for (String feature : List.of("reusedNodeMappings", "reusedContainerMappings", "reusedBorderedNodeMappings")) {
			for (EObject reused : list(mapping, feature)) {
				Set<EClass> parentsOfReused = mappingParents.computeIfAbsent(reused, m -> new LinkedHashSet<>());
				parentsOfReused.add(type);
			}
		}
	}

	private void checkMapping(EObject mapping, EClass type, EClass root) {
		boolean edge = "EdgeMapping".equals(mapping.eClass().getName());
		for (EClass parent : mappingParents.get(mapping)) {
			T candidates = expect(mapping, "semanticCandidatesExpression", Map.of("self", T.of(parent)), null);
			if (candidates != null && (candidates.eClass() == null || !related(candidates.eClass(), type))) {
				problem(mapping, "semanticCandidatesExpression gives " + candidates + ", not " + type.getName()
						+ " objects");
			}
		}
		Map<String, T> self = Map.of("self", T.of(type));
		expect(mapping, "preconditionExpression", self, BOOLEAN);
		if (edge) {
			if (!Boolean.TRUE.equals(mapping.eGet(feature(mapping, "useDomainElement")))) {
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
			expect(conditional, "predicateExpression", self, BOOLEAN);
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
						expect(part, attribute.getName(), self, number ? T.value(Integer.class) : null);
					}
				}
			}
		}
	}

	private void checkEnds(EObject mapping, String expression, String endFeature, Map<String, T> self) {
		T found = expect(mapping, expression, self, null);
		if (found == null) {
			return;
		}
		for (EObject end : list(mapping, endFeature)) {
			EClass endClass = mappingClass.get(end);
			if (endClass != null && (found.eClass() == null || !related(found.eClass(), endClass))) {
				problem(mapping, expression + " gives " + found + ", which " + name(end) + " (" + endClass.getName()
						+ ") cannot show");
			}
		}
	}

	// ------------------------------------------------------------------ tools

	private void checkTool(EObject diagram, EObject tool, EClass root) {
		String kind = tool.eClass().getName();
		Map<String, Set<T>> variables = new LinkedHashMap<>();
		EClass edgeView = sirius.eClass(SiriusMetamodel.DIAGRAM_NS, "DEdge");
		EClass diagramElement = sirius.eClass(SiriusMetamodel.DIAGRAM_NS, "DDiagramElement");
		T view = T.of(EcorePackage.Literals.EOBJECT);
		List<EObject> users = mappingsUsing(diagram, tool);
		switch (kind) {
		case "ContainerCreationDescription", "NodeCreationDescription" -> {
			String mappings = kind.startsWith("Container") ? "containerMappings" : "nodeMappings";
			Set<T> containers = new LinkedHashSet<>();
			for (EObject created : list(tool, mappings)) {
				mappingParents.getOrDefault(created, Set.of()).forEach(p -> containers.add(T.of(p)));
			}
			declare(tool, variables, "variable", containers);
			declare(tool, variables, "viewVariable", Set.of(view));
		}
		case "EdgeCreationDescription" -> {
			declare(tool, variables, "sourceVariable", endClasses(list(tool, "edgeMappings"), "sourceMapping"));
			declare(tool, variables, "targetVariable", endClasses(list(tool, "edgeMappings"), "targetMapping"));
			declare(tool, variables, "sourceViewVariable", Set.of(view));
			declare(tool, variables, "targetViewVariable", Set.of(view));
		}
		case "ReconnectEdgeDescription" -> {
			List<EObject> edges = users.stream().filter(m -> list(m, "reconnections").contains(tool)).toList();
			Set<T> ends = endClasses(edges, "sourceMapping");
			ends.addAll(endClasses(edges, "targetMapping"));
			declare(tool, variables, "element", classes(edges));
			declare(tool, variables, "source", ends);
			declare(tool, variables, "target", ends);
			declare(tool, variables, "sourceView", Set.of(view));
			declare(tool, variables, "targetView", Set.of(view));
			declare(tool, variables, "edgeView", Set.of(T.of(edgeView)));
			requireUsed(tool, edges);
		}
		case "DeleteElementDescription" -> {
			List<EObject> deleted = users.stream().filter(m -> object(m, "deletionDescription") == tool).toList();
			boolean edges = !deleted.isEmpty()
					&& deleted.stream().allMatch(m -> "EdgeMapping".equals(m.eClass().getName()));
			declare(tool, variables, "element", classes(deleted));
			declare(tool, variables, "elementView", Set.of(T.of(edges ? edgeView : diagramElement)));
			declare(tool, variables, "containerView", Set.of(view));
			requireUsed(tool, deleted);
		}
		case "DirectEditLabel" -> {
			List<EObject> edited = users.stream().filter(m -> object(m, "labelDirectEdit") == tool).toList();
			variables.put("self", classes(edited));
			EObject mask = object(tool, "mask");
			if (mask == null || !"{0}".equals(string(mask, "mask"))) {
				problem(tool, "needs the mask {0}, which gives arg0");
			}
			variables.put("arg0", Set.of(STRING));
			requireUsed(tool, edited);
			for (T self : classes(edited)) {
				expect(tool, "inputLabelExpression", Map.of("self", self), null);
			}
		}
		case "ContainerDropDescription" -> {
			List<EObject> targets = users.stream().filter(m -> list(m, "dropDescriptions").contains(tool)).toList();
			declare(tool, variables, "element", classes(list(tool, "mappings")));
			declare(tool, variables, "oldContainer", classes(targets));
			declare(tool, variables, "newContainer", classes(targets));
			declare(tool, variables, "newViewContainer", Set.of(view));
			requireUsed(tool, targets);
		}
		default -> {
			problem(tool, "tools of kind " + kind + " are not checked");
			return;
		}
		}
		for (EObject content : tool.eContents()) {
			if (content.eClass().getEAllSuperTypes().stream().anyMatch(c -> "AbstractVariable".equals(c.getName()))
					&& !variables.containsKey(string(content, "name"))) {
				problem(tool, "declares the variable '" + string(content, "name") + "' in "
						+ content.eContainingFeature().getName() + ", which the check cannot type");
			}
		}
		EObject initial = object(tool, "initialOperation");
		List<EObject> operations = initial == null ? List.of() : list(initial, "firstModelOperations");
		if (operations.isEmpty()) {
			problem(tool, "has no operation");
		}
		int serviceCalls = 0;
		for (EObject operation : operations) {
			serviceCalls += checkOperation(tool, operation, variables);
		}
		if (serviceCalls == 0) {
			problem(tool, "calls no Java service; every tool's logic lives in a service");
		}
	}

	/** Declares the variable a tool names in one of its variable features. */
	private void declare(EObject tool, Map<String, Set<T>> variables, String feature, Set<T> types) {
		EObject variable = object(tool, feature);
		if (variable == null) {
			problem(tool, "has no " + feature + " variable");
			return;
		}
		if (types.isEmpty()) {
			problem(tool, "no mapping gives a type to its variable '" + string(variable, "name") + "'");
			return;
		}
		variables.put(string(variable, "name"), types);
	}

	private void requireUsed(EObject tool, List<EObject> users) {
		if (users.isEmpty()) {
			problem(tool, "is used by no mapping");
		}
	}

	private int checkOperation(EObject tool, EObject operation, Map<String, Set<T>> variables) {
		if (!"ChangeContext".equals(operation.eClass().getName())) {
			problem(operation, "operations of kind " + operation.eClass().getName()
					+ " are not used: tools change the model only through services");
			return 0;
		}
		String expression = string(operation, "browseExpression");
		int calls = expression != null && expression.startsWith("aql:") && parsesToCall(expression) ? 1 : 0;
		for (Map<String, T> binding : bindings(variables)) {
			evaluate(operation, "browseExpression", expression, binding);
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
	private static List<Map<String, T>> bindings(Map<String, Set<T>> variables) {
		List<Map<String, T>> result = new ArrayList<>();
		result.add(new HashMap<>());
		for (Map.Entry<String, Set<T>> variable : variables.entrySet()) {
			List<Map<String, T>> next = new ArrayList<>();
			for (Map<String, T> partial : result) {
				for (T type : variable.getValue()) {
					Map<String, T> extended = new HashMap<>(partial);
					extended.put(variable.getKey(), type);
					next.add(extended);
				}
			}
			result = next;
		}
		return result;
	}

	private List<EObject> mappingsUsing(EObject diagram, EObject tool) {
		List<EObject> result = new ArrayList<>();
		for (EObject mapping : mappingClass.keySet()) {
			if (mappingDiagram.get(mapping) == diagram) {
				result.add(mapping);
			}
		}
		return result;
	}

	private Set<T> classes(List<EObject> mappings) {
		Set<T> result = new LinkedHashSet<>();
		for (EObject mapping : mappings) {
			EClass type = mappingClass.get(mapping);
			if (type != null) {
				result.add(T.of(type));
			}
		}
		return result;
	}

	private Set<T> endClasses(List<EObject> edgeMappings, String end) {
		Set<T> result = new LinkedHashSet<>();
		for (EObject edge : edgeMappings) {
			result.addAll(classes(list(edge, end)));
		}
		return result;
	}

	// ------------------------------------------------------------------ expressions

	/** Checks an expression attribute, if set; its type, or null when absent or wrong. */
	private T expect(EObject owner, String attribute, Map<String, T> variables, T expected) {
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(attribute);
		if (feature == null || !owner.eIsSet(feature)) {
			return null;
		}
		T type = evaluate(owner, attribute, (String) owner.eGet(feature), variables);
		if (type != null && expected != null && !conforms(type, expected)) {
			problem(owner, attribute + " gives " + type + ", not " + expected);
		}
		return type;
	}

	private static boolean conforms(T actual, T expected) {
		if (expected.java() != null && actual.java() != null) {
			return expected.java().isAssignableFrom(actual.java()) && actual.many() == expected.many();
		}
		return false;
	}

	private T evaluate(EObject owner, String attribute, String expression, Map<String, T> variables) {
		if (expression == null) {
			return null;
		}
		String where = attribute + " \"" + expression + "\"";
		try {
			if (expression.startsWith("feature:")) {
				return navigate(variables.get("self"), expression.substring(8));
			}
			if (expression.startsWith("var:")) {
				T variable = variables.get(expression.substring(4));
				if (variable == null) {
					throw new CheckError("no variable '" + expression.substring(4) + "' here");
				}
				return variable;
			}
			if (expression.startsWith("service:")) {
				return call(variables.get("self"), expression.substring(8), List.of());
			}
			if (expression.startsWith("aql:")) {
				return type(AqlSubset.parse(expression.substring(4)), variables);
			}
			if (expression.matches("-?[0-9]+")) {
				return T.value(Integer.class);
			}
			throw new CheckError("not an expression of a checked kind (feature:, var:, service:, aql:)");
		} catch (AqlSubset.SyntaxError | CheckError e) {
			problem(owner, where + ": " + e.getMessage());
			return null;
		}
	}

	private static final class CheckError extends Exception {
		private static final long serialVersionUID = 1L;

		CheckError(String message) {
			super(message);
		}
	}

	private T type(Node node, Map<String, T> variables) throws CheckError {
		if (node instanceof Var var) {
			T type = variables.get(var.name());
			if (type == null) {
				throw new CheckError("no variable '" + var.name() + "' here");
			}
			return type;
		}
		if (node instanceof Literal literal) {
			return T.value(literal.value().getClass());
		}
		if (node instanceof Qualified qualified) {
			List<String> segments = qualified.segments();
			if (!"wpo".equals(segments.get(0))) {
				throw new CheckError("'" + segments.get(0) + "' is not the WPO metamodel");
			}
			EClassifier classifier = WpoPackage.eINSTANCE.getEClassifier(segments.get(1));
			if (classifier == null) {
				throw new CheckError("the WPO metamodel has no type " + segments.get(1));
			}
			if (segments.size() == 3) {
				if (!(classifier instanceof EEnum eEnum) || eEnum.getEEnumLiteral(segments.get(2)) == null) {
					throw new CheckError(segments.get(1) + " has no literal " + segments.get(2));
				}
				return T.value(eEnum.getInstanceClass());
			}
			return T.value(EClass.class);
		}
		if (node instanceof Navigation navigation) {
			return navigate(type(navigation.receiver(), variables), navigation.name());
		}
		if (node instanceof Call call) {
			List<T> arguments = new ArrayList<>();
			for (Node argument : call.arguments()) {
				arguments.add(type(argument, variables));
			}
			return call(type(call.receiver(), variables), call.name(), arguments);
		}
		if (node instanceof Not not) {
			requireBoolean(type(not.operand(), variables), "not");
			return BOOLEAN;
		}
		Binary binary = (Binary) node;
		T left = type(binary.left(), variables);
		T right = type(binary.right(), variables);
		return switch (binary.operator()) {
		case "and", "or" -> {
			requireBoolean(left, binary.operator());
			requireBoolean(right, binary.operator());
			yield BOOLEAN;
		}
		case "=", "<>" -> BOOLEAN;
		default -> {
			if (!String.class.equals(left.java()) && !String.class.equals(right.java())) {
				throw new CheckError("'+' joins strings, not " + left + " and " + right);
			}
			yield STRING;
		}
		};
	}

	private static void requireBoolean(T type, String operator) throws CheckError {
		if (!Boolean.class.equals(type.java()) || type.many()) {
			throw new CheckError("'" + operator + "' needs a boolean, not " + type);
		}
	}

	/** A feature of the receiver's class; on a collection, of its elements (AQL's implicit collect). */
	private T navigate(T receiver, String name) throws CheckError {
		if (receiver == null) {
			throw new CheckError("'self' is not defined here; use a variable of the tool");
		}
		if (receiver.eClass() == null) {
			throw new CheckError(receiver + " has no feature '" + name + "'");
		}
		EStructuralFeature feature = receiver.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new CheckError(receiver.eClass().getName() + " has no feature '" + name + "'");
		}
		boolean many = receiver.many() || feature.isMany();
		if (feature instanceof EReference reference) {
			return new T(reference.getEReferenceType(), null, many);
		}
		Class<?> java = feature.getEType().getInstanceClass();
		return new T(null, java == null ? Object.class : box(java), many);
	}

	/** A service method of the checked classes, called on a receiver with arguments. */
	private T call(T receiver, String name, List<T> arguments) throws CheckError {
		if (receiver == null) {
			throw new CheckError("'self' is not defined here; use a variable of the tool");
		}
		if (receiver.many()) {
			throw new CheckError("service " + name + " called on " + receiver + "; services take one object");
		}
		List<String> seen = new ArrayList<>();
		for (Class<?> service : services) {
			for (Method method : service.getMethods()) {
				if (!method.getName().equals(name) || method.getDeclaringClass() == Object.class) {
					continue;
				}
				seen.add(signature(method));
				Class<?>[] parameters = method.getParameterTypes();
				if (parameters.length != arguments.size() + 1 || !accepts(parameters[0], receiver)) {
					continue;
				}
				boolean fits = true;
				for (int i = 0; i < arguments.size(); i++) {
					fits &= accepts(parameters[i + 1], arguments.get(i));
				}
				if (fits) {
					return returned(method);
				}
			}
		}
		String called = name + "(" + receiver + (arguments.isEmpty() ? "" : ", ")
				+ String.join(", ", arguments.stream().map(T::toString).toList()) + ")";
		throw new CheckError(seen.isEmpty() ? "no service named " + name
				: "no service " + called + "; there are " + String.join(", ", seen));
	}

	private static boolean accepts(Class<?> parameter, T argument) {
		if (argument.many()) {
			return Collection.class.isAssignableFrom(parameter);
		}
		return box(parameter).isAssignableFrom(argument.javaType());
	}

	private T returned(Method method) {
		Class<?> type = method.getReturnType();
		if (Collection.class.isAssignableFrom(type)) {
			Type generic = method.getGenericReturnType();
			if (generic instanceof ParameterizedType parameterized
					&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
				T single = returnedSingle(element);
				return new T(single.eClass(), single.java(), true);
			}
			return new T(null, Object.class, true);
		}
		return returnedSingle(type);
	}

	private static T returnedSingle(Class<?> type) {
		for (EClassifier classifier : WpoPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && type.equals(eClass.getInstanceClass())) {
				return T.of(eClass);
			}
		}
		if (EObject.class.equals(type)) {
			return T.of(EcorePackage.Literals.EOBJECT);
		}
		return T.value(box(type));
	}

	private static String signature(Method method) {
		return method.getName() + "(" + String.join(", ",
				java.util.Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList()) + ")";
	}

	private static Class<?> box(Class<?> type) {
		if (type == boolean.class) {
			return Boolean.class;
		}
		if (type == int.class) {
			return Integer.class;
		}
		return type;
	}

	private EClass wpoClass(EObject owner, String name) {
		if (name == null) {
			problem(owner, "names no domain class");
			return null;
		}
		String[] parts = name.split("::|\\.");
		if (parts.length != 2 || !"wpo".equals(parts[0])) {
			problem(owner, "domain class '" + name + "' is not written wpo::Class");
			return null;
		}
		if (!(WpoPackage.eINSTANCE.getEClassifier(parts[1]) instanceof EClass eClass)) {
			problem(owner, "domain class '" + name + "' is not a class of the WPO metamodel");
			return null;
		}
		return eClass;
	}

	private static boolean related(EClass a, EClass b) {
		return a == b || a.isSuperTypeOf(b) || b.isSuperTypeOf(a);
	}

	// ------------------------------------------------------------------ styles

	private void checkStyles(EObject diagram) {
		for (Map.Entry<EObject, EClass> entry : mappingClass.entrySet()) {
			EObject mapping = entry.getKey();
			if (mappingDiagram.get(mapping) != diagram) {
				continue;
			}
			EClass type = entry.getValue();
			if ("EdgeMapping".equals(mapping.eClass().getName())) {
				checkEdgeStyle(mapping);
			} else if (type == WpoPackage.Literals.ELEMENT) {
				checkElementStyles(mapping);
			} else if (type == WpoPackage.Literals.AREA) {
				int depth = areaDepth(mapping);
				checkContainerStyle(mapping, DiagramStyle.areaFill(depth), DiagramStyle.AREA_STROKE,
						"an area at depth " + depth);
			} else if (type == WpoPackage.Literals.LAYER) {
				checkContainerStyle(mapping, DiagramStyle.LANE_FILL, DiagramStyle.LANE_STROKE, "a layer lane");
			}
		}
	}

	/** How deep an area mapping is among area mappings: 0 for a chapter. */
	private int areaDepth(EObject mapping) {
		int depth = 0;
		for (EObject parent = mapping.eContainer(); parent != null; parent = parent.eContainer()) {
			if (mappingClass.get(parent) == WpoPackage.Literals.AREA) {
				depth++;
			}
		}
		return depth;
	}

	private void checkElementStyles(EObject mapping) {
		checkNodeStyle(mapping, object(mapping, "style"), DiagramStyle.technology(), "default style");
		Set<String> covered = new LinkedHashSet<>();
		for (EObject conditional : list(mapping, "conditionnalStyles")) {
			String predicate = string(conditional, "predicateExpression");
			Matcher matcher = STYLE_KEY.matcher(predicate == null ? "" : predicate);
			if (!matcher.matches()) {
				problem(conditional, "predicate \"" + predicate + "\" is not of the form aql:self.styleKey() = 'kind/status'");
				continue;
			}
			String kind = matcher.group(1);
			Status status = Status.get(matcher.group(2));
			DiagramStyle.NodeStyle base = "technology".equals(kind) ? DiagramStyle.technology()
					: SpecKind.get(kind) == null ? null : DiagramStyle.specification(SpecKind.get(kind));
			if (base == null || status == null) {
				problem(conditional, "'" + matcher.group(1) + "/" + matcher.group(2) + "' is not a kind and status");
				continue;
			}
			if (!covered.add(kind + "/" + status.getLiteral())) {
				problem(conditional, "repeats the style of " + kind + "/" + status.getLiteral());
			}
			checkNodeStyle(conditional, object(conditional, "style"), DiagramStyle.withStatus(base, status),
					kind + "/" + status.getLiteral());
		}
		for (String kind : styleKinds()) {
			for (Status status : Status.VALUES) {
				if (!covered.contains(kind + "/" + status.getLiteral())) {
					problem(mapping, "has no style for " + kind + "/" + status.getLiteral());
				}
			}
		}
	}

	private static List<String> styleKinds() {
		List<String> kinds = new ArrayList<>(SpecKind.VALUES.stream().map(SpecKind::getLiteral).toList());
		kinds.add("technology");
		return kinds;
	}

	private void checkNodeStyle(EObject owner, EObject style, DiagramStyle.NodeStyle expected, String what) {
		if (style == null) {
			problem(owner, what + ": no style");
			return;
		}
		String shape = SHAPES.get(expected.shape());
		if (!shape.equals(style.eClass().getName())) {
			problem(owner, what + ": a " + style.eClass().getName() + " where DiagramStyle's " + expected.shape()
					+ " is drawn as " + shape);
		}
		checkColor(owner, style, "color", expected.fill(), what + " fill");
		checkColor(owner, style, "borderColor", expected.stroke(), what + " border");
		checkColor(owner, style, "labelColor", expected.text(), what + " text");
		checkLiteral(owner, style, "borderLineStyle", LINES.get(expected.border()), what + " border line");
	}

	private void checkContainerStyle(EObject mapping, String fill, String stroke, String what) {
		EObject style = object(mapping, "style");
		if (style == null || !"FlatContainerStyleDescription".equals(style.eClass().getName())) {
			problem(mapping, what + ": not a flat container style");
			return;
		}
		checkColor(mapping, style, "backgroundColor", fill, what + " fill");
		checkColor(mapping, style, "foregroundColor", fill, what + " fill");
		checkColor(mapping, style, "borderColor", stroke, what + " border");
		if (!list(mapping, "conditionnalStyles").isEmpty()) {
			problem(mapping, what + ": conditional styles are not checked");
		}
	}

	private void checkEdgeStyle(EObject mapping) {
		String precondition = string(mapping, "preconditionExpression");
		Matcher matcher = KIND_PRECONDITION.matcher(precondition == null ? "" : precondition);
		RelationKind kind = matcher.matches() ? RelationKind.get(matcher.group(1)) : null;
		if (kind == null) {
			problem(mapping, "precondition \"" + precondition + "\" does not name one relation kind with isKind");
			return;
		}
		DiagramStyle.EdgeStyle expected = DiagramStyle.edge(kind);
		EObject style = object(mapping, "style");
		String what = kind.getLiteral() + " edge";
		if (style == null) {
			problem(mapping, what + ": no style");
			return;
		}
		checkColor(mapping, style, "strokeColor", expected.color(), what + " color");
		checkLiteral(mapping, style, "lineStyle", LINES.get(expected.line()), what + " line");
		checkLiteral(mapping, style, "targetArrow", ARROWS.get(expected.arrow()), what + " arrow");
		checkLiteral(mapping, style, "sourceArrow", "NoDecoration", what + " start");
		if (!String.valueOf(expected.width()).equals(string(style, "sizeComputationExpression"))) {
			problem(mapping, what + ": width " + string(style, "sizeComputationExpression") + " where DiagramStyle has "
					+ expected.width());
		}
		if (!list(mapping, "conditionnalStyles").isEmpty()) {
			problem(mapping, what + ": conditional styles are not checked");
		}
	}

	private void checkColor(EObject owner, EObject style, String feature, String expectedHex, String what) {
		EObject color = object(style, feature);
		if (color == null) {
			problem(owner, what + ": no color");
			return;
		}
		String hex = String.format("#%02X%02X%02X", (Integer) color.eGet(feature(color, "red")),
				(Integer) color.eGet(feature(color, "green")), (Integer) color.eGet(feature(color, "blue")));
		if (!hex.equalsIgnoreCase(expectedHex)) {
			problem(owner, what + ": " + hex + " where DiagramStyle has " + expectedHex);
		}
	}

	private void checkLiteral(EObject owner, EObject style, String feature, String expected, String what) {
		Object value = style.eGet(feature(style, feature));
		String actual = value == null ? null : value.toString();
		if (!expected.equals(actual)) {
			problem(owner, what + ": " + actual + " where DiagramStyle gives " + expected);
		}
	}

	// ------------------------------------------------------------------ completeness

	private void checkCompleteness(EObject diagram, List<EObject> layers) {
		String name = string(diagram, "name");
		Set<RelationKind> expectedKinds = switch (name) {
		case "AreaMap" -> java.util.EnumSet.allOf(RelationKind.class);
		case "LayerStack" -> DiagramContent.LAYER_STACK_KINDS;
		case "ProtocolStack" -> StackQuery.STACK_KINDS;
		default -> {
			problem(diagram, "is not one of the three WPO diagrams (AreaMap, LayerStack, ProtocolStack)");
			yield Set.of();
		}
		};
		Map<RelationKind, EObject> edges = new EnumMap<>(RelationKind.class);
		for (EObject layer : layers) {
			for (EObject edge : list(layer, "edgeMappings")) {
				Matcher matcher = KIND_PRECONDITION.matcher(String.valueOf(string(edge, "preconditionExpression")));
				if (matcher.matches() && RelationKind.get(matcher.group(1)) != null) {
					edges.put(RelationKind.get(matcher.group(1)), edge);
				}
			}
		}
		if (!edges.keySet().equals(expectedKinds)) {
			problem(diagram, "draws the relation kinds " + edges.keySet() + ", not " + expectedKinds);
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
				problem(diagram, "has no tool to draw " + literal);
			}
			if (list(edge.getValue(), "reconnections").isEmpty() || object(edge.getValue(), "deletionDescription") == null) {
				problem(edge.getValue(), "cannot be reconnected and deleted with tools");
			}
			boolean filtered = list(diagram, "filters").stream().flatMap(f -> list(f, "filters").stream())
					.anyMatch(f -> list(f, "mappings").equals(List.of(edge.getValue())));
			if (!filtered) {
				problem(diagram, "has no filter to hide " + literal);
			}
		}
		boolean standardsFilter = list(diagram, "filters").stream().flatMap(f -> list(f, "filters").stream())
				.anyMatch(f -> "aql:self.isStandard()".equals(string(f, "semanticConditionExpression")));
		if (!standardsFilter) {
			problem(diagram, "has no filter to hide standards");
		}
		for (Map.Entry<EObject, EClass> entry : mappingClass.entrySet()) {
			EObject mapping = entry.getKey();
			if (mappingDiagram.get(mapping) != diagram || "EdgeMapping".equals(mapping.eClass().getName())
					|| entry.getValue() == WpoPackage.Literals.MODEL) {
				continue;
			}
			if (object(mapping, "labelDirectEdit") == null) {
				problem(mapping, "cannot be renamed by direct edit");
			}
			if (object(mapping, "deletionDescription") == null) {
				problem(mapping, "has no delete tool, so Sirius would delete in memory, behind the text");
			}
		}
	}

	// ------------------------------------------------------------------ reflective access

	private static EStructuralFeature feature(EObject object, String name) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new IllegalArgumentException(object.eClass().getName() + " has no feature " + name);
		}
		return feature;
	}

	@SuppressWarnings("unchecked")
	static List<EObject> list(EObject object, String name) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		if (feature == null) {
			return List.of();
		}
		Object value = object.eGet(feature);
		if (value instanceof List<?> list) {
			return (List<EObject>) list;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	static EObject object(EObject object, String name) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		return feature == null ? null : (EObject) object.eGet(feature);
	}

	static String string(EObject object, String name) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		Object value = feature == null ? null : object.eGet(feature);
		return value == null ? null : value.toString();
	}

	private static String name(EObject object) {
		String name = string(object, "name");
		return name != null ? name : object.eClass().getName();
	}

	/** Where an object is, by the names of its containers: AreaMap/Default/AM_Area/AM_Element. */
	static String path(EObject object) {
		List<String> names = new ArrayList<>();
		for (EObject current = object; current != null && current.eContainer() != null; current = current.eContainer()) {
			names.add(0, name(current));
		}
		return String.join("/", names);
	}

	private void problem(EObject where, String message) {
		problems.add(path(where) + ": " + message);
	}
}
