package org.wpo.edit.internal;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.ide.serializer.hooks.IUpdatableReference;
import org.eclipse.xtext.ide.serializer.impl.ReferenceUpdater;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.wpo.dsl.naming.WpoResourceDescriptionStrategy;

import com.google.inject.Inject;

/**
 * Rewrites a reference to a renamed object with a name of the same form as before: a reference
 * written {@code acme::X} stays qualified, one written {@code X} stays short, and a name is preferred
 * to an alias.
 */
public class QualifiedReferenceUpdater extends ReferenceUpdater {

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Inject
	private IValueConverterService valueConverter;

	@Inject
	private LinkingHelper linkingHelper;

	@Override
	protected String findValidName(IUpdatableReference updatable, IScope scope) {
		QualifiedName before = getQualifiedName(updatable);
		int segments = before == null ? 1 : before.getSegmentCount();
		String ruleName = linkingHelper.getRuleNameFrom(updatable.getCrossReference());
		String sameForm = null;
		String anyName = null;
		for (IEObjectDescription description : scope.getElements(updatable.getTargetEObject())) {
			if (description.getUserData(WpoResourceDescriptionStrategy.ALIAS_OF) != null) {
				continue;
			}
			String written;
			try {
				written = valueConverter.toString(nameConverter.toString(description.getName()), ruleName);
			} catch (ValueConverterException e) {
				continue;
			}
			if (sameForm == null && description.getName().getSegmentCount() == segments) {
				sameForm = written;
			}
			if (anyName == null) {
				anyName = written;
			}
		}
		if (sameForm != null) {
			return sameForm;
		}
		return anyName != null ? anyName : super.findValidName(updatable, scope);
	}
}
