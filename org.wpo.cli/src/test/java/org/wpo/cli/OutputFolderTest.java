package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output stays in the folder it is told: files are named from the model only through a safe
 * file name, and a symbolic link planted in the output folder under a name the tool writes is
 * replaced by the new file, never written through to what it points at.
 */
class OutputFolderTest {

	private static final String SECRET = "outside, must stay as it is\n";

	@TempDir
	Path dir;

	@Test
	void reportReplacesPlantedLinksInsteadOfWritingThroughThem() throws Exception {
		Path outside = Fixtures.write(dir.resolve("outside/secret.txt"), SECRET);
		Path out = Files.createDirectories(dir.resolve("site"));
		for (String name : List.of("index.html", "element-MS-RPCE.html", "search.js")) {
			Files.createSymbolicLink(out.resolve(name), outside);
		}
		WpoRun run = WpoRun.of("report", "--out", out.toString(), "--quiet");
		assertEquals(0, run.status(), run.toString());
		assertEquals(SECRET, Files.readString(outside));
		for (String name : List.of("index.html", "element-MS-RPCE.html", "search.js")) {
			assertFalse(Files.isSymbolicLink(out.resolve(name)), name);
			assertTrue(Files.isRegularFile(out.resolve(name), LinkOption.NOFOLLOW_LINKS), name);
		}
		assertTrue(Files.readString(out.resolve("element-MS-RPCE.html")).contains("MS-RPCE"));
	}

	@Test
	void namesThatLookLikePathsStayInsideTheFolder() throws Exception {
		Path model = Fixtures.write(dir.resolve("model/paths.wpo"), """
				model paths
				area 1 "Paths" {
					standard "../../../escape" "Up and out" { }
					standard "/tmp/absolute" "Absolute" { requires "../../../escape" }
					standard "..\\\\..\\\\windows" "Backslashes" { requires "/tmp/absolute" }
					standard "." "A dot" { requires "..\\\\..\\\\windows" }
				}
				""");
		Path out = dir.resolve("out");
		WpoRun report = WpoRun.of("report", "--out", out.resolve("site").toString(), "--quiet", model.toString());
		assertEquals(0, report.status(), report.toString());
		for (String root : List.of("../../../escape", "/tmp/absolute", "..\\..\\windows", ".")) {
			WpoRun render = WpoRun.of("render", "--diagram", "stack", "--root", root, "--out",
					out.resolve("diagrams").toString(), model.toString());
			assertEquals(0, render.status(), render.toString());
			Path written = Path.of(render.outLines().get(0));
			assertEquals(out.resolve("diagrams"), written.getParent(), root);
		}
		try (Stream<Path> all = Files.walk(dir)) {
			List<Path> strays = all.filter(Files::isRegularFile)
					.filter(p -> !p.startsWith(out) && !p.startsWith(dir.resolve("model"))).toList();
			assertEquals(List.of(), strays, "nothing is written outside the output folders");
		}
		try (Stream<Path> site = Files.list(out.resolve("site"))) {
			assertTrue(site.map(p -> p.getFileName().toString()).anyMatch("element-_2E._2F.._2F.._2Fescape.html"::equals));
		}
	}
}
