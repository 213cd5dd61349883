package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wpo.cli.Fixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage and input problems: exit status 2 and exactly one line on stderr, never a stack trace. */
class CommandLineTest {

	private static final String LAB = """
			model lab
			area 1 "Lab" {
				technology Pipe "Named pipes"
			}
			""";

	@TempDir
	Path dir;

	@Test
	void missingPathIsOneLineAndStatusTwo() {
		String missing = dir.resolve("foo") + "/";
		WpoRun run = WpoRun.of("check", missing);
		assertUsageProblem(run, "wpo: no such file or folder: " + missing);
	}

	@Test
	void missingPathAmongGoodOnesStillFails() {
		Path good = write(dir.resolve("good.wpo"), LAB);
		WpoRun run = WpoRun.of("check", good.toString(), "nowhere.wpo");
		assertUsageProblem(run, "wpo: no such file or folder: nowhere.wpo");
	}

	@Test
	void brokenLinkInFolderIsOneErrorAndTheRestIsChecked() throws IOException {
		write(dir.resolve("good.wpo"), LAB);
		write(dir.resolve("wrong.wpo"), "model lab\narea 2 {\n\ttechnology Relay { runs-over Nowhere }\n}\n");
		Files.createSymbolicLink(dir.resolve("gone.wpo"), dir.resolve("deleted.wpo"));
		WpoRun run = WpoRun.of("check", dir.toString());
		assertEquals(1, run.status(), run::toString);
		assertEquals(List.of(dir.resolve("gone.wpo") + ":1:1: error: wpo.broken-link: This link to '"
				+ dir.resolve("deleted.wpo") + "' leads to no file, so its model is not checked; the other files are.",
				dir.resolve("wrong.wpo") + ":3:31: error: wpo.unresolved-reference: Unresolved reference: no"
						+ " specification or technology named 'Nowhere' is visible here.",
				"checked 2 files: 2 elements, 1 relation, 2 areas; 2 errors, 0 warnings"), run.outLines());
		assertEquals("", run.err());
	}

	@Test
	void folderWithOnlyABrokenLinkIsOneError() throws IOException {
		Files.createSymbolicLink(dir.resolve("gone.wpo"), Path.of("deleted.wpo"));
		WpoRun run = WpoRun.of("check", dir.toString());
		assertEquals(1, run.status(), run::toString);
		assertEquals(List.of(dir.resolve("gone.wpo") + ":1:1: error: wpo.broken-link: This link to 'deleted.wpo'"
				+ " leads to no file, so its model is not checked; the other files are.",
				"checked 0 files: 0 elements, 0 relations, 0 areas; 1 error, 0 warnings"), run.outLines());
	}

	@Test
	void folderWithoutModelFilesIsAnInputProblem() {
		write(dir.resolve("notes.txt"), "nothing to see");
		WpoRun run = WpoRun.of("check", dir.toString());
		assertUsageProblem(run, "wpo: no .wpo file in folder: " + dir);
	}

	@Test
	void fileWithOtherExtensionIsAnInputProblem() {
		Path file = write(dir.resolve("model.txt"), LAB);
		WpoRun run = WpoRun.of("check", file.toString());
		assertUsageProblem(run, "wpo: not a .wpo file: " + file);
	}

	@Test
	void unknownOptionIsOneLineWithHelpHint() {
		assertUsageProblem(WpoRun.of("check", "--frob"), "wpo: unknown option: --frob (see 'wpo check --help')");
	}

	@Test
	void unknownCommandIsOneLineWithHelpHint() {
		assertUsageProblem(WpoRun.of("chek"), "wpo: unknown command: chek (see 'wpo --help')");
	}

	@Test
	void missingCommandIsOneLineWithHelpHint() {
		assertUsageProblem(WpoRun.of(), "wpo: missing command (see 'wpo --help')");
	}

	@Test
	void versionIsPrinted() {
		WpoRun run = WpoRun.of("--version");
		assertEquals(0, run.status(), run::toString);
		assertTrue(run.out().matches("wpo \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.out());
	}

	@Test
	void helpListsTheCheckCommand() {
		WpoRun run = WpoRun.of("--help");
		assertEquals(0, run.status(), run::toString);
		assertTrue(run.out().startsWith("Usage: wpo [-hV] [COMMAND]"), run.out());
		assertTrue(run.outLines().stream().anyMatch(line -> line.strip().startsWith("check ")), run.out());
	}

	@Test
	void helpCommandShowsTheCheckUsage() {
		WpoRun run = WpoRun.of("help", "check");
		assertEquals(0, run.status(), run::toString);
		assertEquals("Checks .wpo files and reports every problem.", run.outLines().get(0));
		assertEquals("Usage: wpo check [-hqV] [PATH...]", run.outLines().get(1));
	}

	@Test
	void errorLoggedByXtextDuringCheckFailsWithOneLinePerError() {
		Path file = write(dir.resolve("lab.wpo"), LAB);
		WpoRun.of("check", file.toString()); // sets the language and its logging up
		// Stands for a validation rule that threw: Xtext logs such failures and goes on.
		org.apache.log4j.Logger.getLogger(org.eclipse.xtext.validation.AbstractDeclarativeValidator.class)
				.error("Error executing checkLab", new IllegalStateException("no layer"));
		WpoRun run = WpoRun.of("check", file.toString());
		assertEquals(2, run.status(), run::toString);
		assertEquals(List.of("checked 1 file: 1 element, 0 relations, 1 area; 0 errors, 0 warnings"),
				run.outLines());
		assertEquals(List.of("wpo: internal error: Error executing checkLab (IllegalStateException: no layer)"),
				run.errLines());
	}

	@Test
	void linkLoopIsReportedAndFilesAreCheckedOnce() throws IOException {
		Path models = dir.resolve("models");
		write(models.resolve("lab.wpo"), LAB);
		Files.createSymbolicLink(models.resolve("again"), models);
		Files.createSymbolicLink(models.resolve("same.wpo"), models.resolve("lab.wpo"));
		WpoRun run = WpoRun.of("check", models.toString());
		assertEquals(0, run.status(), run::toString);
		assertEquals(List.of(
				models.resolve("again") + ":1:1: warning: wpo.link-loop: This folder is reached again through a"
						+ " link (a loop); it is not searched a second time.",
				models.resolve("same.wpo") + ":1:1: info: wpo.duplicate-file: Same file as " + models.resolve("lab.wpo")
						+ "; it is checked once.",
				"checked 1 file: 1 element, 0 relations, 1 area; 0 errors, 1 warning"), run.outLines());
	}

	private static void assertUsageProblem(WpoRun run, String expectedLine) {
		assertEquals(2, run.status(), run::toString);
		assertEquals(List.of(expectedLine), run.errLines());
		assertEquals("", run.out());
		assertTrue(run.hasNoStackTrace(), run::toString);
	}
}
