package org.wpo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.export.ExportFormat;

/** The small pieces the goals are made of. */
class SupportTest {

	@TempDir
	Path base;

	@Test
	void sourcesDefaultToSrcMainWpoAndKeepOnlyFoldersWithModels() throws Exception {
		assertEquals(List.of(base.resolve("src/main/wpo")), ModelSources.find(base, null).configured());
		assertTrue(ModelSources.find(base, List.of()).isEmpty());

		Projects.write(base, "b/deep/x.wpo", "model x\n");
		Projects.write(base, "c/readme.txt", "no model here");
		File absolute = base.resolve("b").toFile();
		ModelSources sources = ModelSources.find(base, List.of(new File("a"), absolute, new File("c"), new File("b/.")));

		assertEquals(List.of(base.resolve("a"), base.resolve("b"), base.resolve("c"), base.resolve("b")),
				sources.configured());
		assertEquals(List.of(base.resolve("b")), sources.withModels());
	}

	@Test
	void pathsAreNamedRelativeToTheProject() {
		ProjectPaths paths = new ProjectPaths(base);
		assertEquals(Path.of("src", "main", "wpo", "a.wpo").toString(),
				paths.relative(base.resolve("src/main/wpo/a.wpo").toString()));
		assertEquals(Path.of("..", "shared", "b.wpo").toString(), paths.relative(base.resolveSibling("shared/b.wpo")));
		assertEquals(".", paths.relative(base));
		assertEquals("cannot read file: src" + File.separator + "a.wpo (permission denied)",
				paths.shorten("cannot read file: " + base.resolve("src/a.wpo") + " (permission denied)"));
	}

	@Test
	void formatsAreParsedLenientlyAndOnceEach() {
		assertEquals(List.of(ExportFormat.XMI, ExportFormat.JSON),
				ExportFormats.parse(Arrays.asList(" xmi", "JSON", "", null, "json")));
		IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> ExportFormats.parse(List.of()));
		assertEquals("no WPO export format given; known formats: json, csv, dot, mermaid, plantuml, graphml, xmi",
				none.getMessage());
		IllegalArgumentException sarif = assertThrows(IllegalArgumentException.class,
				() -> ExportFormats.parse(List.of("json", " Sarif ")));
		assertEquals("unknown WPO export format 'Sarif'; known formats: json, csv, dot, mermaid, plantuml, graphml, xmi",
				sarif.getMessage(), "sarif has a goal of its own");
	}

	@Test
	void verdictCountsErrorsAndOptionallyWarnings() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", Projects.ERROR);
		Projects.write(base, "src/main/wpo/planned.wpo", Projects.WARNING);
		RecordingLog log = new RecordingLog();
		var result = ProjectCheck.run(ModelSources.find(base, null), new ProjectPaths(base), log);

		assertEquals("The WPO model has 1 error (listed above).", Verdict.of(result, false).failure());
		assertEquals("The WPO model has 1 error and 1 warning (listed above).", Verdict.of(result, true).failure());
		assertTrue(log.lines.isEmpty());
	}
}
