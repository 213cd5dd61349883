package org.wpo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {

	@TempDir
	Path base;

	private final RecordingLog log = new RecordingLog();

	private ValidateMojo mojo(String... folders) {
		return Projects.configure(new ValidateMojo(), base, log, folders);
	}

	@Test
	void cleanModelPassesWithASummaryAndChangesNothing() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", Projects.CLEAN);
		Map<String, String> before = Projects.snapshot(base);

		mojo().execute();

		assertEquals(List.of("[INFO] WPO: checked 1 file: 1 element, 1 relation, 1 area; 0 errors, 0 warnings"),
				log.lines);
		assertEquals(before, Projects.snapshot(base));
	}

	@Test
	void errorFailsTheBuildAndIsLoggedAtItsPosition() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", Projects.ERROR);
		Projects.write(base, "src/main/wpo/planned.wpo", Projects.WARNING);
		Map<String, String> before = Projects.snapshot(base);

		MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo().execute());

		assertEquals("The WPO model has 1 error (listed above).", failure.getMessage());
		assertEquals(List.of("[ERROR] " + Projects.ERROR_LINE, "[WARNING] " + Projects.WARNING_LINE,
				"[INFO] WPO: checked 2 files: 1 element, 1 relation, 2 areas; 1 error, 1 warning"), log.lines);
		assertTrue(log.thrown.isEmpty());
		assertEquals(before, Projects.snapshot(base));
	}

	@Test
	void warningsPassUnlessFailOnWarningsIsSet() throws Exception {
		Projects.write(base, "src/main/wpo/planned.wpo", Projects.WARNING);

		mojo().execute();
		assertEquals(List.of("[WARNING] " + Projects.WARNING_LINE,
				"[INFO] WPO: checked 1 file: 0 elements, 0 relations, 1 area; 0 errors, 1 warning"), log.lines);

		ValidateMojo strict = mojo();
		strict.failOnWarnings = true;
		MojoFailureException failure = assertThrows(MojoFailureException.class, strict::execute);
		assertEquals("The WPO model has 1 warning (listed above) and failOnWarnings is set.", failure.getMessage());
	}

	@Test
	void projectWithoutModelsIsSkippedWithOneLine() throws Exception {
		mojo().execute();
		assertEquals(List.of("[INFO] WPO: no .wpo files in src/main/wpo; nothing to validate."), log.lines);

		// A folder that exists but holds no .wpo file is no different.
		Projects.write(base, "src/main/wpo/notes.txt", "not a model");
		log.lines.clear();
		mojo().execute();
		assertEquals(List.of("[INFO] WPO: no .wpo files in src/main/wpo; nothing to validate."), log.lines);
	}

	@Test
	void skipDoesNothing() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", Projects.ERROR);
		ValidateMojo skipped = mojo();
		skipped.skip = true;

		skipped.execute();

		assertEquals(List.of("[INFO] WPO: validation is skipped (wpo.skip)."), log.lines);
	}

	@Test
	void severalFoldersAreCheckedTogetherAndMissingOnesPassedOver() throws Exception {
		Projects.write(base, "models/a/acme.wpo", Projects.CLEAN);
		Projects.write(base, "models/b/more.wpo", """
				model acme

				import mswpo

				area 2 "More" {
					protocol MS-MORE "More" {
						layer application
						uses MS-ACME
					}
				}
				""");

		mojo("models/a", "models/b", "models/none").execute();

		assertEquals(List.of("[INFO] WPO: checked 2 files: 2 elements, 2 relations, 2 areas; 0 errors, 0 warnings"),
				log.lines);
	}

	@Test
	void binaryFileIsADiagnosticNotACrash() throws Exception {
		Path file = base.resolve("src/main/wpo/image.wpo");
		Files.createDirectories(file.getParent());
		Files.write(file, new byte[] { 'm', 'o', 'd', 'e', 'l', '\n', 0, 1, 2 });

		MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo().execute());

		assertEquals("The WPO model has 1 error (listed above).", failure.getMessage());
		assertEquals("[ERROR] src/main/wpo/image.wpo:2:1: error: wpo.binary-file: This is a binary file, not a WPO"
				+ " text: it contains a NUL byte at byte offset 6.", log.lines.get(0));
	}

	@Test
	void brokenLinkIsOneErrorAtARelativePathAndTheRestIsChecked() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", Projects.ERROR);
		Files.createSymbolicLink(base.resolve("src/main/wpo/gone.wpo"), Path.of("nowhere.wpo"));

		MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo().execute());

		assertEquals("The WPO model has 2 errors (listed above).", failure.getMessage());
		assertEquals(List.of("[ERROR] " + Projects.ERROR_LINE,
				"[ERROR] src/main/wpo/gone.wpo:1:1: error: wpo.broken-link: This link to 'nowhere.wpo' leads to no"
						+ " file, so its model is not checked; the other files are.",
				"[INFO] WPO: checked 1 file: 1 element, 1 relation, 1 area; 2 errors, 0 warnings"), log.lines);
	}
}
