package org.wpo.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.naming.ClosestNames;
import org.wpo.dsl.naming.WpoQualifiedNameConverter;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.LayerSet;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.ProductSet;
import org.wpo.dsl.wpo.Relation;

/**
 * The elements and areas of a set of loaded files, found by name, alias or qualified name, and the
 * relation graph between them.
 */
public final class ModelIndex {

	private final List<Element> elements = new ArrayList<>();
	private final List<Area> areas = new ArrayList<>();
	private final List<Layer> layers = new ArrayList<>();
	private final List<Product> products = new ArrayList<>();
	private final Map<String, Element> byName = new LinkedHashMap<>();
	private final Map<String, Element> aliases = new LinkedHashMap<>();
	private final Map<String, List<Element>> declarations = new LinkedHashMap<>();
	private final ModelGraph graph;
	private final NamespaceOrder namespaces;

	private ModelIndex(List<Resource> resources, ModelGraph graph) {
		this.graph = graph;
		this.namespaces = NamespaceOrder.of(resources);
		for (Resource resource : resources) {
			TreeIterator<EObject> all = resource.getAllContents();
			while (all.hasNext()) {
				EObject object = all.next();
				if (object instanceof Element element) {
					add(element);
				} else if (object instanceof Area area) {
					areas.add(area);
				} else if (object instanceof LayerSet set) {
					layers.addAll(set.getLayers());
				} else if (object instanceof ProductSet set) {
					products.addAll(set.getProducts());
					all.prune();
				} else if (object instanceof Relation) {
					all.prune();
				}
			}
		}
	}

	/** Everything loaded in the resource set: the user's files and the libraries they import. */
	public static ModelIndex of(ResourceSet resourceSet) {
		return new ModelIndex(List.copyOf(resourceSet.getResources()), ModelGraph.of(resourceSet));
	}

	private void add(Element element) {
		elements.add(element);
		if (element.getName() == null) {
			return;
		}
		Element known = byName.get(element.getName());
		if (known == null || namespaces.rank(element) < namespaces.rank(known)) {
			byName.put(element.getName(), element);
		}
		declarations.computeIfAbsent(element.getName(), n -> new ArrayList<>()).add(element);
		Model model = EcoreUtil2.getContainerOfType(element, Model.class);
		if (model != null && model.getName() != null) {
			byName.putIfAbsent(WpoQualifiedNameProvider.qualifiedName(model, element.getName()), element);
		}
		for (String alias : element.getAliases()) {
			aliases.putIfAbsent(alias, element);
		}
	}

	/** The other elements declared with the same name as this one (which the look-up does not choose). */
	public List<Element> shadowed(Element element) {
		return declarations.getOrDefault(element.getName(), List.of()).stream().filter(e -> e != element).toList();
	}

	/** Every product, each list in load order. */
	public List<Product> products() {
		return products;
	}

	/** A product by name or title; exact first, then ignoring case. */
	public Optional<Product> product(String name) {
		for (Product product : products) {
			if (name.equals(product.getName()) || name.equals(product.getTitle())) {
				return Optional.of(product);
			}
		}
		return products.stream().filter(p -> name.equalsIgnoreCase(p.getName()) || name.equalsIgnoreCase(p.getTitle()))
				.findFirst();
	}

	/** Up to {@code max} product names closest to a name that was not found. */
	public List<String> closestProducts(String name, int max) {
		return ClosestNames.closest(name, products.stream().map(Product::getName).distinct().toList(), max);
	}

	public List<Element> elements() {
		return elements;
	}

	public List<Area> areas() {
		return areas;
	}

	/** Every layer in the order the model declares them, highest first. */
	public List<Layer> layers() {
		return layers;
	}

	public ModelGraph graph() {
		return graph;
	}

	/**
	 * An element by short name, name, qualified name or alias; exact first, then ignoring case. A name
	 * declared twice resolves as references in the user's files do: a model namespace before the ones
	 * it imports ({@link NamespaceOrder}), so a user's {@code new protocol MS-SMB2} answers to
	 * MS-SMB2, and {@code mswpo::MS-SMB2} names the built-in one.
	 */
	public Optional<Element> find(String name) {
		Element exact = byName.get(name);
		if (exact == null) {
			exact = aliases.get(name);
		}
		if (exact != null) {
			return Optional.of(exact);
		}
		List<Element> ignoringCase = byName.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue).distinct().toList();
		if (ignoringCase.isEmpty()) {
			ignoringCase = aliases.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
					.map(Map.Entry::getValue).distinct().toList();
		}
		return ignoringCase.size() == 1 ? Optional.of(ignoringCase.get(0)) : Optional.empty();
	}

	/**
	 * Up to {@code max} known names (unqualified names and aliases) closest to a name that was not
	 * found, closest first, as {@link ClosestNames} finds them.
	 */
	public List<String> closest(String name, int max) {
		List<String> known = new ArrayList<>(byName.keySet());
		aliases.keySet().stream().filter(a -> !byName.containsKey(a)).forEach(known::add);
		return ClosestNames.closest(name,
				known.stream().filter(n -> !n.contains(WpoQualifiedNameConverter.DELIMITER)).toList(), max);
	}
}
