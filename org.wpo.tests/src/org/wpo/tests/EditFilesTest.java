package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.dsl.workspace.WorkspaceChecker;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.edit.EditResult;
import org.wpo.edit.EditResult.EditIssue;
import org.wpo.edit.EditResult.Outcome;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.WpoEditor;
import org.wpo.edit.operations.MoveToLayer;
import org.wpo.edit.operations.Rename;

import com.google.inject.Inject;

/**
 * What an edit does beside the text it writes ({@link EditOperationsTest}): a saved file keeps its
 * permissions; the problems of the result are named as `wpo check` names them; a default locale
 * with its own case rules changes nothing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class EditFilesTest {

	@Inject
	WorkspaceChecker checker;

	static WpoEditor editor;

	@TempDir
	Path dir;

	Path a;
	Path b;

	@BeforeAll
	static void createEditor() {
		editor = WpoEditor.create();
	}

	@BeforeEach
	void writeFiles() throws IOException {
		a = dir.resolve("a.wpo");
		b = dir.resolve("b.wpo");
		Files.writeString(a, EditOperationsTest.A);
		Files.writeString(b, EditOperationsTest.B);
	}

	@Test
	void everySavedFileKeepsItsPermissions() throws IOException {
		Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r--r--"));
		Files.setPosixFilePermissions(b, PosixFilePermissions.fromString("rw-rw----"));

		// The declaration is in a.wpo, a qualified reference to it in b.wpo: both files are replaced.
		EditResult result = editor.apply(List.of(a, b), new Rename(ObjectRef.element("Pipes"), "Tubes"));

		assertEquals(Outcome.SAVED, result.outcome(), result.message());
		assertEquals(List.of(a, b), result.changes().stream().map(EditResult.FileChange::file).toList());
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(b)));
	}

	@Test
	void anEditResultNamesEachProblemAsTheCheckerDoes() throws InputProblemException {
		// The warnings of the two relations to the renamed technology quote its name, which is cut in
		// messages beyond 120 characters.
		String longName = "Pipes" + "x".repeat(130);
		EditResult result = editor.apply(List.of(a, b), new Rename(ObjectRef.element("Pipes"), longName));
		assertEquals(Outcome.SAVED, result.outcome(), result.message());

		CheckResult checked = checker.check(List.of(a.toString(), b.toString()));
		List<String> fromCheck = checked.diagnostics().stream().map(EditFilesTest::line).toList();
		List<String> fromEdit = result.issues().stream().map(EditIssue::toString).toList();
		String cut = "'" + longName.substring(0, 60) + "\u2026' (135 characters)";
		assertEquals(List.of(
				"a.wpo:12:13: warning: wpo.deprecated-dependency: Current 'MS-ACME' runs-over " + cut
						+ ", which is deprecated.",
				"b.wpo:13:13: warning: wpo.deprecated-dependency: Current 'Sockets' runs-over " + cut
						+ ", which is deprecated."),
				fromCheck);
		assertEquals(fromCheck, fromEdit);
	}

	/** A diagnostic of the checker as an edit result prints an issue: the file by its name only. */
	private static String line(WpoDiagnostic diagnostic) {
		return Path.of(diagnostic.file()).getFileName() + ":" + diagnostic.line() + ":" + diagnostic.column() + ": "
				+ diagnostic.severity().label() + ": " + diagnostic.code() + ": " + diagnostic.message();
	}

	@Test
	void anEditByNameUnderATurkishDefaultLocale() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
		try {
			// Turkish lowercases I to a dotless i: WARNING would read warnıng, Import ımport.
			EditResult renamed = editor.apply(List.of(a, b), new Rename(ObjectRef.element("MS-ACMS"), "MS-ACMI"));
			assertEquals(Outcome.SAVED, renamed.outcome(), renamed.message());
			assertEquals("Done: rename 'MS-ACMS' to 'MS-ACMI', changing a.wpo.", renamed.message());
			assertEquals(List.of("warning", "warning"), renamed.issues().stream().map(EditIssue::severity).toList());

			EditResult refused = editor.apply(List.of(a, b),
					new MoveToLayer(ObjectRef.at(a, "//@imports.0"), ObjectRef.layer("wire")));
			assertEquals(Outcome.REFUSED, refused.outcome());
			assertEquals("Cannot move a.wpo#//@imports.0 to layer 'wire': a.wpo#//@imports.0 is an import, not an element.",
					refused.message());
		} finally {
			Locale.setDefault(before);
		}
	}
}
