package org.wpo.dsl.ide.contentassist;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.wpo.dsl.model.KeywordTexts;

/**
 * Proposes keywords that are words (status, runs-over, ...), not punctuation such as braces and
 * commas. Relation kinds and the keywords that qualify relations and declarations (via, only,
 * source, new, after) carry their meaning ({@link KeywordTexts}) as detail and documentation.
 */
public class WpoContentProposalProvider extends IdeContentProposalProvider {

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		String value = keyword.getValue();
		return !value.isEmpty() && Character.isLetter(value.charAt(0)) && super.filterKeyword(keyword, context);
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		String text = KeywordTexts.of(keyword.getValue());
		if (text == null) {
			super._createProposals(keyword, context, acceptor);
			return;
		}
		if (!filterKeyword(keyword, context)) {
			return;
		}
		ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context);
		if (entry != null) {
			entry.setKind(ContentAssistEntry.KIND_KEYWORD);
			entry.setDescription(text.substring(keyword.getValue().length() + 2));
			entry.setDocumentation(text);
			acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
		}
	}
}
