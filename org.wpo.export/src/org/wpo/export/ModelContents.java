package org.wpo.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.ProductSet;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Technology;

/** The declarations of a set of files, each kind in file and document order. */
public final class ModelContents {

	public final List<Area> areas = new ArrayList<>();
	public final List<Specification> specifications = new ArrayList<>();
	public final List<Technology> technologies = new ArrayList<>();
	public final List<Relation> relations = new ArrayList<>();
	public final List<Product> products = new ArrayList<>();

	private final java.util.Map<EObject, Integer> order = new java.util.IdentityHashMap<>();

	/** The position of a declaration among all declarations, in file and document order. */
	public int order(EObject object) {
		return order.getOrDefault(object, Integer.MAX_VALUE);
	}

	public static ModelContents of(List<Resource> resources) {
		ModelContents contents = new ModelContents();
		for (Resource resource : resources) {
			TreeIterator<EObject> all = resource.getAllContents();
			while (all.hasNext()) {
				EObject object = all.next();
				contents.order.put(object, contents.order.size());
				if (object instanceof Area area) {
					contents.areas.add(area);
				} else if (object instanceof Specification specification) {
					contents.specifications.add(specification);
				} else if (object instanceof Technology technology) {
					contents.technologies.add(technology);
				} else if (object instanceof Relation relation) {
					contents.relations.add(relation);
					all.prune();
				} else if (object instanceof ProductSet set) {
					contents.products.addAll(set.getProducts());
					all.prune();
				}
			}
		}
		return contents;
	}
}
