package org.wpo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff goal against a baseline folder and a git revision. */
class DiffMojoTest {

	/** The baseline: MS-ACME runs over MS-DCOM; MS-OLD is a technology in area 1. */
	static final String BASELINE = """
			model acme

			import mswpo

			area 1 "ACME" {
				protocol MS-ACME "ACME Management Protocol" {
					layer application
					runs-over MS-DCOM
				}
				technology Beacon "ACME Beacon" {
					layer application
					uses MS-ACME
				}
			}
			""";

	/** The baseline with MS-ACME legacy, Beacon renamed Lighthouse, and a new relation to a built-in element. */
	static final String CHANGED = """
			model acme

			import mswpo

			area 1 "ACME" {
				protocol MS-ACME "ACME Management Protocol" {
					layer application
					status legacy
					runs-over MS-DCOM
					requires MS-DTYP
				}
				technology Lighthouse "ACME Beacon" {
					layer application
					uses MS-ACME
				}
			}
			""";

	static final List<String> REPORT = List.of("[INFO] 1 ACME",
			"[INFO]   renamed Beacon to Lighthouse",
			"[INFO]   MS-ACME status: current -> legacy",
			"[INFO]   added relation MS-ACME requires MS-DTYP",
			"[INFO] 1 element renamed, 1 element change, 1 relation added");

	@TempDir
	Path base;

	private final RecordingLog log = new RecordingLog();

	private DiffMojo mojo(String baseline) {
		DiffMojo mojo = Projects.configure(new DiffMojo(), base, log);
		mojo.baseline = baseline;
		mojo.diffFormat = "markdown";
		return mojo;
	}

	private List<String> withHeading(String baseline, List<String> report) {
		List<String> lines = new ArrayList<>(List.of("[INFO] WPO: compared with " + baseline + ":"));
		lines.addAll(report);
		return lines;
	}

	@Test
	void reportsTheDifferencesFromABaselineFolderAndChangesNothing() throws Exception {
		Projects.write(base, "baseline/acme.wpo", BASELINE);
		Projects.write(base, "src/main/wpo/acme.wpo", CHANGED);
		Map<String, String> before = Projects.snapshot(base);

		mojo("baseline").execute();

		assertEquals(withHeading("baseline", REPORT), log.lines);
		assertEquals(before, Projects.snapshot(base));
	}

	@Test
	void failsOnDifferencesOnlyWhenAskedAndWritesTheReport() throws Exception {
		Projects.write(base, "baseline/acme.wpo", BASELINE);
		Projects.write(base, "src/main/wpo/acme.wpo", CHANGED);
		DiffMojo mojo = mojo("baseline");
		mojo.failOnDifferences = true;
		mojo.diffFile = new File("target/wpo/diff.md");

		MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

		assertEquals("The WPO model differs from baseline: 1 element renamed, 1 element change, 1 relation added"
				+ " (listed above) and failOnDifferences is set.", failure.getMessage());
		assertEquals("""
				### WPO model changes

				1 element renamed, 1 element change, 1 relation added.

				#### 1 ACME

				- renamed Beacon to Lighthouse
				- MS-ACME status: current → legacy
				- added relation MS-ACME requires MS-DTYP
				""", Files.readString(base.resolve("target/wpo/diff.md"), StandardCharsets.UTF_8));
		assertTrue(log.lines.contains("[INFO] WPO: wrote target/wpo/diff.md"), log.lines::toString);
	}

	@Test
	void sameModelPassesEvenWithFailOnDifferences() throws Exception {
		Projects.write(base, "baseline/a/acme.wpo", BASELINE);
		Projects.write(base, "src/main/wpo/acme.wpo", BASELINE);
		DiffMojo mojo = mojo("baseline");
		mojo.failOnDifferences = true;
		mojo.diffFile = new File("target/diff.json");
		mojo.diffFormat = "json";

		mojo.execute();

		assertEquals(List.of("[INFO] WPO: compared with baseline:", "[INFO] no differences",
				"[INFO] WPO: wrote target/diff.json"), log.lines);
		assertTrue(Files.readString(base.resolve("target/diff.json")).startsWith("{\n  \"differences\": false,"));
	}

	@Test
	void baselineFromAGitRevision() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", BASELINE);
		git("init", "-q");
		git("add", ".");
		git("commit", "-q", "-m", "baseline");
		Projects.write(base, "src/main/wpo/acme.wpo", CHANGED);

		mojo("HEAD:src/main/wpo").execute();

		assertEquals(withHeading("HEAD:src/main/wpo", REPORT), log.lines);
	}

	@Test
	void badBaselinesAndFormatsAreOneLine() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", BASELINE);

		MojoFailureException missing = assertThrows(MojoFailureException.class, () -> mojo("nope").execute());
		assertEquals("WPO: no such file or folder: nope", missing.getMessage());

		git("init", "-q");
		MojoFailureException revision = assertThrows(MojoFailureException.class, () -> mojo("main~3:src").execute());
		assertEquals("WPO: unknown git revision 'main~3' in main~3:src", revision.getMessage());

		DiffMojo yaml = mojo("src/main/wpo");
		yaml.diffFormat = "yaml";
		MojoExecutionException format = assertThrows(MojoExecutionException.class, yaml::execute);
		assertEquals("WPO: unknown diffFormat 'yaml'; use text, json or markdown.", format.getMessage());
	}

	private void git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
				"-c", "commit.gpgsign=false"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
	}
}
