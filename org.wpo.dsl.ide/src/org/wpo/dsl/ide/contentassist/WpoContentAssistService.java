package org.wpo.dsl.ide.contentassist;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.wpo.dsl.parser.NestingGuardedParser;

/**
 * No completion in a file nested beyond the limit: the parser read it only up to the brace beyond,
 * and the completion parser, which has no such guard, overflowed its stack on it.
 *
 * Completion items whose replaced range starts on the caret's line are positioned from the caret
 * alone. Xtext's default finds the start by counting lines from the top of the document for every
 * item, which made completion near the end of a 5,000-line file take about 100 ms for a thousand
 * proposals; this keeps it independent of the file's length.
 */
public class WpoContentAssistService extends ContentAssistService {

	@Override
	protected void createProposals(String document, TextRegion selection, int caretOffset, XtextResource resource,
			IIdeContentProposalAcceptor acceptor) {
		if (resource.getParseResult() instanceof NestingGuardedParser.Stopped) {
			return;
		}
		super.createProposals(document, selection, caretOffset, resource, acceptor);
	}

	@Override
	protected CompletionItem toCompletionItem(ContentAssistEntry entry, int caretOffset, Position caretPosition,
			Document document) {
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		if (prefix.indexOf('\n') >= 0 || prefix.indexOf('\r') >= 0 || prefix.length() > caretPosition.getCharacter()
				|| !entry.getTextReplacements().isEmpty()) {
			return super.toCompletionItem(entry, caretOffset, caretPosition, document);
		}
		// The base class computes everything else; only the start of the edit is taken from the caret.
		Document sameLine = new Document(document.getVersion(), "") {
			@Override
			public Position getPosition(int offset) {
				return new Position(caretPosition.getLine(),
						caretPosition.getCharacter() - (caretOffset - offset));
			}
		};
		return super.toCompletionItem(entry, caretOffset, caretPosition, sameLine);
	}
}
