package org.wpo.edit.internal;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.hooks.IReferenceUpdater;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.wpo.dsl.WpoRuntimeModule;
import org.wpo.dsl.wpo.WpoPackage;

/**
 * The language's runtime bindings for the editing engine, kept apart from any other injector of the
 * language in the same process (an Eclipse editor, the test injector): the engine's resource service
 * registry and validator registry are its own, so creating it registers nothing globally. It adds the
 * change serializer that finds related files through that registry and a reference updater that
 * keeps references qualified where they were written qualified.
 */
public class EditRuntimeModule extends WpoRuntimeModule {

	private final IResourceServiceProvider.Registry serviceProviders = new ResourceServiceProviderRegistryImpl();

	/**
	 * The engine's validators. The language's own is never taken from the global registry: when
	 * another instance of the language registered there first (an Eclipse editor, the tests), Xtext's
	 * registrar would otherwise add the engine's validator to that instance's composite, which keeps
	 * only the first validator of a class, and the engine would report no issue at all.
	 */
	private final EValidator.Registry validators = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE) {
		private static final long serialVersionUID = 1L;

		@Override
		protected Object delegatedGet(Object key) {
			return key == WpoPackage.eINSTANCE ? null : super.delegatedGet(key);
		}
	};

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
