package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long runs say how far they have come on stderr, unless --quiet; short runs say nothing. */
class ProgressTest {

	@TempDir
	Path dir;

	private void writeFiles(int count) {
		for (int i = 0; i < count; i++) {
			Fixtures.write(dir.resolve(String.format("f%03d.wpo", i)),
					"area A" + i + " \"Area " + i + "\" { technology T" + i + " }\n");
		}
	}

	@Test
	void aLongCheckReportsProgress() {
		writeFiles(250);
		WpoRun run = WpoRun.of("check", dir.toString());
		assertEquals(0, run.status(), run.toString());
		assertEquals(List.of("wpo: loaded 100 of 250 files", "wpo: loaded 200 of 250 files",
				"wpo: loaded 250 of 250 files", "wpo: linking 250 files", "wpo: validated 100 of 250 files",
				"wpo: validated 200 of 250 files", "wpo: validated 250 of 250 files"), run.errLines());
		assertEquals("checked 250 files: 250 elements, 0 relations, 250 areas; 0 errors, 0 warnings",
				run.outLines().get(run.outLines().size() - 1));
	}

	@Test
	void quietSilencesIt() {
		writeFiles(250);
		WpoRun run = WpoRun.of("list", "--quiet", dir.toString());
		assertEquals(0, run.status(), run.toString());
		assertEquals("", run.err());
	}

	@Test
	void aShortCheckSaysNothingOnStderr() {
		writeFiles(20);
		WpoRun run = WpoRun.of("check", dir.toString());
		assertEquals("", run.err());
	}
}
