package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Formatting with the language's formatter, rename across files, semantic highlighting by kind. */
class EditingTest extends LanguageServerTestBase {

	static final String MAIN = """
			model lab
			import mswpo
			area 1 "Calls" {
			protocol   MS-CALL "Call Protocol" { layer session
			runs-over   Relay, MS-RPCE }
			}
			""";

	static final String OTHER = """
			model lab

			area 2 "Other" {
				technology Relay "Message relay"
				technology Hub {
					uses Relay
				}
			}
			""";

	@Test
	void formattingLaysTheFileOut() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		List<? extends TextEdit> edits = languageServer
				.formatting(new DocumentFormattingParams(document(uri), new FormattingOptions(4, false))).get();
		Assertions.assertEquals("""
				model lab

				import mswpo

				area 1 "Calls" {
					protocol MS-CALL "Call Protocol" {
						layer session
						runs-over Relay, MS-RPCE
					}
				}
				""", apply(MAIN, edits));
	}

	@Test
	void renameChangesTheDeclarationAndEveryReference() throws Exception {
		String uri = openWorkspace("other.wpo", OTHER, "main.wpo", MAIN);
		RenameParams params = new RenameParams(document(uri), at(OTHER, "Relay", 0, 2), "Message-Relay");
		WorkspaceEdit edit = languageServer.rename(params).get();
		Map<String, String> changed = changedTexts(edit, Map.of(uri, OTHER, getVirtualFile("main.wpo"), MAIN));
		Assertions.assertEquals(OTHER.replace("Relay ", "Message-Relay ").replace("uses Relay", "uses Message-Relay"),
				changed.get(uri));
		Assertions.assertEquals(MAIN.replace("Relay,", "Message-Relay,"), changed.get(getVirtualFile("main.wpo")));
		Assertions.assertEquals(2, changed.size());
	}

	@Test
	void renameToANameThatIsNoIdentifierQuotesIt() throws Exception {
		String uri = openWorkspace("other.wpo", OTHER, "main.wpo", MAIN);
		RenameParams params = new RenameParams(document(uri), at(OTHER, "Relay", 1, 1), "Relay 2.0");
		WorkspaceEdit edit = languageServer.rename(params).get();
		Map<String, String> changed = changedTexts(edit, Map.of(uri, OTHER, getVirtualFile("main.wpo"), MAIN));
		Assertions.assertEquals(MAIN.replace("Relay,", "\"Relay 2.0\","), changed.get(getVirtualFile("main.wpo")));
		assertTrue(changed.get(uri).contains("technology \"Relay 2.0\" \"Message relay\""), changed.get(uri));
	}

	@Test
	void theBuiltInModelCannotBeRenamed() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		ExecutionException refused = assertThrows(ExecutionException.class, () -> languageServer
				.rename(new RenameParams(document(uri), at(MAIN, "MS-RPCE", 0, 2), "MS-RPC2")).get());
		Assertions.assertEquals("'MS-RPCE' belongs to the built-in model mswpo, which cannot be changed.",
				((ResponseErrorException) refused.getCause()).getResponseError().getMessage());
	}

	@Test
	void prepareRenameOffersWorkspaceNamesOnly() throws Exception {
		writeFile("main.wpo", MAIN);
		initialize(params -> {
			TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
			text.setRename(new RenameCapabilities(true, false));
			params.getCapabilities().setTextDocument(text);
		});
		String uri = getVirtualFile("main.wpo");
		open(uri, MAIN);
		assertNull(languageServer.prepareRename(new PrepareRenameParams(document(uri), at(MAIN, "MS-RPCE", 0, 2))).get());
		Assertions.assertEquals(new Range(at(MAIN, "MS-CALL"), at(MAIN, "MS-CALL", 0, 7)), languageServer
				.prepareRename(new PrepareRenameParams(document(uri), at(MAIN, "MS-CALL", 0, 2))).get().getFirst());
	}

	@Test
	void semanticTokensColourNamesByKind() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN, "other.wpo", OTHER);
		SemanticTokens tokens = languageServer.semanticTokensFull(new SemanticTokensParams(document(uri))).get();
		Assertions.assertEquals(List.of(
				"1 namespace declaration",
				"MS-CALL class declaration",
				"session enum defaultLibrary",
				"Relay interface",
				"MS-RPCE class defaultLibrary"), decode(MAIN, tokens));
	}

	/** Each token as its text, type and modifiers, read with the legend the server announced. */
	private List<String> decode(String text, SemanticTokens tokens) {
		SemanticTokensLegend legend = initializeResult.getCapabilities().getSemanticTokensProvider().getLegend();
		Document document = new Document(1, text);
		List<Integer> data = tokens.getData();
		List<String> decoded = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			int offset = document.getOffSet(new Position(line, character));
			StringBuilder token = new StringBuilder(text.substring(offset, offset + data.get(i + 2)));
			token.append(' ').append(legend.getTokenTypes().get(data.get(i + 3)));
			for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					token.append(' ').append(legend.getTokenModifiers().get(bit));
				}
			}
			decoded.add(token.toString());
		}
		return decoded;
	}

	private static Map<String, String> changedTexts(WorkspaceEdit edit, Map<String, String> texts) {
		Map<String, String> changed = new java.util.TreeMap<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> changed.put(uri, apply(texts.get(uri), edits)));
		}
		if (edit.getDocumentChanges() != null) {
			for (var change : edit.getDocumentChanges()) {
				var documentEdit = change.getLeft();
				String uri = documentEdit.getTextDocument().getUri();
				changed.put(uri, apply(texts.get(uri), documentEdit.getEdits().stream().map(e -> e.getLeft()).toList()));
			}
		}
		return changed;
	}
}
