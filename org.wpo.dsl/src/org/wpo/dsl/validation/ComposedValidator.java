package org.wpo.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.wpo.WpoPackage;

/**
 * The base of the validators that {@link WpoValidator} composes ({@code @ComposedChecks}): each
 * checks one concern. Xtext creates them with the language's injector and runs their checks as
 * part of {@link WpoValidator}; they must not register themselves a second time.
 */
abstract class ComposedValidator extends AbstractDeclarativeValidator {

	static final WpoPackage WPO = WpoPackage.eINSTANCE;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(WPO);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// Checked through WpoValidator only.
	}

	/**
	 * The graph of all loaded files, shared by the validation of every file until one of them
	 * changes (the same key as {@link WpoValidator}'s, so one graph serves every check).
	 */
	ModelGraph graph(EObject context) {
		return (ModelGraph) getContext().computeIfAbsent(ModelGraph.class, key -> ModelGraph.shared(context));
	}
}
