package org.wpo.dsl.ui.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ui.editor.hover.html.DefaultEObjectHoverProvider;
import org.wpo.dsl.ide.hover.Summary;

/** Hovers show the same summary as the language server's, as HTML. */
public class WpoHoverProvider extends DefaultEObjectHoverProvider {

	@Override
	protected boolean hasHover(EObject object) {
		return Summary.of(object) != null;
	}

	@Override
	protected String getHoverInfoAsHtml(EObject object) {
		Summary summary = Summary.of(object);
		return summary == null ? super.getHoverInfoAsHtml(object) : summary.toHtml();
	}
}
