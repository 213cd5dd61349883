package org.wpo.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SelectableBasedScope;
import org.eclipse.xtext.scoping.impl.AbstractGlobalScopeDelegatingScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Model;

import com.google.inject.Inject;

/**
 * Every reference sees all elements of the loaded files by their qualified names
 * ({@code mswpo::MS-RPCE}); names of the file's own model namespace and of each imported namespace
 * are also visible unqualified. Files without a model name share the unnamed namespace.
 */
public class WpoScopeProvider extends AbstractGlobalScopeDelegatingScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		// The global scope leaves out the file itself; its own names come from its description.
		IScope global = getGlobalScope(resource, reference);
		if (resource != null) {
			global = SelectableBasedScope.createScope(global, descriptionManager.getResourceDescription(resource),
					reference.getEReferenceType(), false);
		}
		List<ImportNormalizer> normalizers = namespaceNormalizers(resource);
		if (normalizers.isEmpty()) {
			return global;
		}
		return new ImportScope(normalizers, global, null, reference.getEReferenceType(), false);
	}

	/** The file's own namespace first, so that its names win over imported ones. */
	List<ImportNormalizer> namespaceNormalizers(Resource resource) {
		if (resource == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Model model)) {
			return List.of();
		}
		return cache.get(WpoScopeProvider.class, resource, () -> {
			List<ImportNormalizer> result = new ArrayList<>();
			addNamespace(result, model.getName());
			for (Import anImport : model.getImports()) {
				addNamespace(result, anImport.getImportedNamespace());
			}
			return result;
		});
	}

	private static void addNamespace(List<ImportNormalizer> normalizers, String namespace) {
		if (namespace != null && !namespace.isEmpty()) {
			normalizers.add(new ImportNormalizer(QualifiedName.create(namespace), true, false));
		}
	}
}
