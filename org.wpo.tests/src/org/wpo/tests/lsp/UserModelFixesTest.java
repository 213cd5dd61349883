package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Code actions of a user's model on top of the built-in one: a redeclared name turned into an
 * extend block or marked new, a relation's copy removed, an unknown word replaced; each fix is
 * applied and the fixed text checked again by the server.
 */
class UserModelFixesTest extends FixTestBase {

	@Test
	void turnATopLevelRedeclarationIntoAnExtendBlock() throws Exception {
		String text = """
				model lab
				import mswpo

				protocol MS-SMB2 "Mine" {
					status current
					layer transport
					aka "SMB v2"
					remark "Also on Windows 11."
					runs-over TCP only from "Windows 8" note "over RDMA too, later"
					area 6.4
					uses NetBIOS
				}
				""";
		String uri = openWorkspace("main.wpo", text);
		List<CodeAction> actions = actions(uri, "wpo.redeclared-name", "'MS-SMB2'");
		Assertions.assertEquals(List.of("Turn the declaration into 'extend MS-SMB2'",
				"Mark MS-SMB2 as a new element of this model"), titles(actions));
		String fixed = applyAndCheck(uri, text, actions.get(0));
		Assertions.assertEquals("""
				model lab
				import mswpo

				extend MS-SMB2 {
					aka "SMB v2"
					remark "Also on Windows 11."
					runs-over TCP only from "Windows 8" note "over RDMA too, later"
					uses NetBIOS
				}
				""", fixed);
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}

	@Test
	void aRedeclarationInsideAnAreaMovesToTheEndAsAnExtendBlock() throws Exception {
		String text = """
				model lab
				import mswpo

				area 99 "Mine" {
					protocol MS-MINE
					technology TCP {
						runs-over IPv4
					}
				}
				""";
		String uri = openWorkspace("main.wpo", text);
		List<CodeAction> actions = actions(uri, "wpo.redeclared-name", "'TCP'");
		String fixed = applyAndCheck(uri, text, actions.get(0));
		Assertions.assertEquals("""
				model lab
				import mswpo

				area 99 "Mine" {
					protocol MS-MINE
				}

				extend TCP {
					runs-over IPv4
				}
				""", fixed);
		assertTrue(diagnosticLines(uri).stream().noneMatch(l -> l.contains("wpo.redeclared-name")),
				diagnosticLines(uri)::toString);
	}

	@Test
	void aRedeclarationThatAddsNothingIsRemovedOrMarkedNew() throws Exception {
		String text = """
				model lab
				import mswpo

				area 99 "Mine" {
					protocol MS-MINE
					technology UDP "Mine" {
						layer transport
					}
				}
				""";
		String uri = openWorkspace("main.wpo", text);
		List<CodeAction> actions = actions(uri, "wpo.redeclared-name", "'UDP'");
		Assertions.assertEquals(List.of("Remove the declaration of UDP: use the imported one",
				"Mark UDP as a new element of this model"), titles(actions));
		Assertions.assertEquals(replaceOnce(text, "\ttechnology UDP \"Mine\" {\n\t\tlayer transport\n\t}\n", ""),
				apply(text, actions.get(0).getEdit().getChanges().get(uri)));
		String marked = applyAndCheck(uri, text, actions.get(1));
		Assertions.assertEquals(replaceOnce(text, "technology UDP", "new technology UDP"), marked);
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}

	@Test
	void removeTheCopyOfARelation() throws Exception {
		String text = """
				model lab
				import mswpo

				extend MS-SMB2 {
					runs-over TCP
					uses NetBIOS
					runs-over TCP section 6.4
				}
				""";
		String uri = openWorkspace("main.wpo", text);
		List<CodeAction> actions = actions(uri, "wpo.duplicate-relation", "runs-over 'TCP' a second time");
		Assertions.assertEquals(List.of("Remove the copy of 'runs-over TCP'"), titles(actions));
		String fixed = applyAndCheck(uri, text, actions.get(0));
		Assertions.assertEquals(replaceOnce(text, "\truns-over TCP section 6.4\n", ""), fixed);
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}

	@Test
	void replaceAnUnknownWordWithTheClosestKind() throws Exception {
		String text = """
				model lab
				import mswpo

				extend MS-SMB2 {
					depends-on TCP
				}
				""";
		String uri = openWorkspace("main.wpo", text);
		List<CodeAction> actions = actions(uri, "wpo.unknown-word", "'depends-on'");
		Assertions.assertEquals(List.of("Replace 'depends-on' with 'requires'"), titles(actions));
		Assertions.assertEquals(replaceOnce(text, "depends-on", "requires"), applyAndCheck(uri, text, actions.get(0)));
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}

	@Test
	void removeWhatAnExtendBlockCannotSet() throws Exception {
		String text = """
				model lab
				import mswpo

				extend MS-SMB2 {
					status legacy
					uses NetBIOS
					layer session
				}
				""";
		String uri = openWorkspace("main.wpo", text);
		List<CodeAction> actions = actions(uri, "wpo.extend-refused-feature", "'status'");
		Assertions.assertEquals(List.of("Remove 'status legacy' from the extend block"), titles(actions));
		String fixed = applyAndCheck(uri, text, actions.get(0));
		Assertions.assertEquals(replaceOnce(text, "\tstatus legacy\n", ""), fixed);
		List<CodeAction> layer = actions(uri, "wpo.extend-refused-feature", "'layer'");
		Assertions.assertEquals(replaceOnce(fixed, "\tlayer session\n", ""), applyAndCheck(uri, fixed, layer.get(0)));
		Assertions.assertEquals(List.of(), diagnosticLines(uri));
	}
}
