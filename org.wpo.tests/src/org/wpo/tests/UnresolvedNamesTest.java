package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.naming.ClosestNames;
import org.wpo.dsl.scoping.VisibleNames;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.WorkspaceChecker;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.query.ModelIndex;

import com.google.inject.Inject;

/**
 * An unresolved reference names the closest visible names, found by the matcher the query commands
 * use for an unknown element name.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class UnresolvedNamesTest {

	@Inject
	WorkspaceChecker checker;

	@TempDir
	Path dir;

	private List<String> check(String text) throws Exception {
		Path file = dir.resolve("user.wpo");
		Files.writeString(file, text);
		CheckResult result = checker.check(List.of(file.toString()));
		return result.diagnostics().stream().filter(d -> d.code().equals(WpoIssueCodes.UNRESOLVED_REFERENCE))
				.map(WpoDiagnostic::format)
				.map(line -> line.substring(file.toString().length() + 1)).toList();
	}

	@Test
	void misspelledElementNamesTheClosestVisibleNames() throws Exception {
		assertEquals(List.of("3:12: error: wpo.unresolved-reference: Unresolved reference: no specification or"
				+ " technology named 'MS-SBM2' is visible here; closest names: MS-SMB2, MS-SCMR, MS-SMB."),
				check("""
						import mswpo
						protocol MS-FILES {
							runs-over MS-SBM2
						}
						"""));
	}

	@Test
	void theSameNamesAsTheQueryCommands() throws Exception {
		CheckResult result = checker.check(List.of());
		ModelIndex index = ModelIndex.of(result.resourceSet());
		assertEquals(List.of("MS-SMB2", "MS-SCMR", "MS-SMB"), index.closest("MS-SBM2", 5));
		assertEquals(index.closest("nammed pipes", 5), check("""
				import mswpo
				protocol MS-FILES {
					runs-over "nammed pipes"
				}
				""").stream().map(line -> line.replaceAll(".*closest names: (.*)\\.$", "$1")).map(
						names -> List.of(names.split(", "))).findFirst().orElseThrow());
	}

	@Test
	void namesOfTheReferencedKindOnly() throws Exception {
		// A layer is looked for: element names do not count, however close.
		assertEquals(List.of("3:8: error: wpo.unresolved-reference: Unresolved reference: no layer named"
				+ " 'sesion' is visible here; closest names: session."), check("""
						import mswpo
						protocol MS-FILES {
							layer sesion
						}
						"""));
	}

	@Test
	void aQualifiedNameIsComparedWithQualifiedNames() throws Exception {
		assertEquals(List.of("2:31: error: wpo.unresolved-reference: Unresolved reference: no specification or"
				+ " technology named 'mswpo::MS-SBM2' is visible here; closest names: mswpo::MS-SMB2, mswpo::MS-SCMR, mswpo::MS-SMB."),
				check("""
						model user
						protocol MS-FILES { runs-over mswpo::MS-SBM2 }
						"""));
	}

	@Test
	void nothingCloseNamesNothing() throws Exception {
		assertEquals(List.of("2:31: error: wpo.unresolved-reference: Unresolved reference: no specification or"
				+ " technology named 'Zzyzx' is visible here."), check("""
						import mswpo
						protocol MS-FILES { runs-over Zzyzx }
						"""));
	}

	@Test
	void aFileThatSeesTooManyNamesGetsNoSuggestions() throws Exception {
		// Each element is seen by its name and by its qualified name: one more than the limit.
		StringBuilder text = new StringBuilder("model big\narea 1 {\n");
		for (int i = 0; i <= VisibleNames.MAX_NAMES / 2; i++) {
			text.append("\ttechnology T").append(i).append('\n');
		}
		text.append("\ttechnology Relay { runs-over T1x }\n}\n");
		List<String> lines = check(text.toString());
		assertEquals(List.of("Unresolved reference: no specification or technology named 'T1x' is visible here."),
				lines.stream().map(line -> line.substring(line.indexOf("Unresolved"))).toList());

		StringBuilder fewerText = new StringBuilder("model big\narea 1 {\n");
		for (int i = 0; i < 1_000; i++) {
			fewerText.append("\ttechnology T").append(i).append('\n');
		}
		fewerText.append("\ttechnology Relay { runs-over T1x }\n}\n");
		List<String> fewer = check(fewerText.toString());
		assertEquals(List.of("Unresolved reference: no specification or technology named 'T1x' is visible here;"
				+ " closest names: T1, T10, T11, T12, T13."),
				fewer.stream().map(line -> line.substring(line.indexOf("Unresolved"))).toList());
	}

	@Test
	void closenessIgnoresCaseAndAcceptsContainment() {
		assertEquals(List.of("MS-SMB2", "MS-SMB2X"),
				ClosestNames.closest("ms-smb2", List.of("SMB2", "MS-SMB2X", "MS-SMB2", "Kerberos"), 5));
		assertEquals(1, ClosestNames.distance("ms-sbm2", "ms-smb2"), "a swap of two neighbours is one edit");
		assertEquals(3, ClosestNames.distance("ca", "abc"));
		assertEquals(2, ClosestNames.distance("MS-COMX", "MS-DCOM"));
	}
}
