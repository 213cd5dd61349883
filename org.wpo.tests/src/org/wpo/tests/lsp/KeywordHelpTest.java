package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.wpo.dsl.model.KeywordTexts;
import org.wpo.dsl.model.RelationKinds;
import org.wpo.dsl.wpo.RelationKind;

/** Completion and hover of relation kinds and of via, only, source, new, after: meaning and direction. */
class KeywordHelpTest extends LanguageServerTestBase {

	static final String MAIN = """
			model lab
			import mswpo

			products after "Windows Server 2012 R2" {
				product "Windows 10"
			}
			area 1 "Calls" {
				new protocol MS-CALL "Call Protocol" {
					runs-over RPC via "named pipes" only from "Windows 10" source MS-XYZ section 2
					manages MS-RPCE
			\t\t
				}
			}
			""";

	private Map<String, CompletionItem> complete(String uri, Position position) throws Exception {
		var result = languageServer.completion(new CompletionParams(document(uri), position)).get();
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().collect(Collectors.toMap(CompletionItem::getLabel, Function.identity(), (a, b) -> a));
	}

	private Hover hover(String uri, Position position) throws Exception {
		return languageServer.hover(new HoverParams(document(uri), position)).get();
	}

	@Test
	void everyRelationKindIsProposedWithItsMeaningAndDirection() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		Map<String, CompletionItem> items = complete(uri, at(MAIN, "\t\t\n", 0, 2));
		for (RelationKind kind : RelationKind.values()) {
			CompletionItem item = items.get(kind.getLiteral());
			assertNotNull(item, () -> kind + " missing from " + items.keySet());
			RelationKinds.Description description = RelationKinds.of(kind);
			Assertions.assertEquals(description.text(), item.getDocumentation().getLeft());
			Assertions.assertEquals(description.meaning() + "; " + description.direction(), item.getDetail());
		}
		Assertions.assertEquals("runs-over: the source is carried by the target (runs over it, is built or layered on it);"
				+ " from the carried element down to its carrier; several targets are alternatives",
				items.get("runs-over").getDocumentation().getLeft());
		Assertions.assertEquals("manages: the source remotely administers or configures the target; from the managing"
				+ " protocol to what it manages", items.get("manages").getDocumentation().getLeft());
		// Keywords without a text keep Xtext's plain proposal.
		Assertions.assertEquals(null, items.get("status").getDocumentation());
	}

	@Test
	void viaOnlySectionAndSourceAfterATarget() throws Exception {
		String text = MAIN.replace("manages MS-RPCE\n", "manages MS-RPCE \n");
		String uri = openWorkspace("main.wpo", text);
		Map<String, CompletionItem> items = complete(uri, at(text, "manages MS-RPCE ", 0, 16));
		for (String keyword : List.of("via", "only", "source")) {
			assertTrue(items.containsKey(keyword), () -> keyword + " missing from " + items.keySet());
			Assertions.assertEquals(KeywordTexts.of(keyword), items.get(keyword).getDocumentation().getLeft());
		}
	}

	@Test
	void hoverOfARelationKind() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		Hover hover = hover(uri, at(MAIN, "runs-over", 0, 4));
		Assertions.assertEquals("markdown", hover.getContents().getRight().getKind());
		Assertions.assertEquals("""
				**runs-over** (relation kind): the source is carried by the target (runs over it, is built or \
				layered on it).

				Direction: from the carried element down to its carrier; several targets are alternatives.""",
				hover.getContents().getRight().getValue());
		Assertions.assertEquals(new Range(at(MAIN, "runs-over"), at(MAIN, "runs-over", 0, 9)), hover.getRange());

		Hover manages = hover(uri, at(MAIN, "manages", 0, 0));
		Assertions.assertEquals("""
				**manages** (relation kind): the source remotely administers or configures the target.

				Direction: from the managing protocol to what it manages.""", manages.getContents().getRight().getValue());
	}

	@Test
	void hoverOfTheKeywordsThatQualifyRelationsAndDeclarations() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		for (String keyword : List.of("via", "only", "source", "new", "after")) {
			Position position = at(MAIN, keyword + " ", 0, 1);
			Hover hover = hover(uri, position);
			assertNotNull(hover, keyword);
			String text = KeywordTexts.of(keyword);
			Assertions.assertEquals("**" + keyword + "**: " + text.substring(keyword.length() + 2) + ".",
					hover.getContents().getRight().getValue());
			Assertions.assertEquals(new Range(at(MAIN, keyword + " "), at(MAIN, keyword + " ", 0, keyword.length())),
					hover.getRange());
		}
		Assertions.assertEquals("**via**: names which of the target's own alternative carriers this relation uses, as in"
				+ " runs-over RPC via \"named pipes\".",
				hover(uri, at(MAIN, "via ", 0, 1)).getContents().getRight().getValue());
	}
}
