package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.xbase.lib.Pair;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Which files get new diagnostics after an edit of c.wpo: none but c.wpo when the edit changes
 * nothing another file can see (a title, a remark), and every file whose diagnostics the edit
 * changes otherwise: one that refers to c.wpo, one declaring what c.wpo refers to, one importing a
 * model c.wpo starts declaring names in.
 */
class AffectedFilesTest extends LanguageServerTestBase {

	static final String A = """
			model lab
			area 1 "Transport" {
				protocol MS-AAA "A" {
					requires MS-CCC
				}
			}
			area 9 "Spare"
			""";

	static final String B = """
			model lab
			area 2 "Other" {
				protocol MS-BBB "B"
			}
			""";

	static final String C = """
			model lab
			area 3 "Carriers" {
				protocol MS-CCC "C"
			}
			technology Wire "Wire"
			""";

	private int version = 1;

	@Test
	void titleEditRebuildsOnlyItsFile() {
		String c0 = C.replace("\"C\"", "\"C\" {\n\t}");
		String c = openWorkspace("c.wpo", c0, "a.wpo", A, "b.wpo", B);
		Assertions.assertEquals(Set.of("c.wpo"),
				publishedAfterChange(c, c0.replace("\"C\"", "\"Carrier protocol\"")));
		Assertions.assertEquals(Set.of("c.wpo"), publishedAfterChange(c,
				c0.replace("{\n\t}", "{ description \"Carries\" remark \"Checked\"\n\t}").replace("\"Wire\"", "\"Wire\" // cable")));
	}

	@Test
	void statusOfAReferencedElementReachesTheFileReferringToIt() {
		String c = openWorkspace("c.wpo", C, "a.wpo", A, "b.wpo", B);
		String a = getVirtualFile("a.wpo");
		assertTrue(diagnosticLines(a).stream().noneMatch(l -> l.contains("wpo.deprecated-dependency")));

		Assertions.assertEquals(Set.of("a.wpo", "c.wpo"),
				publishedAfterChange(c, C.replace("\"C\"", "\"C\" { status deprecated }")));
		Assertions.assertEquals(List.of("4:12 warning wpo.deprecated-dependency Current 'MS-AAA' requires 'MS-CCC', which is"
				+ " deprecated."), diagnosticLines(a).stream().filter(l -> l.contains("deprecated")).toList());
	}

	@Test
	void newNameResolvesAReferenceElsewhere() {
		String a0 = A.replace("requires MS-CCC", "requires MS-DDD");
		String c = openWorkspace("c.wpo", C, "a.wpo", a0, "b.wpo", B);
		String a = getVirtualFile("a.wpo");
		assertTrue(diagnosticLines(a).stream().anyMatch(l -> l.contains("wpo.unresolved-reference")),
				() -> diagnosticLines(a).toString());

		Assertions.assertEquals(Set.of("a.wpo", "c.wpo"),
				publishedAfterChange(c, C.replace("protocol MS-CCC \"C\"", "protocol MS-CCC \"C\"\n\tprotocol MS-DDD")));
		assertTrue(diagnosticLines(a).stream().noneMatch(l -> l.contains("wpo.unresolved-reference")),
				() -> diagnosticLines(a).toString());
	}

	@Test
	void newNameReachesTheClosestNamesOfAnUnresolvedReference() {
		String c = openWorkspace("c.wpo", C, "a.wpo", A.replace("requires MS-CCC", "requires MS-CCD"), "b.wpo", B);
		String a = getVirtualFile("a.wpo");
		Assertions.assertEquals(List.of("4:12 error wpo.unresolved-reference Unresolved reference: no specification or"
				+ " technology named 'MS-CCD' is visible here; closest names: MS-CCC."), unresolved(a));

		// The title of the file's protocol changes no name.
		Assertions.assertEquals(Set.of("c.wpo"), publishedAfterChange(c, C.replace("\"C\"", "\"Carrier\"")));
		Assertions.assertEquals(Set.of("a.wpo", "c.wpo"),
				publishedAfterChange(c, C.replace("protocol MS-CCC \"C\"", "protocol MS-CCC \"C\"\n\tprotocol MS-CCE")));
		Assertions.assertEquals(List.of("4:12 error wpo.unresolved-reference Unresolved reference: no specification or"
				+ " technology named 'MS-CCD' is visible here; closest names: MS-CCC, MS-CCE."), unresolved(a));
	}

	private List<String> unresolved(String uri) {
		return diagnosticLines(uri).stream().filter(l -> l.contains("wpo.unresolved-reference")).toList();
	}

	@Test
	void duplicateNameReachesTheFileDeclaringItFirst() {
		String c = openWorkspace("c.wpo", C, "a.wpo", A, "b.wpo", B);
		String b = getVirtualFile("b.wpo");

		// a.wpo refers to MS-CCC of the changed file: files are the unit of what is rebuilt.
		Assertions.assertEquals(Set.of("a.wpo", "b.wpo", "c.wpo"),
				publishedAfterChange(c, C.replace("protocol MS-CCC \"C\"", "protocol MS-CCC \"C\"\n\tprotocol MS-BBB")));
		Assertions.assertEquals(List.of("3:11 error wpo.duplicate-name Duplicate specification or technology name 'MS-BBB':"
				+ " also declared in c.wpo."), diagnosticLines(b));
	}

