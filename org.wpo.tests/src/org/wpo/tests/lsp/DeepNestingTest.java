package org.wpo.tests.lsp;

import java.util.List;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.wpo.dsl.ide.symbols.WpoOutlineSymbols;

/**
 * A file nested beyond the limit, open in the editor beside another: the parser stops at the brace
 * beyond the limit instead of overflowing its stack (which failed the build of every file), the file
 * gets one error there, the other file is served as usual, and formatting leaves the deep file alone
 * since its unread rest would be lost. Its outline stops at a depth a client can take, and completion
 * offers nothing rather than overflowing the completion parser.
 */
class DeepNestingTest extends LanguageServerTestBase {

	static final String GOOD = """
			model lab
			import mswpo
			area 1 "Calls" {
				protocol MS-CALL "Calls" {
					runs-over MS-RPCE, Nowhere
				}
			}
			""";

	/** Areas nested {@code depth} deep, with a protocol in the innermost. */
	static String nested(int depth) {
		StringBuilder text = new StringBuilder("model deep\n");
		for (int i = 0; i < depth; i++) {
			text.append("area a").append(i).append(" {\n");
		}
		text.append("protocol MS-DEEP \"Deep\"\n");
		return text.append("}\n".repeat(depth)).toString();
	}

	@Test
	void theDeepFileHasOneErrorAndTheOtherFileIsServed() throws Exception {
		String deepText = nested(6000);
		String deep = openWorkspace("deep.wpo", deepText, "good.wpo", GOOD);
		String good = getVirtualFile("good.wpo");
		open(good, GOOD);

		Assertions.assertEquals(List.of("2002:12 error wpo.nesting-too-deep Nested too deeply: this brace opens level 2,001, and WPO"
				+ " files nest at most 2,000 levels; the text after it is not read.",
				// What the area beyond the limit holds is not read.
				"2002:6 warning wpo.empty-area Area 'a2000' is empty: nothing is declared or placed in it, and no"
						+ " element cites it."), diagnosticLines(deep));
		Assertions.assertEquals(List.of("5:22 error wpo.unresolved-reference Unresolved reference: no specification or technology"
				+ " named 'Nowhere' is visible here."), diagnosticLines(good));
		Hover hover = languageServer.hover(new HoverParams(document(good), at(GOOD, "MS-RPCE", 0, 2))).get();
		Assertions.assertTrue(hover.getContents().getRight().getValue().contains("MS-RPCE"), hover::toString);

		List<? extends TextEdit> edits = languageServer
				.formatting(new DocumentFormattingParams(document(deep), new FormattingOptions(4, false))).get();
		Assertions.assertEquals(deepText, apply(deepText, edits), "formatting changes nothing of a file read in part");
	}

	@Test
	void theOutlineOfTheDeepFileStopsAtItsDepthAndCompletionOffersNothing() throws Exception {
		String deepText = nested(6000);
		String deep = writeFile("deep.wpo", deepText);
		initialize(params -> {
			DocumentSymbolCapabilities outline = new DocumentSymbolCapabilities();
			outline.setHierarchicalDocumentSymbolSupport(true);
			TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
			text.setDocumentSymbol(outline);
			params.setCapabilities(new ClientCapabilities(null, text, null));
		});
		open(deep, deepText);
		List<Either<SymbolInformation, DocumentSymbol>> symbols = languageServer
				.documentSymbol(new DocumentSymbolParams(document(deep))).get();
		Assertions.assertEquals(1, symbols.size());
		DocumentSymbol top = symbols.get(0).getRight();
		Assertions.assertNotNull(top, "hierarchical symbols");
		// a0 ... a62 nest; a63 is at the deepest level and holds a64 ... a2000, the areas that were read.
		DocumentSymbol symbol = top;
		int depth = 1;
		while (!symbol.getChildren().isEmpty() && symbol.getChildren().size() == 1) {
			symbol = symbol.getChildren().get(0);
			depth++;
		}
		Assertions.assertEquals(WpoOutlineSymbols.MAX_DEPTH, depth);
		Assertions.assertEquals("a" + (WpoOutlineSymbols.MAX_DEPTH - 1), symbol.getName());
		Assertions.assertEquals(2000 - WpoOutlineSymbols.MAX_DEPTH + 1, symbol.getChildren().size());
		Assertions.assertEquals("a64", symbol.getChildren().get(0).getName());
		Assertions.assertEquals("a2000", symbol.getChildren().get(symbol.getChildren().size() - 1).getName());

		CompletionList completion = languageServer
				.completion(new CompletionParams(document(deep), at(deepText, "area a5000"))).get().getRight();
		Assertions.assertEquals(List.of(), completion.getItems());
	}

	@Test
	void atTheLimitTheFileIsReadWhole() throws Exception {
		String uri = openWorkspace("deep.wpo", nested(1999));
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}
}
