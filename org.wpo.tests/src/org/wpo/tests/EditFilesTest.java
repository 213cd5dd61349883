package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.edit.EditResult;
import org.wpo.edit.EditResult.Outcome;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.WpoEditor;
import org.wpo.edit.operations.Rename;

/**
 * What an edit does to the files as files, beside their text ({@link EditOperationsTest}): a saved
 * file keeps its permissions.
 */
class EditFilesTest {

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
}
