package org.wpo.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.SelectableBasedScope;
import org.eclipse.xtext.scoping.impl.ScopeBasedSelectable;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.FilteringScope;
import org.eclipse.xtext.scoping.impl.ImportScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Model;

import com.google.inject.Inject;

/**
 * Every reference sees all elements of the loaded files by their qualified names
 * ({@code mswpo::MS-RPCE}); names of the file's own model namespace and of each imported namespace
 * are also visible unqualified. Files without a model name share the unnamed namespace. An optional
 * built-in model's names are visible only where it is imported.
 */
public class WpoScopeProvider implements IScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	@Inject
	private ResourceDescriptionsProvider resourceDescriptionsProvider;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		// Other files come from the index; the file's own names from its current description, so that
		// an index entry made before the file's latest edit never shadows what the file says now.
		IScope global = IScope.NULLSCOPE;
		if (resource != null) {
			global = SelectableBasedScope.createScope(global,
					new OtherFiles(resourceDescriptionsProvider.getResourceDescriptions(resource), resource.getURI()),
					reference.getEReferenceType(), false);
			global = SelectableBasedScope.createScope(global, descriptionManager.getResourceDescription(resource),
					reference.getEReferenceType(), false);
		}
		Namespaces namespaces = namespaces(resource);
		global = withoutOptionalModelsNotImported(global, namespaces);
		ISelectable all = new ScopeBasedSelectable(global);
		IScope result = global;
		if (!namespaces.imported().isEmpty()) {
			result = new ImportScope(namespaces.imported(), result, all, reference.getEReferenceType(), false);
		}
		// The file's own namespace is asked first, so its names shadow imported ones.
		if (namespaces.own() != null) {
			result = new ImportScope(List.of(namespaces.own()), result, all, reference.getEReferenceType(), false);
		}
		return result;
	}

	/**
	 * The names of an optional built-in model ({@link BuiltInLibrary#OPTIONAL_NAMESPACES}) are visible
	 * only in files that import it or belong to it, qualified or not.
	 */
	private static IScope withoutOptionalModelsNotImported(IScope global, Namespaces namespaces) {
		List<String> visible = new ArrayList<>();
		namespaces.imported().forEach(n -> visible.add(n.getImportedNamespacePrefix().getFirstSegment()));
		if (namespaces.own() != null) {
			visible.add(namespaces.own().getImportedNamespacePrefix().getFirstSegment());
		}
		if (visible.containsAll(BuiltInLibrary.OPTIONAL_NAMESPACES)) {
			return global;
		}
		return new FilteringScope(global, description -> {
			QualifiedName name = description.getQualifiedName();
			return name.getSegmentCount() < 2 || !BuiltInLibrary.OPTIONAL_NAMESPACES.contains(name.getFirstSegment())
					|| visible.contains(name.getFirstSegment());
		});
	}

	/** The file's own model namespace (or null) and the namespaces it imports. */
	record Namespaces(ImportNormalizer own, List<ImportNormalizer> imported) {
	}

	Namespaces namespaces(Resource resource) {
		if (resource == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Model model)) {
			return new Namespaces(null, List.of());
		}
		return cache.get(WpoScopeProvider.class, resource, () -> {
			List<ImportNormalizer> imported = new ArrayList<>();
			for (Import anImport : model.getImports()) {
				addNamespace(imported, anImport.getImportedNamespace());
			}
			List<ImportNormalizer> own = new ArrayList<>();
			addNamespace(own, model.getName());
			return new Namespaces(own.isEmpty() ? null : own.get(0), imported);
		});
	}

	private static void addNamespace(List<ImportNormalizer> normalizers, String namespace) {
		if (namespace != null && !namespace.isEmpty()) {
			normalizers.add(new ImportNormalizer(QualifiedName.create(namespace), true, false));
		}
	}
}
