package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wpo.cli.Fixtures.write;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wpo studio} refuses to start, with exit status 2 and exactly one line on stderr, when its
 * model or its port cannot be used (it serves until Ctrl-C otherwise, which the browser test covers).
 */
class StudioCommandTest {

	private static final String LAB = """
			model lab
			area 1 "Lab" {
				technology Pipe "Named pipes"
			}
			""";

	@TempDir
	Path dir;

	@Test
	void aMissingPathIsOneLine() {
		String missing = dir.resolve("nowhere").toString();
		assertUsageProblem(WpoRun.of("studio", missing), "wpo: no such file or folder: " + missing);
	}

	@Test
	void aFileThatIsNoModelIsOneLine() {
		Path notes = write(dir.resolve("notes.txt"), LAB);
		assertUsageProblem(WpoRun.of("studio", notes.toString()), "wpo: not a .wpo file: " + notes);
	}

	@Test
	void aPortOutOfRangeIsOneLine() {
		Path lab = write(dir.resolve("lab.wpo"), LAB);
		assertUsageProblem(WpoRun.of("studio", lab.toString(), "--port", "70000"),
				"wpo: invalid port: 70000 (0 to 65535) (see 'wpo studio --help')");
	}

	@Test
	void aPortThatIsNoNumberIsOneLine() {
		Path lab = write(dir.resolve("lab.wpo"), LAB);
		WpoRun run = WpoRun.of("studio", lab.toString(), "--port", "http");
		assertEquals(2, run.status(), run::toString);
		assertEquals(1, run.errLines().size(), run::toString);
		assertTrue(run.errLines().get(0).startsWith("wpo: ") && run.errLines().get(0).contains("'http'")
				&& run.errLines().get(0).endsWith("(see 'wpo studio --help')"), run::toString);
		assertTrue(run.hasNoStackTrace(), run::toString);
	}

	@Test
	void aPortTakenByAnotherProgramIsOneLine() throws Exception {
		Path lab = write(dir.resolve("lab.wpo"), LAB);
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			assertUsageProblem(WpoRun.of("studio", lab.toString(), "--port", String.valueOf(port)),
					"wpo: cannot listen on 127.0.0.1:" + port + " (in use)");
		}
	}

	private static void assertUsageProblem(WpoRun run, String expectedLine) {
		assertEquals(2, run.status(), run::toString);
		assertEquals(List.of(expectedLine), run.errLines());
		assertEquals("", run.out());
		assertTrue(run.hasNoStackTrace(), run::toString);
	}
}
