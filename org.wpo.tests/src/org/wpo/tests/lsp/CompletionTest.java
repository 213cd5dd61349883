package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Completion: keywords, relation kinds, names of the workspace and of the built-in model with their titles. */
class CompletionTest extends LanguageServerTestBase {

	static final String MAIN = """
			model lab
			import mswpo

			area 1 "Calls" {
				protocol MS-CALL "Call Protocol" {
					layer sess
					status\s
					runs-over MS-R
					applies from Win
			\t\t
					requires\s
				}
			}
			""";

	static final String OTHER = """
			model lab
			area 2 "Other" {
				technology Relay "Message relay"
			}
			""";

	private List<CompletionItem> complete(String uri, Position position) throws Exception {
		var result = languageServer.completion(new CompletionParams(document(uri), position)).get();
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	private static Map<String, CompletionItem> byLabel(List<CompletionItem> items) {
		return items.stream().collect(Collectors.toMap(CompletionItem::getLabel, Function.identity(), (a, b) -> a));
	}

	@Test
	void keywordsAndRelationKindsInAnElementBody() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN, "other.wpo", OTHER);
		Map<String, CompletionItem> items = byLabel(complete(uri, at(MAIN, "\t\t\n", 0, 2)));
		for (String keyword : List.of("status", "layer", "area", "description", "remark", "aka", "sections", "covers",
				"applies", "runs-over", "extends", "profile-of", "uses", "requires", "replaces", "renamed-from",
				"obsoletes", "part-of", "specified-by")) {
			assertTrue(items.containsKey(keyword), () -> keyword + " missing from " + items.keySet());
			Assertions.assertEquals(CompletionItemKind.Keyword, items.get(keyword).getKind());
		}
		assertFalse(items.containsKey("}"), items.keySet()::toString);
	}

	@Test
	void statusValues() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		List<String> labels = complete(uri, at(MAIN, "status ", 0, 7)).stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.containsAll(List.of("current", "legacy", "deprecated", "obsolete")), labels::toString);
	}

	@Test
	void elementsOfTheBuiltInModelAndTheWorkspaceWithTitles() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN, "other.wpo", OTHER);
		List<CompletionItem> items = complete(uri, at(MAIN, "MS-R", 0, 4));
		Map<String, CompletionItem> byLabel = byLabel(items);
		CompletionItem rpce = byLabel.get("MS-RPCE");
		Assertions.assertEquals("protocol — Remote Procedure Call Protocol Extensions", rpce.getDetail());
		Assertions.assertEquals(CompletionItemKind.Class, rpce.getKind());
		Assertions.assertEquals("MS-RPCE", rpce.getTextEdit().getLeft().getNewText());
		Assertions.assertEquals(at(MAIN, "MS-R"), rpce.getTextEdit().getLeft().getRange().getStart());
		// Once, by the shortest name that resolves: the import makes the qualified one unnecessary.
		assertFalse(byLabel.containsKey("mswpo::MS-RPCE"), byLabel.keySet()::toString);
		assertTrue(items.stream().allMatch(i -> i.getLabel().toUpperCase().startsWith("MS-R")), byLabel.keySet()::toString);

		var list = languageServer.completion(new CompletionParams(document(uri), at(MAIN, "requires ", 0, 9))).get()
				.getRight();
		Assertions.assertFalse(list.isIncomplete());
		List<CompletionItem> all = list.getItems();
		Map<String, CompletionItem> allByLabel = byLabel(all);
		for (String label : List.of("Relay", "MS-CALL", "TCP", "\"named pipes\"")) {
			assertTrue(allByLabel.containsKey(label), () -> label + " missing from " + allByLabel.keySet());
		}
		Assertions.assertEquals("technology — Message relay", allByLabel.get("Relay").getDetail());
		Assertions.assertEquals(CompletionItemKind.Interface, allByLabel.get("Relay").getKind());
		Assertions.assertEquals("protocol — Call Protocol", allByLabel.get("MS-CALL").getDetail());
		Assertions.assertEquals("technology — Transmission Control Protocol", allByLabel.get("TCP").getDetail());
		Assertions.assertEquals("\"named pipes\"", allByLabel.get("\"named pipes\"").getTextEdit().getLeft().getNewText());
	}

	@Test
	void layers() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		Map<String, CompletionItem> items = byLabel(complete(uri, at(MAIN, "sess", 0, 4)));
		Assertions.assertEquals(List.of("session"), List.copyOf(items.keySet()));
		Assertions.assertEquals("layer — Session Layer", items.get("session").getDetail());
		Assertions.assertEquals(CompletionItemKind.Enum, items.get("session").getKind());
	}

	@Test
	void productsAreQuotedAndMatchedWithoutTheQuote() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		List<CompletionItem> items = complete(uri, at(MAIN, "from Win", 0, 8));
		Map<String, CompletionItem> byLabel = byLabel(items);
		CompletionItem product = byLabel.get("\"Windows 2000\"");
		Assertions.assertEquals("product — Windows 2000 operating system", product.getDetail());
		Assertions.assertEquals("\"Windows 2000\"", product.getTextEdit().getLeft().getNewText());
		Assertions.assertEquals(at(MAIN, "Win"), product.getTextEdit().getLeft().getRange().getStart());
		Assertions.assertEquals(14, items.stream().filter(i -> i.getDetail().startsWith("product")).count(),
				byLabel.keySet()::toString);
	}
}
