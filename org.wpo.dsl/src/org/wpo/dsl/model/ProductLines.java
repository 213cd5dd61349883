package org.wpo.dsl.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.ProductSet;

/**
 * The product lines of every loaded file: a {@code products} list starts a line, and a list written
 * {@code products after P} continues the line of P after its last product (P must be that last
 * product). The lists of an optional built-in model ({@link BuiltInLibrary#OPTIONAL_NAMESPACES}) belong
 * to a line only when some file imports that model. A line is ordered from the oldest product to the newest; ranges such as
 * {@code applies from A to B} run along one line, across the lists that make it up.
 */
public final class ProductLines {

	/** A list that cannot continue its line: it names a product that is not the last of its line. */
	public record Conflict(ProductSet set, String reason) {
	}

	private final Map<Product, List<Product>> lineOf = new IdentityHashMap<>();
	private final Map<ProductSet, Conflict> conflicts = new LinkedHashMap<>();
	/** The lists that continue a line (each is taken once, and is then no conflict). */
	private final Set<ProductSet> continuing = Collections.newSetFromMap(new IdentityHashMap<>());

	private ProductLines() {
	}

	/** The lines of the resource set, computed once per state of its files. */
	public static ProductLines of(EObject context) {
		Resource resource = context.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		if (resourceSet == null) {
			return compute(resource == null ? List.of() : List.of(resource));
		}
		return ResourceSetCache.get(resourceSet, ProductLines.class,
				() -> compute(List.copyOf(resourceSet.getResources())));
	}

	private static ProductLines compute(List<Resource> resources) {
		List<Model> models = new ArrayList<>();
		Set<String> imported = new HashSet<>();
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Model model) {
					models.add(model);
					model.getImports().forEach(i -> imported.add(i.getImportedNamespace()));
				}
			}
		}
		List<ProductSet> sets = new ArrayList<>();
		for (Model model : models) {
			if (model.getName() != null && BuiltInLibrary.OPTIONAL_NAMESPACES.contains(model.getName())
					&& !imported.contains(model.getName())) {
				// An optional built-in model is part of the line only where a file imports it.
				continue;
			}
			model.getMembers().stream().filter(ProductSet.class::isInstance).map(ProductSet.class::cast)
					.forEach(sets::add);
		}
		ProductLines lines = new ProductLines();
		Map<Product, List<ProductSet>> continuations = new IdentityHashMap<>();
		List<ProductSet> starts = new ArrayList<>();
		for (ProductSet set : sets) {
			Product after = set.getAfter();
			if (after == null || after.eIsProxy()) {
				starts.add(set);
			} else {
				continuations.computeIfAbsent(after, p -> new ArrayList<>()).add(set);
			}
		}
		// Where two lists continue the same product, the one of a model that others import comes first:
		// it is the one that stays, and the other is the conflict, reported in the importing file.
		for (List<ProductSet> candidates : continuations.values()) {
			candidates.sort(java.util.Comparator.comparing(set -> !imported.contains(((Model) set.eContainer()).getName())));
		}
		for (ProductSet start : starts) {
			List<Product> line = new ArrayList<>();
			// Each list joins a line once (next() never chooses a list that continues one already), so an
			// empty list after the last product leaves that product last and the loop ends.
			ProductSet current = start;
			while (current != null) {
				line.addAll(current.getProducts());
				current = lines.next(line, continuations);
			}
			List<Product> view = Collections.unmodifiableList(line);
			line.forEach(product -> lines.lineOf.put(product, view));
		}
		for (Map.Entry<Product, List<ProductSet>> entry : continuations.entrySet()) {
			for (ProductSet set : entry.getValue()) {
				if (!lines.conflicts.containsKey(set) && !lines.continuing.contains(set)) {
					lines.conflicts.put(set, new Conflict(set, "no line reaches '" + entry.getKey().getName()
							+ "' (the lists continue each other in a circle)"));
				}
			}
		}
		return lines;
	}

	/** The list that continues a line after its last product; others that try to are conflicts. */
	private ProductSet next(List<Product> line, Map<Product, List<ProductSet>> continuations) {
		ProductSet chosen = null;
		for (int i = 0; i < line.size(); i++) {
			for (ProductSet candidate : continuations.getOrDefault(line.get(i), List.of())) {
				if (conflicts.containsKey(candidate) || continuing.contains(candidate)) {
					continue;
				}
				boolean last = i == line.size() - 1;
				if (!last) {
					conflicts.put(candidate, new Conflict(candidate, "'" + line.get(i).getName()
							+ "' is not the last product of its line ('" + line.get(i + 1).getName()
							+ "' follows it" + where(line.get(i + 1)) + "), so the line cannot continue after it"));
				} else if (chosen == null) {
					chosen = candidate;
				} else {
					conflicts.put(candidate, new Conflict(candidate, "the line after '" + line.get(i).getName()
							+ "' is already continued by the products list" + where(chosen)
							+ "; two lists cannot both continue it"));
				}
			}
		}
		if (chosen != null) {
			continuing.add(chosen);
		}
		return chosen;
	}

	private static String where(EObject object) {
		Resource resource = object.eResource();
		if (resource == null) {
			return "";
		}
		org.eclipse.xtext.nodemodel.ICompositeNode node = org.eclipse.xtext.nodemodel.util.NodeModelUtils
				.getNode(object);
		String file = resource.getURI().lastSegment();
		return node == null ? " in " + file : " in " + file + " line " + node.getStartLine();
	}

	/** The whole line a product belongs to, oldest first; the product alone if it is in no line. */
	public List<Product> line(Product product) {
		return lineOf.getOrDefault(product, List.of(product));
	}

	/** Whether two products are in the same line. */
	public boolean sameLine(Product a, Product b) {
		return line(a) == line(b) || line(a).contains(b);
	}

	/** Why a list cannot continue its line, or null when it can. */
	public Conflict conflict(ProductSet set) {
		return conflicts.get(set);
	}
}
