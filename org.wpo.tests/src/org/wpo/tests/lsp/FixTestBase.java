package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;

/** What the tests of code actions share: asking for the fixes of one diagnostic, applying one. */
abstract class FixTestBase extends LanguageServerTestBase {

	private int version = 1;

	/** The code actions offered for the diagnostic with this code whose message contains the text. */
	List<CodeAction> actions(String uri, String code, String messagePart) throws Exception {
		Diagnostic diagnostic = diagnostic(uri, code, messagePart);
		CodeActionParams params = new CodeActionParams(document(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<CodeAction> actions = new ArrayList<>();
		for (var action : languageServer.codeAction(params).get()) {
			actions.add(action.getRight());
			Assertions.assertEquals(CodeActionKind.QuickFix, action.getRight().getKind());
			Assertions.assertEquals(List.of(diagnostic), action.getRight().getDiagnostics());
		}
		return actions;
	}

	Diagnostic diagnostic(String uri, String code, String messagePart) {
		List<Diagnostic> found = getDiagnostics().getOrDefault(uri, List.of()).stream()
				.filter(d -> code.equals(d.getCode().getLeft()) && d.getMessage().getLeft().contains(messagePart)).toList();
		Assertions.assertEquals(1, found.size(), () -> code + " " + messagePart + " in " + diagnosticLines(uri));
		return found.get(0);
	}

	static List<String> titles(List<CodeAction> actions) {
		return actions.stream().map(CodeAction::getTitle).toList();
	}

	/** Applies the action's edits to the file and lets the server check the result. */
	String applyAndCheck(String uri, String text, CodeAction action) {
		Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
		Assertions.assertEquals(List.of(uri), List.copyOf(changes.keySet()));
		String fixed = apply(text, changes.get(uri));
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
				List.of(new TextDocumentContentChangeEvent(fixed))));
		return fixed;
	}

	static String replaceOnce(String text, String from, String to) {
		int at = text.indexOf(from);
		assertTrue(at >= 0, from);
		return text.substring(0, at) + to + text.substring(at + from.length());
	}
}
