package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Code actions that fix validation problems; each fix is applied to the text, and the fixed text is
 * checked again by the server.
 */
class CodeActionTest extends FixTestBase {

	static final String MAIN = """
			model lab
			import mswpo

			area 1 "Transport" {
				technology Pipe "Named pipes" {
					layer transport
					runs-over TCP, Pipe
					uses Pipe
					runs-over Nowhere, MS-NEW
				}
				protocol Foo "Not a Microsoft name"
				standard MS-STD "A Microsoft name"
				technology MS-TECH
				protocol ms-lower
				standard "RFC 9293" "Transmission Control Protocol"
				technology Fast {
					layer fast
				}
				protocol MS-CALL "Calls" {
					layer transport
					runs-over MS-RPCE section 7.3.1 note "as its transport"
					uses "RFC 9293"
				}
				protocol MS-LOW "Low" {
					layer session
					runs-over MS-HIGH
				}
				protocol MS-HIGH "High" {
					layer application
				}
			}

			protocol MS-LOOSE "Placed nowhere"
			""";

	@Test
	void createTheMissingTechnologyOrProtocol() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		List<CodeAction> actions = actions(uri, "wpo.unresolved-reference", "'Nowhere'");
		Assertions.assertEquals(List.of("Create technology Nowhere"), titles(actions));
		String fixed = applyAndCheck(uri, MAIN, actions.get(0));
		Assertions.assertEquals(replaceOnce(MAIN, "\t}\n\tprotocol Foo", "\t}\n\ttechnology Nowhere\n\tprotocol Foo"), fixed);
		assertTrue(diagnosticLines(uri).stream().noneMatch(l -> l.contains("'Nowhere'")), diagnosticLines(uri)::toString);

