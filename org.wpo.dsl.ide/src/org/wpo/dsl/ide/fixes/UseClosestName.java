package org.wpo.dsl.ide.fixes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.INode;
import org.wpo.dsl.scoping.VisibleNames;

import com.google.inject.Inject;

/**
 * {@code wpo.unresolved-reference}: write one of the closest visible names instead, one fix per name
 * that the diagnostic's message lists ({@link VisibleNames}), closest first.
 */
class UseClosestName {

	/** The rule references are written with. */
	private static final String REF_RULE = "Ref";

	@Inject
	private VisibleNames visibleNames;

	@Inject
	private IValueConverterService valueConverters;

	/**
	 * @param node      the reference's text
	 * @param owner     the object holding the reference
	 * @param reference the reference
	 * @param written   the name as written, without quotes
	 */
	List<Fix> fixes(FixText text, INode node, EObject owner, EReference reference, String written) {
		return visibleNames.closest(owner, reference, written).stream()
				.map(name -> new Fix("Change to " + name,
						List.of(text.replace(node, valueConverters.toString(name, REF_RULE)))))
				.toList();
	}
}
