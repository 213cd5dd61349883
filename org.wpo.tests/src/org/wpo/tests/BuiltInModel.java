package org.wpo.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.LayerSet;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.ProductSet;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.WpoPackage;

/** The built-in model loaded once, with look-ups by name for the tests of its facts. */
final class BuiltInModel {

	private static BuiltInModel instance;

	final XtextResourceSet resourceSet;
	final List<Issue> issues;
	final ModelGraph graph;
	final Map<String, Area> areas = new LinkedHashMap<>();
	final Map<String, Element> elements = new LinkedHashMap<>();
	final Map<String, Element> aliases = new LinkedHashMap<>();
	final List<Relation> relations = new ArrayList<>();
	final List<Product> products = new ArrayList<>();
	final List<Layer> layers = new ArrayList<>();

	private BuiltInModel(XtextResourceSet resourceSet, WpoTestSupport support) {
		this.resourceSet = resourceSet;
		BuiltInLibrary.load(resourceSet);
		EcoreUtil.resolveAll(resourceSet);
		this.issues = support.validate(resourceSet);
		this.graph = ModelGraph.of(resourceSet);
		for (Resource resource : resourceSet.getResources()) {
			resource.getAllContents().forEachRemaining(this::index);
		}
	}

	static synchronized BuiltInModel get(XtextResourceSet fresh, WpoTestSupport support) {
		if (instance == null) {
			instance = new BuiltInModel(fresh, support);
		}
		return instance;
	}

	private void index(EObject object) {
		if (object instanceof Area area) {
			areas.put(area.getName(), area);
		} else if (object instanceof Element element) {
			elements.put(element.getName(), element);
			element.getAliases().forEach(alias -> aliases.put(alias, element));
		} else if (object instanceof Relation relation) {
			relations.add(relation);
		} else if (object instanceof ProductSet set && set.getAfter() == null) {
			// The products of MS-WPO; the optional model of later releases continues them.
			products.addAll(set.getProducts());
		} else if (object instanceof LayerSet set) {
			layers.addAll(set.getLayers());
		}
	}

	/** The element of that name or alias; fails when there is none. */
	Element element(String name) {
		Element element = elements.containsKey(name) ? elements.get(name) : aliases.get(name);
		if (element == null) {
			throw new AssertionError("The model has no element named " + name);
		}
		return element;
	}

	Specification specification(String name) {
		Element element = element(name);
		if (!(element instanceof Specification specification)) {
			throw new AssertionError(name + " is not a specification");
		}
		return specification;
	}

	List<Specification> specifications() {
		return elements.values().stream().filter(Specification.class::isInstance).map(Specification.class::cast)
				.collect(Collectors.toList());
	}

	Area area(String name) {
		Area area = areas.get(name);
		if (area == null) {
			throw new AssertionError("The model has no area " + name);
		}
		return area;
	}

	/** The edges of one kind from an element to another, each with the section that states it. */
	List<ModelGraph.Edge> edges(String source, RelationKind kind, String target) {
		Element from = element(source);
		Element to = element(target);
		return graph.outgoing(from).stream().filter(e -> e.kind() == kind && e.target() == to)
				.collect(Collectors.toList());
	}

	/** The section names cited by the relations of one kind from source to target. */
	Set<String> relationSections(String source, RelationKind kind, String target) {
		return edges(source, kind, target).stream()
				.map(e -> e.relation().getSection() == null ? "" : e.relation().getSection().getName())
				.collect(Collectors.toSet());
	}

	/** The area an element is placed in: the one it is declared in, or the one its area feature names. */
	static Area home(Element element) {
		if (element.getArea() != null) {
			return element.getArea();
		}
		return element.eContainer() instanceof Area area ? area : null;
	}

	/** The chapter (top-level area) an area belongs to. */
	static Area chapter(Area area) {
		Area current = area;
		while (current.eContainer() instanceof Area parent) {
			current = parent;
		}
		return current;
	}

	/** The names of the products an element applies to, in product order, or empty when unrestricted. */
	static Optional<List<String>> products(Element element) {
		return Availability.of(element).map(set -> set.stream().map(Product::getName).collect(Collectors.toList()));
	}

	static boolean statusSet(Element element) {
		return element.eIsSet(WpoPackage.Literals.ELEMENT__STATUS);
	}
}
