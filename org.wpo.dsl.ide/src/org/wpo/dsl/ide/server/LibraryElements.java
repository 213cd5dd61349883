package org.wpo.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.wpo.dsl.library.BuiltInLibrary;

/** Tells whether a declaration belongs to the built-in model, which tools show but never change. */
public final class LibraryElements {

	private LibraryElements() {
	}

	/**
	 * Whether the object comes from the built-in model: loaded from the bundle (scheme
	 * {@value BuiltInLibrary#SCHEME}) or, in the language server, from the library's project.
	 */
	public static boolean isBuiltIn(EObject object) {
		Resource resource = object == null ? null : object.eResource();
		if (resource == null) {
			return false;
		}
		URI uri = resource.getURI();
		if (BuiltInLibrary.SCHEME.equals(uri.scheme())) {
			return true;
		}
		ChunkedResourceDescriptions index = resource.getResourceSet() == null ? null
				: ChunkedResourceDescriptions.findInEmfObject(resource.getResourceSet());
		if (index == null) {
			return false;
		}
		ResourceDescriptionsData library = index.getContainer(WpoWorkspaceConfigFactory.LIBRARY_PROJECT);
		return library != null && library.getResourceDescription(uri) != null;
	}
}
