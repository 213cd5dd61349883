package org.wpo.dsl.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.common.collect.Iterables;

/**
 * A WPO file's description whose imported names come from its text ({@link FileFacts}): the names
 * it looks up and declares, its fingerprints and the models it imports, and whether a reference of
 * it is unresolved. Xtext records imported names
 * only through a scope provider that delegates to its global scope, which the WPO one does not, so
 * the default description had none.
 */
public class WpoResourceDescription extends DefaultResourceDescription {

	private final LinkingHelper linkingHelper;

	private final IQualifiedNameConverter converter;

	private volatile Set<QualifiedName> importedNames;

	public WpoResourceDescription(Resource resource, IDefaultResourceDescriptionStrategy strategy,
			IResourceScopeCache cache, LinkingHelper linkingHelper, IQualifiedNameConverter converter) {
		super(resource, strategy, cache);
		this.linkingHelper = linkingHelper;
		this.converter = converter;
	}

	@Override
	public Iterable<QualifiedName> getImportedNames() {
		Set<QualifiedName> names = importedNames;
		if (names == null) {
			if (!(getResource() instanceof XtextResource resource)) {
				return super.getImportedNames();
			}
			List<QualifiedName> exported = new ArrayList<>();
			for (IEObjectDescription description : getExportedObjects()) {
				exported.add(description.getName());
			}
			names = FileFacts.importedNames(resource, exported, linkingHelper, converter);
			importedNames = names;
		}
		// Known only once the file is linked: the index keeps the copy made then.
		return FileFacts.hasUnresolvedReferences(getResource()) ? Iterables.concat(FileFacts.UNRESOLVED_MARKER, names)
				: names;
	}
}
