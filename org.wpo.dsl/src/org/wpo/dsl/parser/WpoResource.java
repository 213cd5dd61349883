package org.wpo.dsl.parser;

import java.util.List;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

/**
 * The WPO resource: Xtext's, except that its syntax diagnostics compute where they end with
 * {@link EndPositions}, so that a text ending with a lone \r keeps its problems. (Linking and
 * validation problems are placed on semantic nodes, which never include the trailing \r.)
 */
public class WpoResource extends LazyLinkingResource {

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
