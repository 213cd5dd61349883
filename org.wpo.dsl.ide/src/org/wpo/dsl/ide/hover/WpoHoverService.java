package org.wpo.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Hovers on references and declarations show the declaration's {@link Summary} as Markdown; hovers
 * on a relation kind or another explained keyword show its meaning ({@link KeywordHover}).
 */
public class WpoHoverService extends HoverService {

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		KeywordHover keyword = KeywordHover.at(resource, document.getOffSet(params.getPosition()));
		if (keyword != null) {
			return new Hover(new MarkupContent(MarkupKind.MARKDOWN, keyword.markdown()),
					new Range(document.getPosition(keyword.offset()),
							document.getPosition(keyword.offset() + keyword.length())));
		}
		return super.hover(document, resource, params, cancelIndicator);
	}

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
