package org.wpo.dsl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.Triple;
import org.wpo.dsl.parser.EndPositions;
import org.wpo.dsl.parser.NestingGuardedParser;
import org.wpo.dsl.parser.NestingLimit;
import org.wpo.dsl.validation.WpoIssueCodes;

/**
 * A WPO file's resource: Xtext's, with two of its diagnostics made safe for any input.
 * <ul>
 * <li>Xtext adds a failed reference's diagnostic only when an equal one is not in the file's list
 * yet, searching the list each time: with many unresolved references in one file (100,000 took more
 * than five minutes) that search is quadratic. This resource remembers the diagnostics it added, so
 * that the list is searched only for one that was already added before.</li>
 * <li>Syntax diagnostics compute where they end with {@link EndPositions}, so that a text ending
 * with a lone \r keeps its problems (Xtext read past the text there). Linking and validation
 * problems are placed on semantic nodes, which never include the trailing \r.</li>
 * <li>A text nested beyond the limit, which {@link NestingGuardedParser} read only up to the brace
 * beyond it, has one error at that brace instead of the syntax errors of the unread rest.</li>
 * </ul>
 */
public class WpoResource extends LazyLinkingResource {

	private final Set<Diagnostic> linkingDiagnostics = new HashSet<>();

	@Override
	protected void createAndAddDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (isValidationDisabled()) {
			return;
		}
		DiagnosticMessage message = createDiagnosticMessage(triple);
		if (message == null) {
			return;
		}
		List<Diagnostic> list = getDiagnosticList(message);
		Diagnostic diagnostic = createDiagnostic(triple, message);
		// Not remembered means not in the list, since only this method adds linking diagnostics;
		// remembered is checked against the list, which may have lost it since.
		if (linkingDiagnostics.add(diagnostic) || !list.contains(diagnostic)) {
			list.add(diagnostic);
		}
	}

	@Override
	protected void clearErrorsAndWarnings() {
		super.clearErrorsAndWarnings();
		linkingDiagnostics.clear();
	}

	@Override
	protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode node) {
		int before = diagnostics.size();
		super.addSyntaxDiagnostic(diagnostics, node);
		for (int i = before; i < diagnostics.size(); i++) {
			if (diagnostics.get(i).getClass() == XtextSyntaxDiagnostic.class) {
				diagnostics.set(i, new SyntaxDiagnostic(node));
			}
		}
	}

	@Override
	protected void addSyntaxErrors() {
		super.addSyntaxErrors();
		if (getParseResult() instanceof NestingGuardedParser.Stopped stopped) {
			int brace = stopped.braceOffset();
			getErrors().removeIf(error -> error instanceof XtextSyntaxDiagnostic syntax && syntax.getOffset() > brace);
			INode node = NodeModelUtils.findLeafNodeAtOffset(stopped.getRootNode(), brace);
			if (node != null) {
				getErrors().add(new NestingDiagnostic(node));
			}
		}
	}

	/** The brace that opens the level beyond the nesting limit. */
	static final class NestingDiagnostic extends AbstractDiagnostic {

		private final INode brace;

		NestingDiagnostic(INode brace) {
			this.brace = brace;
		}

		@Override
		protected INode getNode() {
			return brace;
		}

		@Override
		public String getCode() {
			return WpoIssueCodes.NESTING_TOO_DEEP;
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		public String getMessage() {
			return NestingLimit.MESSAGE + "; the text after it is not read.";
		}
	}

	static final class SyntaxDiagnostic extends XtextSyntaxDiagnostic {

		SyntaxDiagnostic(INode node) {
			super(node);
		}

		@Override
		public int getLineEnd() {
			return EndPositions.of(getNode(), getOffset() + getLength()).getLine();
		}

		@Override
		public int getColumnEnd() {
			return EndPositions.of(getNode(), getOffset() + getLength()).getColumn();
		}
	}
}
