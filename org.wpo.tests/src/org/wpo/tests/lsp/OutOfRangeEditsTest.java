package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import com.google.inject.Inject;

/**
 * Edits whose ranges lie outside the document's text. The server clamps them into the text, as the
 * protocol says for a character beyond the end of a line and as editors do for the rest (see
 * org.wpo.dsl.ide.server.ClampedDocument): a line beyond the last is the end of the text, a negative
 * line or character the start of the text or line, a reversed range the text between its ends. Each
 * test checks the resulting text, the diagnostics of that text, and that a later valid edit applies.
 * Before, Xtext's document threw IndexOutOfBoundsException: the change was lost without a word to the
 * client, and no diagnostics came.
 */
class OutOfRangeEditsTest extends LanguageServerTestBase {

	static final String TEXT = """
			model lab
			area 3 "Edits" {
				technology Alpha
			}
			""";

	static final String EMPTY_AREA = "2:6 warning wpo.empty-area Area '3' is empty: nothing is declared or placed in it,"
			+ " and no element cites it.";

	@Inject
	WorkspaceManager workspaceManager;

	@Inject
	UriExtensions uriExtensions;

	@Test
	void aLineBeyondTheLastIsTheEndOfTheText() {
		String uri = openWorkspace("edit.wpo", TEXT);
		change(uri, range(99, 0, 99, 0), "area 4 {\n\ttechnology Beta\n}\n");
		Assertions.assertEquals(TEXT + "area 4 {\n\ttechnology Beta\n}\n", text(uri));
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
		change(uri, range(4, 5, 4, 6), "5");
		Assertions.assertEquals(TEXT + "area 5 {\n\ttechnology Beta\n}\n", text(uri));
	}

	@Test
	void anEndBeyondTheLastLineReplacesToTheEndOfTheText() {
		String uri = openWorkspace("edit.wpo", TEXT);
		change(uri, range(2, 0, 40, 3), "}\n");
		Assertions.assertEquals("model lab\narea 3 \"Edits\" {\n}\n", text(uri));
		// What is left is an empty area, which the diagnostics of the new text say.
		Assertions.assertEquals(List.of(EMPTY_AREA), diagnosticLines(uri));
	}

	@Test
	void aNegativeLineIsTheStartOfTheTextAndALaterEditRepairsIt() {
		String uri = openWorkspace("edit.wpo", TEXT);
		change(uri, range(-3, 0, -1, 4), "X");
		Assertions.assertEquals("X" + TEXT, text(uri));
		List<String> diagnostics = diagnosticLines(uri);
		Assertions.assertEquals(1, diagnostics.size(), diagnostics::toString);
		assertTrue(diagnostics.get(0).startsWith("1:1 error wpo.syntax-error "), diagnostics::toString);
		change(uri, range(0, 0, 0, 1), "");
		Assertions.assertEquals(TEXT, text(uri));
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}

	@Test
	void aNegativeCharacterIsTheStartOfItsLine() {
		String uri = openWorkspace("edit.wpo", TEXT);
		change(uri, range(2, -7, 2, -1), "\t");
		Assertions.assertEquals(TEXT.replace("\ttechnology", "\t\ttechnology"), text(uri));
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}

	@Test
	void aCharacterBeyondTheEndOfItsLineIsTheEndOfTheLine() {
		String uri = openWorkspace("edit.wpo", TEXT);
		change(uri, range(2, 100, 2, 200), "Gamma");
		Assertions.assertEquals(TEXT.replace("Alpha", "AlphaGamma"), text(uri));
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}

	@Test
	void theEndOfALineEndingInCrLfIsBeforeTheCr() {
		String crlf = TEXT.replace("\n", "\r\n");
		String uri = writeFile("edit.wpo", crlf);
		initialize();
		// Not open(...): Xtext's test support would turn the line breaks into \n.
		languageServer.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "wpo", 1, crlf)));
		Assertions.assertEquals(crlf, text(uri));
		change(uri, range(2, 100, 2, 100), "Gamma");
		Assertions.assertEquals(crlf.replace("Alpha", "AlphaGamma"), text(uri));
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
		change(uri, range(2, 17, 2, 22), "");
		Assertions.assertEquals(crlf, text(uri));
	}

	@Test
	void aRangeThatEndsBeforeItStartsIsTheTextBetween() {
		String uri = openWorkspace("edit.wpo", TEXT);
		change(uri, range(3, 0, 2, 0), "");
		Assertions.assertEquals("model lab\narea 3 \"Edits\" {\n}\n", text(uri));
		// What is left is an empty area, which the diagnostics of the new text say.
		Assertions.assertEquals(List.of(EMPTY_AREA), diagnosticLines(uri));
	}

	@Test
	void changesOfOneNotificationApplyOneAfterTheOther() {
		String uri = openWorkspace("edit.wpo", TEXT);
		List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
		changes.add(new TextDocumentContentChangeEvent(range(99, 0, 99, 0), "area 4 {\n\ttechnology Beta\n}\n"));
		// Refers to the text after the first change: line 4 is the new area.
		changes.add(new TextDocumentContentChangeEvent(range(4, 5, 4, 6), "5"));
		changes.add(new TextDocumentContentChangeEvent(range(-1, -1, -1, -1), "model lab\n"));
		changes.add(new TextDocumentContentChangeEvent(range(0, 0, 1, 0), ""));
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2), changes));
		Assertions.assertEquals(TEXT + "area 5 {\n\ttechnology Beta\n}\n", text(uri));
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}

	@Test
	void hoverOutsideTheTextIsEmpty() throws Exception {
		String uri = openWorkspace("edit.wpo", TEXT);
		for (Position position : List.of(new Position(99, 0), new Position(2, 100), new Position(-1, -1))) {
			Hover hover = languageServer.hover(new HoverParams(document(uri), position)).get();
			Assertions.assertEquals("", hover.getContents().getRight().getValue(), position::toString);
		}
		Hover hover = languageServer.hover(new HoverParams(document(uri), new Position(2, 14))).get();
		assertTrue(hover.getContents().getRight().getValue().startsWith("**technology** `Alpha`"),
				hover.getContents().getRight().getValue());
	}

	@Test
	void aDocumentNeverOpenedIsAnsweredWithInvalidParams() throws Exception {
		String uri = openWorkspace("edit.wpo", TEXT);
		String ghost = getVirtualFile("ghost.wpo");
		change(ghost, range(0, 0, 0, 0), "model ghost\n");
		ExecutionException failed = assertThrows(ExecutionException.class,
				() -> languageServer.hover(new HoverParams(document(ghost), new Position(0, 0))).get());
		ResponseErrorException error = (ResponseErrorException) failed.getCause();
		Assertions.assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode());
		Assertions.assertEquals("Unknown document " + ghost + ": it is not open and is no file of the workspace.",
				error.getResponseError().getMessage());
		Assertions.assertEquals(TEXT, text(uri));
	}

	private void change(String uri, Range range, String text) {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(range, text))));
	}

	/** The server's text of the open document. */
	private String text(String uri) {
		return workspaceManager.doRead(uriExtensions.toUri(uri), (document, resource) -> document.getContents());
	}

	private static Range range(int startLine, int startCharacter, int endLine, int endCharacter) {
		return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
	}
}
