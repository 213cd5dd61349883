package org.wpo.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;

import com.google.inject.Singleton;

/**
 * Exports each element under its name and under each of its aliases, so that a relation can point
 * at a technology by any name the document uses for it.
 */
@Singleton
public class WpoResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	/** User data key that marks a description made for an alias. */
	public static final String ALIAS_OF = "aliasOf";

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof Import || object instanceof Relation) {
			return false;
		}
		boolean descend = super.createEObjectDescriptions(object, acceptor);
		if (object instanceof Element element && !element.getAliases().isEmpty()) {
			Model model = EcoreUtil2.getContainerOfType(element, Model.class);
			for (String alias : element.getAliases()) {
				if (alias != null && !alias.isEmpty() && !alias.equals(element.getName())) {
					QualifiedName name = WpoQualifiedNameProvider.qualify(model, alias);
					acceptor.accept(EObjectDescription.create(name, element,
							java.util.Map.of(ALIAS_OF, element.getName())));
				}
			}
		}
		// Elements hold only relations, which export nothing.
		return descend && !(object instanceof Element);
	}
}
