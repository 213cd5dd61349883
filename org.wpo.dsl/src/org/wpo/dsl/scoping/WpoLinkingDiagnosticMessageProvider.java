package org.wpo.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/**
 * Names the kind of thing that was looked for, the name that did not resolve and the closest
 * visible names ({@link VisibleNames}). The issue data are the name as written, then the closest
 * names.
 */
public class WpoLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private VisibleNames visibleNames;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		List<String> closest = visibleNames.closest(context.getContext(), context.getReference(),
				context.getLinkText());
		String message = message(describe(type), context.getLinkText(), closest);
		List<String> data = new ArrayList<>();
		data.add(context.getLinkText());
		data.addAll(closest);
		return new DiagnosticMessage(message, Severity.ERROR, WpoIssueCodes.UNRESOLVED_REFERENCE,
				data.toArray(String[]::new));
	}

	/**
	 * For instance {@code Unresolved reference: no specification or technology named 'MS-SBM2' is
	 * visible here; closest names: MS-SMB2, MS-SMB.}
	 */
	static String message(String kind, String written, List<String> closest) {
		return "Unresolved reference: no " + kind + " named '" + written + "' is visible here"
				+ (closest.isEmpty() ? "" : "; closest names: " + String.join(", ", closest)) + ".";
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