		List<CodeAction> create = actions(uri, "wpo.unresolved-reference", "'MS-NEW'");
		Assertions.assertEquals(List.of("Change to MS-LOW", "Create protocol MS-NEW"), titles(create));
		String again = applyAndCheck(uri, fixed, create.get(1));
		assertTrue(again.contains("\t}\n\tprotocol MS-NEW\n\ttechnology Nowhere\n"), again);
	}

	@Test
	void createTheMissingLayerList() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		List<CodeAction> actions = actions(uri, "wpo.unresolved-reference", "no layer named 'fast'");
		Assertions.assertEquals(List.of("Create a layer list with layer fast"), titles(actions));
		String fixed = applyAndCheck(uri, MAIN, actions.get(0));
		Assertions.assertEquals(MAIN + "\nlayers {\n\tlayer fast\n}\n", fixed);
		assertTrue(diagnosticLines(uri).stream().noneMatch(l -> l.contains("'fast'")), diagnosticLines(uri)::toString);
	}

	@Test
	void addTheMissingProductToTheList() throws Exception {
		String text = """
				model lab
				products {
					product "Windows 11"
				}
				area 1 {
					technology T {
						applies in "Windows 11", "Windows 12"
					}
				}
				""";
		String uri = openWorkspace("main.wpo", text);
		List<CodeAction> actions = actions(uri, "wpo.unresolved-reference", "'Windows 12'");
		Assertions.assertEquals(List.of("Change to Windows 11", "Add product Windows 12 to the product list"),
				titles(actions));
		Assertions.assertEquals(replaceOnce(text, "\"Windows 11\"\n}", "\"Windows 11\"\n\tproduct \"Windows 12\"\n}"),
				applyAndCheck(uri, text, actions.get(1)));
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}

	@Test
	void removeTheRelationToItself() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		List<CodeAction> one = actions(uri, "wpo.self-relation", "runs-over itself");
		Assertions.assertEquals(List.of("Remove 'Pipe' from runs-over"), titles(one));
		String fixed = applyAndCheck(uri, MAIN, one.get(0));
		Assertions.assertEquals(replaceOnce(MAIN, "runs-over TCP, Pipe", "runs-over TCP"), fixed);

		List<CodeAction> whole = actions(uri, "wpo.self-relation", "uses itself");
		Assertions.assertEquals(List.of("Remove the relation 'uses Pipe'"), titles(whole));
		String again = applyAndCheck(uri, fixed, whole.get(0));
		Assertions.assertEquals(replaceOnce(fixed, "\t\tuses Pipe\n", ""), again);
		assertTrue(diagnosticLines(uri).stream().noneMatch(l -> l.contains("wpo.self-relation")),
				diagnosticLines(uri)::toString);
	}

	@Test
	void placeTheSpecificationInAnArea() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		List<CodeAction> actions = actions(uri, "wpo.unplaced-specification", "'MS-LOOSE'");
		Assertions.assertEquals(List.of("Place MS-LOOSE in area 1 (Transport)"), titles(actions));
		String fixed = applyAndCheck(uri, MAIN, actions.get(0));
		Assertions.assertEquals(replaceOnce(MAIN, "protocol MS-LOOSE \"Placed nowhere\"",
				"protocol MS-LOOSE \"Placed nowhere\" {\n\tarea 1\n}"), fixed);
		assertTrue(diagnosticLines(uri).stream().noneMatch(l -> l.contains("wpo.unplaced-specification")),
				diagnosticLines(uri)::toString);
	}

	@Test
	void placeInAChapterOfTheBuiltInModelWhenTheFileHasNoArea() throws Exception {
		String text = """
				model lab
				import mswpo
				protocol MS-LOOSE {
					status current
				}
				""";
		String uri = openWorkspace("main.wpo", text);
		List<CodeAction> actions = actions(uri, "wpo.unplaced-specification", "'MS-LOOSE'");
		Assertions.assertEquals(List.of("Place MS-LOOSE in area 1 (Introduction)", "Place MS-LOOSE in area 10 (Systems Management)",
				"Place MS-LOOSE in area 11 (Microsoft Implementations)", "Place MS-LOOSE in area 12 (Change Tracking)",
				"Place MS-LOOSE in area 2 (Application Services)",
				"Place MS-LOOSE in area 3 (Collaboration and Communication)",
				"Place MS-LOOSE in area 4 (Device-Specific Protocols)", "Place MS-LOOSE in area 5 (Directory Services)",
				"Place MS-LOOSE in area 6 (File, Fax, and Printing Services)", "Place MS-LOOSE in area 7 (Networking)",
				"Place MS-LOOSE in area 8 (Remote Connectivity)",
				"Place MS-LOOSE in area 9 (Security and Identity Management)"),
				titles(actions).stream().sorted().toList());
		CodeAction networking = actions.stream().filter(a -> a.getTitle().contains("area 7 ")).findFirst().orElseThrow();
		Assertions.assertEquals(replaceOnce(text, "{\n", "{\n\tarea 7\n"), applyAndCheck(uri, text, networking));
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}

	@Test
	void fitTheShortNameAndTheKind() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		List<CodeAction> foo = actions(uri, "wpo.short-name-kind", "'Foo'");
		Assertions.assertEquals(List.of("Change the kind of Foo to standard"), titles(foo));
		Assertions.assertEquals(replaceOnce(MAIN, "protocol Foo", "standard Foo"), apply(MAIN,
				foo.get(0).getEdit().getChanges().get(uri)));

		List<CodeAction> standard = actions(uri, "wpo.short-name-kind", "'MS-STD'");
		Assertions.assertEquals(List.of("Change the kind of MS-STD to protocol"), titles(standard));
		Assertions.assertEquals(replaceOnce(MAIN, "standard MS-STD", "protocol MS-STD"),
				apply(MAIN, standard.get(0).getEdit().getChanges().get(uri)));

		List<CodeAction> technology = actions(uri, "wpo.short-name-kind", "'MS-TECH'");
		Assertions.assertEquals(List.of("Declare MS-TECH as a protocol"), titles(technology));
		Assertions.assertEquals(replaceOnce(MAIN, "technology MS-TECH", "protocol MS-TECH"),
				apply(MAIN, technology.get(0).getEdit().getChanges().get(uri)));

		List<CodeAction> lower = actions(uri, "wpo.short-name-kind", "'ms-lower'");
		Assertions.assertEquals(List.of("Rename ms-lower to MS-LOWER", "Change the kind of ms-lower to standard"), titles(lower));
		Assertions.assertEquals(replaceOnce(MAIN, "protocol ms-lower", "protocol MS-LOWER"),
				apply(MAIN, lower.get(0).getEdit().getChanges().get(uri)));

		List<CodeAction> rfc = actions(uri, "wpo.short-name-kind", "'RFC 9293'");
		Assertions.assertEquals(List.of("Rename RFC 9293 to RFC9293"), titles(rfc));
		String fixed = applyAndCheck(uri, MAIN, rfc.get(0));
		Assertions.assertEquals(MAIN.replace("\"RFC 9293\"", "RFC9293"), fixed);
		assertTrue(diagnosticLines(uri).stream().noneMatch(l -> l.contains("RFC")), diagnosticLines(uri)::toString);
	}

	@Test
	void swapARunsOverIntoTheBuiltInModel() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		List<CodeAction> actions = actions(uri, "wpo.layer-inversion", "'MS-CALL' (transport) runs over 'MS-RPCE'");
		Assertions.assertEquals(List.of("Swap: make MS-RPCE run over MS-CALL"), titles(actions));
		String fixed = applyAndCheck(uri, MAIN, actions.get(0));
		String expected = replaceOnce(MAIN, "\t\truns-over MS-RPCE section 7.3.1 note \"as its transport\"\n", "")
				+ "\nextend MS-RPCE {\n\truns-over MS-CALL section 7.3.1 note \"as its transport\"\n}\n";
		Assertions.assertEquals(expected, fixed);
		assertTrue(diagnosticLines(uri).stream().noneMatch(l -> l.contains("'MS-CALL' (transport)")),
				diagnosticLines(uri)::toString);
	}

	@Test
	void swapARunsOverInTheSameFile() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		List<CodeAction> actions = actions(uri, "wpo.layer-inversion", "'MS-LOW'");
		Assertions.assertEquals(List.of("Swap: make MS-HIGH run over MS-LOW"), titles(actions));
		String fixed = applyAndCheck(uri, MAIN, actions.get(0));
		String expected = replaceOnce(replaceOnce(MAIN, "\t\truns-over MS-HIGH\n", ""), "layer application\n",
				"layer application\n\t\truns-over MS-LOW\n");
		Assertions.assertEquals(expected, fixed);
		assertTrue(diagnosticLines(uri).stream().noneMatch(l -> l.contains("wpo.layer-inversion") && l.contains("MS-LOW")),
				diagnosticLines(uri)::toString);
	}
}
