package org.wpo.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;

/** Hovers on references and declarations show the declaration's {@link Summary} as Markdown. */
public class WpoHoverService extends HoverService {

	@Override
	public String getContents(EObject element) {
		Summary summary = element == null ? null : Summary.of(element);
		return summary == null ? "" : summary.toMarkdown();
	}

	/** No hover at all (rather than an empty one) where there is nothing to say. */
	@Override
	protected MarkupContent getMarkupContent(HoverContext context) {
		MarkupContent content = super.getMarkupContent(context);
		return content == null || content.getValue().isEmpty() ? null : content;
	}
}
