package org.wpo.dsl.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.WpoPackage;

/** Names the kind of thing that was looked for and the name that did not resolve. */
public class WpoLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String message = "Unresolved reference: no " + describe(type) + " named '" + context.getLinkText()
				+ "' is visible here.";
		return new DiagnosticMessage(message, Severity.ERROR, WpoIssueCodes.UNRESOLVED_REFERENCE,
				context.getLinkText());
	}

	static String describe(EClass type) {
		if (type == WpoPackage.Literals.ELEMENT) {
			return "specification or technology";
		}
		if (type == WpoPackage.Literals.AREA) {
			return "area or section";
		}
		if (type == WpoPackage.Literals.LAYER) {
			return "layer";
		}
		if (type == WpoPackage.Literals.PRODUCT) {
			return "product";
		}
		return type.getName();
	}
}
