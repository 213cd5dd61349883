package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.dsl.workspace.ModelCounts;
import org.wpo.dsl.workspace.WorkspaceChecker;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.dsl.workspace.WpoDiagnostic.Severity;

import com.google.inject.Inject;

/** The headless loader inside OSGi, where a language server or the IDE would use it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class WorkspaceCheckerTest {

	@Inject
	WorkspaceChecker checker;

	@TempDir
	Path dir;

	@Test
	void reportsPlainDiagnosticsWithPathsRelativeToTheGivenFolder() throws Exception {
		// CRLF line ends and a Latin-1 byte: line counting must agree with Xtext's own positions.
		write("models/lab.wpo", "model lab\r\nimport mswpo\r\narea 1 \"Caf\u00e9\" {\r\n"
				+ "\ttechnology Pipe \"Pipes\" {\r\n\t\truns-over TCP, Nowhere\r\n\t}\r\n}\r\n",
				StandardCharsets.ISO_8859_1);
		String folder = dir.resolve("models").toString();

		CheckResult result = checker.check(List.of(folder));

		String file = folder + "/lab.wpo";
		assertEquals(List.of(file), result.files());
		assertEquals(List.of(
				new WpoDiagnostic(file, 3, 12, Severity.ERROR, "wpo.invalid-encoding",
						"Invalid UTF-8: byte 0xE9 at byte offset 36 is not part of a valid UTF-8 character;"
								+ " save the file as UTF-8."),
				new WpoDiagnostic(file, 5, 18, Severity.ERROR, "wpo.unresolved-reference",
						"Unresolved reference: no specification or technology named 'Nowhere' is visible here.", 5,
						25)),
				result.diagnostics());
		assertEquals(new ModelCounts(1, 1, 2, 1), result.counts());
	}

	@Test
	void missingPathIsAnInputProblem() {
		String missing = dir.resolve("gone").toString();
		InputProblemException problem = assertThrows(InputProblemException.class,
				() -> checker.check(List.of(missing)));
		assertEquals("no such file or folder: " + missing, problem.getMessage());
	}

	@Test
	void withoutPathsTheBuiltInLibraryIsChecked() throws Exception {
		CheckResult result = checker.check(List.of());
		assertEquals(org.wpo.dsl.library.BuiltInLibrary.fileNames().stream()
				.map(name -> "wpo-library:/mswpo/" + name).toList(), result.files());
		assertEquals(0, result.errors(), result.diagnostics()::toString);
	}

	private void write(String name, String text, java.nio.charset.Charset charset) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, text.getBytes(charset));
	}
}