	@Test
	void placingInAnAreaReachesTheFileDeclaringIt() {
		// a.wpo refers to nothing of c.wpo: only the area c.wpo places in links them.
		String c = openWorkspace("c.wpo", C, "a.wpo", A.replace("\t\trequires MS-CCC\n", ""), "b.wpo", B);
		String a = getVirtualFile("a.wpo");
		assertTrue(diagnosticLines(a).stream().anyMatch(l -> l.contains("wpo.empty-area")));

		Assertions.assertEquals(Set.of("a.wpo", "c.wpo"),
				publishedAfterChange(c, C.replace("technology Wire \"Wire\"", "technology Wire \"Wire\" { area 9 }")));
		Assertions.assertEquals(List.of(), diagnosticLines(a));

		Assertions.assertEquals(Set.of("a.wpo", "c.wpo"), publishedAfterChange(c, C));
		Assertions.assertEquals(List.of("6:6 warning wpo.empty-area Area '9' is empty: nothing is declared or placed in it, and"
				+ " no element cites it."), diagnosticLines(a));
	}

	@Test
	void cycleThroughThreeFilesReachesEach() {
		String a0 = A.replace("requires MS-CCC", "runs-over MS-CCC");
		String b0 = B.replace("protocol MS-BBB \"B\"", "protocol MS-BBB \"B\" { runs-over MS-AAA }");
		String c = openWorkspace("c.wpo", C, "a.wpo", a0, "b.wpo", b0);
		String a = getVirtualFile("a.wpo");
		String b = getVirtualFile("b.wpo");
		assertTrue(diagnosticLines(b).stream().noneMatch(l -> l.contains("cycle")));

		Assertions.assertEquals(Set.of("a.wpo", "b.wpo", "c.wpo"),
				publishedAfterChange(c, C.replace("\"C\"", "\"C\" { runs-over MS-BBB }")));
		Assertions.assertEquals(List.of("4:13 error wpo.runs-over-cycle Cycle through runs-over: MS-AAA -> MS-CCC -> MS-BBB"
				+ " -> MS-AAA."), cycles(a));
		Assertions.assertEquals(List.of("3:34 error wpo.runs-over-cycle Cycle through runs-over: MS-BBB -> MS-AAA -> MS-CCC"
				+ " -> MS-BBB."), cycles(b));

		Assertions.assertEquals(Set.of("a.wpo", "b.wpo", "c.wpo"), publishedAfterChange(c, C));
		Assertions.assertEquals(List.of(), cycles(a));
		Assertions.assertEquals(List.of(), cycles(b));
	}

	@Test
	void relationThatCannotCloseACycleSkipsItsTargetsFile() {
		String c = openWorkspace("c.wpo", C, "a.wpo", A, "b.wpo", B);
		Assertions.assertEquals(Set.of("a.wpo", "c.wpo"),
				publishedAfterChange(c, C.replace("\"C\"", "\"C\" { uses MS-BBB }")));
		Assertions.assertEquals(Set.of("a.wpo", "b.wpo", "c.wpo"),
				publishedAfterChange(c, C.replace("\"C\"", "\"C\" { manages MS-BBB }")));
	}

	@Test
	void secondExtendBlockOfAnElementReachesTheFirst() {
		String products = "model lab\nproducts {\n\tproduct P1\n\tproduct P2\n}\n";
		// a.wpo refers to nothing of c.wpo: only the element both extend links them.
		String a0 = "model lab\nextend MS-BBB {\n\tapplies from P1\n}\n";
		String c = openWorkspace("c.wpo", C, "a.wpo", a0, "b.wpo", B, "d.wpo", products);
		String a = getVirtualFile("a.wpo");
		Assertions.assertEquals(List.of(), conflicts(a));

		// b.wpo declares the element, whose applicability now comes from two blocks; a.wpo has the other.
		Assertions.assertEquals(Set.of("a.wpo", "b.wpo", "c.wpo"),
				publishedAfterChange(c, C + "extend MS-BBB {\n\tapplies from P2\n}\n"));
		Assertions.assertEquals(1, conflicts(a).size() + conflicts(c).size(),
				() -> conflicts(a) + " " + conflicts(c));

		Assertions.assertEquals(Set.of("a.wpo", "b.wpo", "c.wpo"), publishedAfterChange(c, C));
		Assertions.assertEquals(List.of(), conflicts(a));
	}

	private List<String> conflicts(String uri) {
		return diagnosticLines(uri).stream().filter(l -> l.contains("wpo.extend-applies-conflict")).toList();
	}

	@Test
	void movedLinesReachOnlyFilesNamingItsDeclarations() {
		String c = openWorkspace("c.wpo", C, "a.wpo", A, "b.wpo", B);
		Assertions.assertEquals(Set.of("a.wpo", "c.wpo"), publishedAfterChange(c, "\n\n" + C));
	}

	@Test
	void modelWithNamesEndsAnUnknownImport() {
		String b0 = B.replace("model lab\n", "model lab\nimport extra\n");
		String c = openWorkspace("c.wpo", C, "a.wpo", A, "b.wpo", b0);
		String b = getVirtualFile("b.wpo");
		Assertions.assertEquals(List.of("2:8 error wpo.unknown-import Unknown model 'extra': no loaded file declares 'model"
				+ " extra'."), diagnosticLines(b));

		Set<String> published = publishedAfterChange(c, C.replace("model lab", "model extra"));
		assertTrue(published.contains("b.wpo"), published::toString);
		Assertions.assertEquals(List.of(), diagnosticLines(b));
	}

	private List<String> cycles(String uri) {
		return diagnosticLines(uri).stream().filter(l -> l.contains("cycle")).toList();
	}

	/** Replaces the open document's text and answers the files (last segments) that got diagnostics. */
	private Set<String> publishedAfterChange(String uri, String text) {
		notifications.clear();
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
				List.of(new TextDocumentContentChangeEvent(text))));
		Set<String> files = new TreeSet<>();
		for (Pair<String, Object> notification : notifications) {
			if (notification.getValue() instanceof PublishDiagnosticsParams params) {
				files.add(params.getUri().substring(params.getUri().lastIndexOf('/') + 1));
			}
		}
		return files;
	}
}
