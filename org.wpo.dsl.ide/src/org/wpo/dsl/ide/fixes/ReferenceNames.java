package org.wpo.dsl.ide.fixes;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.wpo.dsl.naming.WpoResourceDescriptionStrategy;

import com.google.inject.Inject;

/** How a fix writes a reference to an object. */
class ReferenceNames {

	@Inject
	private IValueConverterService valueConverters;

	@Inject
	private IQualifiedNameConverter qualifiedNameConverter;

	@Inject
	private IQualifiedNameProvider qualifiedNameProvider;

	/**
	 * The shortest name by which the scope sees the object (its own name rather than an alias), as a
	 * reference writes it; null when the scope does not see it.
	 */
	String referenceText(IScope scope, EObject object) {
		QualifiedName best = null;
		boolean bestIsAlias = true;
		for (IEObjectDescription description : scope.getElements(object)) {
			boolean alias = description.getUserData(WpoResourceDescriptionStrategy.ALIAS_OF) != null;
			QualifiedName name = description.getName();
			boolean better = best == null || (bestIsAlias && !alias)
					|| (alias == bestIsAlias && name.getSegmentCount() < best.getSegmentCount());
			if (better) {
				best = name;
				bestIsAlias = alias;
			}
		}
		if (best == null) {
			best = qualifiedNameProvider.getFullyQualifiedName(object);
		}
		return best == null ? null : valueConverters.toString(qualifiedNameConverter.toString(best), "Ref");
	}
}
