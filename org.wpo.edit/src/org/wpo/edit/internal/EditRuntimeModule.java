package org.wpo.edit.internal;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.hooks.IReferenceUpdater;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.wpo.dsl.WpoRuntimeModule;

/**
 * The language's runtime bindings for the editing engine, kept apart from any other injector of the
 * language in the same process (an Eclipse editor, the test injector): the engine's resource service
 * registry and validator registry are its own, so creating it registers nothing globally. It adds the
 * change serializer that finds related files through that registry and a reference updater that
 * keeps references qualified where they were written qualified.
 */
public class EditRuntimeModule extends WpoRuntimeModule {

	private final IResourceServiceProvider.Registry serviceProviders = new ResourceServiceProviderRegistryImpl();

	private final EValidator.Registry validators = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);

	@Override
	public IResourceServiceProvider.Registry bindIResourceServiceProvider$Registry() {
		return serviceProviders;
	}

	@Override
	public EValidator.Registry bindEValidatorRegistry() {
		return validators;
	}

	public Class<? extends IChangeSerializer> bindIChangeSerializer() {
		return EditChangeSerializer.class;
	}

	public Class<? extends IReferenceUpdater> bindIReferenceUpdater() {
		return QualifiedReferenceUpdater.class;
	}

	/** The registry that the engine's injector answers for every .wpo file. */
	public IResourceServiceProvider.Registry serviceProviders() {
		return serviceProviders;
	}
}
