package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** wpo render and wpo report: the files they write, their output lines, and their errors. */
class RenderCommandTest {

	@TempDir
	Path dir;

	private static Document parse(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(file.toFile());
	}

	@Test
	void renderWritesTheAreaMapAndTheLayerStackByDefault() throws Exception {
		Path out = dir.resolve("diagrams");
		WpoRun run = WpoRun.of("render", "--out", out.toString());
		assertEquals(0, run.status(), run.toString());
		assertEquals(List.of(out.resolve("area-map.svg").toString(), out.resolve("layer-stack.svg").toString()),
				run.outLines());
		assertEquals("", run.err());
		Document map = parse(out.resolve("area-map.svg"));
		assertEquals("svg", map.getDocumentElement().getLocalName());
		assertEquals("area-map", map.getDocumentElement().getAttribute("data-diagram"));
		assertEquals("layer-stack", parse(out.resolve("layer-stack.svg")).getDocumentElement().getAttribute("data-diagram"));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(2, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void renderWithARootAddsItsStack() throws Exception {
		WpoRun run = WpoRun.of("render", "--root", "ms-coma", "-o", dir.toString());
		assertEquals(0, run.status(), run.toString());
		assertEquals(3, run.outLines().size(), run.toString());
		assertEquals(dir.resolve("stack-MS-COMA.svg").toString(), run.outLines().get(2));
		String svg = Files.readString(dir.resolve("stack-MS-COMA.svg"));
		assertTrue(svg.contains("data-element=\"MS-RPCE\""), "the stack reaches MS-RPCE");
		assertTrue(svg.contains("<title>Protocol stack of MS-COMA</title>"));
	}

	@Test
	void aStackOfANameWithASlashStaysInsideTheFolder() throws Exception {
		WpoRun run = WpoRun.of("render", "--diagram", "stack", "--root", "SOAP1.2-1/2003", "--out", dir.toString());
		assertEquals(0, run.status(), run.toString());
		assertEquals(List.of(dir.resolve("stack-SOAP1.2-1_2F2003.svg").toString()), run.outLines());
		assertTrue(Files.isRegularFile(dir.resolve("stack-SOAP1.2-1_2F2003.svg")));
	}

	@Test
	void renderingTwiceGivesTheSameBytes() throws IOException {
		assertEquals(0, WpoRun.of("render", "--root", "MS-DCOM", "--out", dir.resolve("a").toString()).status());
		assertEquals(0, WpoRun.of("render", "--root", "MS-DCOM", "--out", dir.resolve("b").toString()).status());
		for (String name : List.of("area-map.svg", "layer-stack.svg", "stack-MS-DCOM.svg")) {
			assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
					Files.readAllBytes(dir.resolve("b").resolve(name)), name);
		}
	}

	@Test
	void theStackDiagramNeedsARoot() {
		WpoRun run = WpoRun.of("render", "--diagram", "stack", "--out", dir.toString());
		assertEquals(2, run.status());
		assertEquals(List.of("wpo: the stack diagram needs --root NAME"), run.errLines());
		assertEquals("", run.out());
	}

	@Test
	void aRootOnlyGoesWithTheStack() {
		WpoRun run = WpoRun.of("render", "--diagram", "area-map", "--root", "MS-COMA", "--out", dir.toString());
		assertEquals(2, run.status());
		assertEquals(List.of("wpo: --root applies only to the stack diagram"), run.errLines());
	}

	@Test
	void anUnknownDiagramIsOneLine() {
		WpoRun run = WpoRun.of("render", "--diagram", "pie-chart", "--out", dir.toString());
		assertEquals(2, run.status());
		assertEquals(1, run.errLines().size(), run.toString());
		assertTrue(run.errLines().get(0).startsWith("wpo: "), run.toString());
		assertTrue(run.errLines().get(0).contains("unknown diagram 'pie-chart' (area-map, layer-stack or stack)"),
				run.toString());
		assertTrue(run.hasNoStackTrace());
	}

	@Test
	void anUnknownRootNamesTheClosestOnes() {
		WpoRun run = WpoRun.of("render", "--root", "MS-RPC", "--out", dir.toString());
		assertEquals(2, run.status());
		assertEquals(1, run.errLines().size(), run.toString());
		assertTrue(run.errLines().get(0).startsWith("wpo: unknown element 'MS-RPC'; closest names: "), run.toString());
		assertTrue(run.errLines().get(0).contains("MS-RPCE"), run.toString());
		assertFalse(Files.exists(dir.resolve("area-map.svg")), "nothing is written");
	}

	@Test
	void aModelWithErrorsIsNotRendered() {
		Fixtures.write(dir.resolve("model/bad.wpo"), "area 1 \"A\" { technology T { runs-over Nowhere } }\n");
		Path out = dir.resolve("out");
		WpoRun run = WpoRun.of("render", "--out", out.toString(), dir.resolve("model").toString());
		assertEquals(1, run.status(), run.toString());
		assertEquals("wpo: stopped: the model has 1 error (see 'wpo check')", run.errLines().get(1));
		assertFalse(Files.exists(out));
		WpoRun report = WpoRun.of("report", "--out", out.toString(), dir.resolve("model").toString());
		assertEquals(1, report.status(), report.toString());
		assertFalse(Files.exists(out));
	}

	@Test
	void anOutputThatCannotBeWrittenIsOneLine() throws IOException {
		Path file = Files.writeString(dir.resolve("plain-file"), "x");
		for (String command : List.of("render", "report")) {
			WpoRun run = WpoRun.of(command, "--out", file.resolve("sub").toString());
			assertEquals(2, run.status(), run.toString());
			assertEquals(1, run.errLines().size(), run.toString());
			assertTrue(run.errLines().get(0).startsWith("wpo: cannot write into " + file.resolve("sub")), run.toString());
			assertTrue(run.hasNoStackTrace(), run.toString());
		}
	}

	@Test
	void aUsersModelIsDrawnWithTheLibraryItImports() throws IOException {
		Fixtures.write(dir.resolve("acme.wpo"), """
				model acme
				import mswpo
				area 20 "Acme" {
					protocol MS-ACME "Acme Protocol" { layer application runs-over MS-DCOM }
				}
				""");
		WpoRun run = WpoRun.of("render", "--root", "MS-ACME", "--out", dir.resolve("out").toString(), dir.resolve("acme.wpo").toString());
		assertEquals(0, run.status(), run.toString());
		String stack = Files.readString(dir.resolve("out/stack-MS-ACME.svg"));
		assertTrue(stack.contains("data-source=\"MS-ACME\" data-target=\"MS-DCOM\""), stack);
		assertTrue(Files.readString(dir.resolve("out/area-map.svg")).contains("data-name=\"20\""));
	}

	@Test
	void reportWritesTheSiteAndSaysWhereItStarts() throws IOException {
		Path out = dir.resolve("site");
		WpoRun run = WpoRun.of("report", "--out", out.toString());
		assertEquals(0, run.status(), run.toString());
		assertEquals(1, run.outLines().size(), run.toString());
		assertTrue(run.outLines().get(0).startsWith(out.resolve("index.html") + " ("), run.toString());
		assertTrue(run.outLines().get(0).endsWith(" files written)"), run.toString());
		for (String name : List.of("index.html", "layer-stack.html", "elements.html", "style.css", "search.js",
				"search-index.js", "element-MS-RPCE.html", "element-SOAP1.2-1_2F2003.html", "area-7.3.1.html")) {
			assertTrue(Files.isRegularFile(out.resolve(name)), name);
		}
		assertTrue(Files.readString(out.resolve("index.html")).contains("data-diagram=\"area-map\""),
				"the index shows the area map");
		try (Stream<Path> files = Files.list(out)) {
			for (Path file : files.toList()) {
				assertFalse(file.getFileName().toString().endsWith(".tmp"), file.toString());
				String text = Files.readString(file);
				for (String remote : List.of("src=\"http", "href=\"http", "=\"//", "url(http", "@import")) {
					assertFalse(text.contains(remote), file + " loads something from outside the site: " + remote);
				}
			}
		}
	}

	@Test
	void helpNamesTheCommandsAndFitsEightyColumns() {
		WpoRun top = WpoRun.of("--help");
		assertTrue(top.outLines().contains("  render  Draws the diagrams of the model as SVG files."), top.toString());
		assertTrue(top.outLines().contains("  report  Writes the model as a static HTML site."), top.toString());
		for (String command : List.of("render", "report")) {
			WpoRun run = WpoRun.of(command, "--help");
			assertEquals(0, run.status(), run.toString());
			// The four description lines are written to fit, so picocli does not break any of them.
			List<String> lines = run.outLines();
			int usage = lines.indexOf(lines.stream().filter(l -> l.startsWith("Usage:")).findFirst().orElseThrow());
			int options = lines.indexOf(lines.stream().filter(l -> l.startsWith(" ")).findFirst().orElseThrow());
			assertEquals(4, options - usage - 1, run.toString());
			run.outLines().forEach(line -> assertTrue(line.length() < 80, line));
		}
	}
}
