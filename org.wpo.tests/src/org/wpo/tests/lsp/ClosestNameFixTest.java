package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * An unresolved reference: the diagnostic names the closest visible names and the server offers one
 * quick fix per name, which writes it instead, then the fix that creates the missing element.
 */
class ClosestNameFixTest extends LanguageServerTestBase {

	static final String MAIN = """
			model lab
			import mswpo

			area 1 "Files" {
				protocol MS-FILES "File access" {
					runs-over MS-SBM2
					uses "nammed pipes"
				}
			}
			""";

	private List<CodeAction> actions(String uri, String messagePart) throws Exception {
		List<Diagnostic> found = getDiagnostics().getOrDefault(uri, List.of()).stream()
				.filter(d -> d.getMessage().getLeft().contains(messagePart)).toList();
		Assertions.assertEquals(1, found.size(), () -> messagePart + " in " + diagnosticLines(uri));
		Diagnostic diagnostic = found.get(0);
		CodeActionParams params = new CodeActionParams(document(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<CodeAction> actions = new ArrayList<>();
		for (var action : languageServer.codeAction(params).get()) {
			actions.add(action.getRight());
		}
		return actions;
	}

	@Test
	void oneFixPerClosestName() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		Assertions.assertEquals(List.of("6:13 error wpo.unresolved-reference Unresolved reference: no specification or technology"
				+ " named 'MS-SBM2' is visible here; closest names: MS-SMB2, MS-SCMR, MS-SMB.",
				"7:8 error wpo.unresolved-reference Unresolved reference: no specification or technology named"
						+ " 'nammed pipes' is visible here; closest names: named pipes, named pipe."),
				diagnosticLines(uri));
		List<CodeAction> actions = actions(uri, "'MS-SBM2'");
		Assertions.assertEquals(List.of("Change to MS-SMB2", "Change to MS-SCMR", "Change to MS-SMB", "Create protocol MS-SBM2"),
				actions.stream().map(CodeAction::getTitle).toList());

		String fixed = apply(MAIN, actions.get(0).getEdit().getChanges().get(uri));
		Assertions.assertEquals(MAIN.replace("runs-over MS-SBM2", "runs-over MS-SMB2"), fixed);
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(fixed))));
		assertTrue(diagnosticLines(uri).stream().noneMatch(line -> line.contains("MS-SBM2")),
				diagnosticLines(uri)::toString);
	}

	@Test
	void aNameThatIsNoIdentifierIsWrittenAsAString() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		List<CodeAction> actions = actions(uri, "'nammed pipes'");
		Assertions.assertEquals(List.of("Change to named pipes", "Change to named pipe", "Create technology nammed pipes"),
				actions.stream().map(CodeAction::getTitle).toList());
		Assertions.assertEquals(MAIN.replace("uses \"nammed pipes\"", "uses \"named pipes\""),
				apply(MAIN, actions.get(0).getEdit().getChanges().get(uri)));
	}
}
