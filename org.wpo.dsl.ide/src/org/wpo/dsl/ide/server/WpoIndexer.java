package org.wpo.dsl.ide.server;

import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.wpo.dsl.naming.IndexedResourceDescription;

/**
 * Xtext's indexer, keeping the imported names of a changed WPO file in the index it builds before
 * deciding which other files the change affects: they carry the file's fingerprints, by which an edit
 * that other files cannot see (a title, a remark) rebuilds no other file
 * ({@link org.wpo.dsl.naming.WpoResourceDescriptionManager}).
 */
public class WpoIndexer extends Indexer {

	@Override
	protected IResourceDescription getResolvedResourceDescription(IResourceDescription description) {
		return IndexedResourceDescription.of(description);
	}
}
