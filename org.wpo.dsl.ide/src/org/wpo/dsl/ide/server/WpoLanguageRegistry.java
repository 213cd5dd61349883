package org.wpo.dsl.ide.server;

import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.wpo.dsl.ide.WpoIdeSetup;

import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The languages the server knows: the WPO language, set up directly rather than found through
 * {@code java.util.ServiceLoader}, which depends on the class loader (OSGi, a shaded jar).
 */
@Singleton
public class WpoLanguageRegistry implements Provider<IResourceServiceProvider.Registry> {

	private final IResourceServiceProvider.Registry registry;

	public WpoLanguageRegistry() {
		registry = new ResourceServiceProviderRegistryImpl();
		Injector language = new WpoIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider provider = language.getInstance(IResourceServiceProvider.class);
		for (String extension : language.getInstance(FileExtensionProvider.class).getFileExtensions()) {
			registry.getExtensionToFactoryMap().put(extension, provider);
		}
	}

	@Override
	public IResourceServiceProvider.Registry get() {
		return registry;
	}
}
