package org.wpo.edit.internal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.serializer.impl.ChangeSerializer;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Inject;

/**
 * Xtext's change serializer, asking the engine's own registry (not the global one) for the services
 * of files that refer to a changed object.
 */
public class EditChangeSerializer extends ChangeSerializer {

	@Inject
	private IResourceServiceProvider.Registry registry;

	@Override
	protected <T> T getService(URI uri, Class<T> clazz) {
		IResourceServiceProvider provider = registry.getResourceServiceProvider(uri);
		if (provider == null) {
			throw new IllegalStateException("no language services for " + uri);
		}
		return provider.get(clazz);
	}
}
