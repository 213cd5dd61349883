package org.wpo.dsl.naming;

import java.util.List;

import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * The description Xtext's incremental builder puts into the new index before it decides which files
 * a change affects ({@link ResolvedResourceDescription}), keeping the imported names of a WPO
 * description, which carry its fingerprints ({@link FileFacts}). Xtext's own copy answers no imported
 * names there (it logs an error), so a change could not be told from an unchanged file.
 */
public class IndexedResourceDescription extends ResolvedResourceDescription {

	private final List<QualifiedName> importedNames;

	public IndexedResourceDescription(IResourceDescription original) {
		super(original);
		importedNames = com.google.common.collect.ImmutableList.copyOf(original.getImportedNames());
	}

	/** Xtext's copy of a description, or this one for a WPO description. */
	public static IResourceDescription of(IResourceDescription original) {
		return original instanceof WpoResourceDescription ? new IndexedResourceDescription(original)
				: new ResolvedResourceDescription(original);
	}

	@Override
	public Iterable<QualifiedName> getImportedNames() {
		return importedNames;
	}
}
