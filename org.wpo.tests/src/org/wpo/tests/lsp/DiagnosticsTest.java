package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.wpo.dsl.WpoStandaloneSetup;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.WorkspaceChecker;
import org.wpo.dsl.workspace.WpoDiagnostic;

/** Diagnostics as the user types: the codes and messages of wpo check, in every file of the folder. */
class DiagnosticsTest extends LanguageServerTestBase {

	static final String A = """
			model lab
			import mswpo

			area 1 "Transport" {
				technology Pipe "Named pipes" {
					layer session
					runs-over TCP, Pipe
					runs-over Nowhere
				}
				protocol Foo "Not a Microsoft name"
				protocol MS-CALL "Calls" {
					layer transport
					runs-over MS-RPCE
				}
			}

			protocol MS-LOOSE "Placed nowhere"
			""";

	static final String B = """
			model lab
			area 2 "Calls" {
				protocol MS-CYCLE-A "A" {
					runs-over MS-CYCLE-B
				}
				protocol MS-CYCLE-B "B" {
					runs-over MS-CYCLE-A
				}
				technology Pipe
				protocl
			}
			""";

	@Test
	void sameDiagnosticsAsWpoCheck() throws Exception {
		String a = openWorkspace("a.wpo", A, "b.wpo", B);
		String b = getVirtualFile("b.wpo");

		List<String> expectedA = List.of(
				"10:11 error wpo.short-name-kind Short name 'Foo' does not fit kind protocol: Microsoft specifications"
						+ " are named MS-... or MC-...; use kind standard for documents of other bodies.",
				"13:13 error wpo.layer-inversion Layer inversion: 'MS-CALL' (transport) runs over 'MS-RPCE' (session),"
						+ " which is in a higher layer.",
				"17:10 warning wpo.unplaced-specification Specification 'MS-LOOSE' is placed in no area: declare it"
						+ " inside an area or add 'area' to it.",
				"5:13 error wpo.duplicate-name Duplicate specification or technology name 'Pipe': also declared in b.wpo.",
				"7:18 error wpo.self-relation 'Pipe' runs-over itself.",
				"8:13 error wpo.unresolved-reference Unresolved reference: no specification or technology named"
						+ " 'Nowhere' is visible here.");
		Assertions.assertEquals(expectedA, diagnosticLines(a));
		Assertions.assertEquals(checked("a.wpo"), diagnosticLines(a));
		Assertions.assertEquals(checked("b.wpo"), diagnosticLines(b));
		assertTrue(diagnosticLines(b).contains("10:2 error wpo.syntax-error extraneous input 'protocl' expecting '}'"),
				() -> diagnosticLines(b).toString());
		assertTrue(diagnosticLines(b).stream().anyMatch(l -> l.startsWith("4:13 error wpo.runs-over-cycle Cycle")),
				() -> diagnosticLines(b).toString());
	}

	@Test
	void builtInModelIsIndexedButNotReported() {
		openWorkspace("a.wpo", A);
		Map<String, ?> diagnostics = getDiagnostics();
		assertTrue(diagnostics.keySet().stream().noneMatch(uri -> uri.contains("wpo-lsp-library")),
				diagnostics.keySet()::toString);
		// MS-RPCE and TCP come from the built-in model: they resolve.
		assertTrue(diagnosticLines(getVirtualFile("a.wpo")).stream().noneMatch(l -> l.contains("'MS-RPCE' is")
				|| l.contains("named 'TCP'")));
	}

	@Test
	void diagnosticsFollowTheText() {
		String uri = openWorkspace("a.wpo", A);
		assertTrue(diagnosticLines(uri).stream().anyMatch(l -> l.contains("named 'Nowhere'")));

		String fixed = A.replace("\t\truns-over Nowhere\n", "");
		DidChangeTextDocumentParams change = new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(fixed)));
		languageServer.didChange(change);

		assertTrue(diagnosticLines(uri).stream().noneMatch(l -> l.contains("named 'Nowhere'")),
				() -> diagnosticLines(uri).toString());
		assertTrue(diagnosticLines(uri).stream().anyMatch(l -> l.contains("wpo.self-relation")));
	}

	/** What wpo check reports for one file of the test folder, in the form of {@link #diagnosticLines}. */
	private List<String> checked(String file) throws Exception {
		WorkspaceChecker checker = new WpoStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(WorkspaceChecker.class);
		CheckResult result = checker.check(List.of(getTestRootPath().toString()));
		List<String> lines = new ArrayList<>();
		for (WpoDiagnostic diagnostic : result.diagnostics()) {
			if (diagnostic.file().endsWith(file)) {
				lines.add(diagnostic.line() + ":" + diagnostic.column() + " " + diagnostic.severity().label() + " "
						+ diagnostic.code() + " " + diagnostic.message());
			}
		}
		lines.sort(Comparator.naturalOrder());
		return lines;
	}
}
