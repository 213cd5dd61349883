package org.wpo.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.wpo.dsl.model.ResourceSetCache;

/**
 * Xtext's validation of one file, run while the files of its resource set are held unchanged: the
 * rules that read the whole model (the relation graph, the product lines) then find it computed once
 * for the file, instead of asking every file whether it changed for every element they check.
 */
public class WpoResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		return ResourceSetCache.whileUnchanged(resource.getResourceSet(),
				() -> super.validate(resource, mode, indicator));
	}
}
