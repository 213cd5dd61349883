package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wpo.cli.Fixtures.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as its own process the way the ./wpo launcher runs it. */
class WpoJarIT {

	@TempDir
	Path dir;

	@Test
	void checkReportsTheBrokenFileAndExitsWithOne() throws Exception {
		write(dir.resolve("models/good.wpo"), """
				model lab
				import mswpo
				area 1 "Transport" {
					technology Pipe "Named pipes" {
						runs-over TCP
					}
				}
				""");
		write(dir.resolve("models/broken.wpo"), """
				model lab
				area 2 "Calls" {
					protocol MS-CALL "Calls" {
						runs-over Pipe, Nowhere
					}
					protocl
				}
				""");

		Result run = run(dir, "check", "models");

		assertEquals(1, run.status, run::toString);
		assertEquals(List.of(
				"models/broken.wpo:4:19: error: wpo.unresolved-reference: Unresolved reference: no specification"
						+ " or technology named 'Nowhere' is visible here.",
				"models/broken.wpo:6:2: error: wpo.syntax-error: extraneous input 'protocl' expecting '}'",
				"checked 2 files: 2 elements, 3 relations, 2 areas; 2 errors, 0 warnings"), run.out);
		assertEquals(List.of(), run.err);
	}

	@Test
	void missingFolderExitsWithTwoAndOneLine() throws Exception {
		Result run = run(dir, "check", "foo/");
		assertEquals(2, run.status, run::toString);
		assertEquals(List.of(), run.out);
		assertEquals(List.of("wpo: no such file or folder: foo/"), run.err);
	}

	@Test
	void builtInModelChecksClean() throws Exception {
		Result run = run(dir, "check");
		assertEquals(0, run.status, run::toString);
		String summary = run.out.get(run.out.size() - 1);
		assertTrue(summary.startsWith("checked built-in model mswpo ("), summary);
		assertTrue(summary.contains("; 0 errors, "), summary);
		assertEquals(List.of(), run.err);
	}

	private record Result(int status, List<String> out, List<String> err) {
	}

	private static Result run(Path workingDirectory, String... args) throws IOException, InterruptedException {
		String jar = System.getProperty("wpo.jar");
		assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the shaded jar is missing: " + jar);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("wpo", ".out");
		Path err = Files.createTempFile("wpo", ".err");
		try {
			Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
					.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			int status = process.waitFor();
			return new Result(status, Files.readAllLines(out, StandardCharsets.UTF_8),
					Files.readAllLines(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}
}
