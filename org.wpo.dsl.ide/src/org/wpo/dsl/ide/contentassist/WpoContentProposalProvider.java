package org.wpo.dsl.ide.contentassist;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/** Proposes keywords that are words (status, runs-over, ...), not punctuation such as braces and commas. */
public class WpoContentProposalProvider extends IdeContentProposalProvider {

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		String value = keyword.getValue();
		return !value.isEmpty() && Character.isLetter(value.charAt(0)) && super.filterKeyword(keyword, context);
	}
}
