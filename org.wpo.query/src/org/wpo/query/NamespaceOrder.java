package org.wpo.query;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Model;

/**
 * Which model namespace a short name means first, as references in the user's files resolve it: a
 * file sees its own namespace before the ones it imports. Namespaces that no loaded file imports (the
 * user's own) rank 0, the ones they import 1, what those import 2, and so on; a name declared in
 * two namespaces means the declaration of the lower rank. Files without a model name form the
 * unnamed namespace.
 */
final class NamespaceOrder {

	private final Map<String, Integer> ranks = new HashMap<>();

	private NamespaceOrder() {
	}

	static NamespaceOrder of(List<Resource> resources) {
		Map<String, Set<String>> imports = new LinkedHashMap<>();
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Model model) {
					Set<String> imported = imports.computeIfAbsent(namespace(model), n -> new LinkedHashSet<>());
					for (Import anImport : model.getImports()) {
						if (anImport.getImportedNamespace() != null) {
							imported.add(anImport.getImportedNamespace());
						}
					}
				}
			}
		}
		Set<String> importedByOthers = new HashSet<>();
		imports.forEach((namespace, imported) -> imported.stream().filter(i -> !i.equals(namespace))
				.forEach(importedByOthers::add));
		NamespaceOrder order = new NamespaceOrder();
		Deque<String> queue = new ArrayDeque<>();
		for (String namespace : imports.keySet()) {
			if (!importedByOthers.contains(namespace)) {
				order.ranks.put(namespace, 0);
				queue.add(namespace);
			}
		}
		while (!queue.isEmpty()) {
			String namespace = queue.poll();
			for (String imported : imports.getOrDefault(namespace, Set.of())) {
				if (!order.ranks.containsKey(imported)) {
					order.ranks.put(imported, order.ranks.get(namespace) + 1);
					queue.add(imported);
				}
			}
		}
		return order;
	}

	/** The rank of the namespace that declares an element; namespaces in an import cycle only rank last. */
	int rank(EObject declaration) {
		return ranks.getOrDefault(namespace(EcoreUtil2.getContainerOfType(declaration, Model.class)), Integer.MAX_VALUE);
	}

	private static String namespace(Model model) {
		return model == null || model.getName() == null ? "" : model.getName();
	}
}
