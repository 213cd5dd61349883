package org.wpo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ExportMojoTest {

	@TempDir
	Path base;

	private final RecordingLog log = new RecordingLog();

	private ExportMojo mojo(String... formats) {
		ExportMojo mojo = Projects.configure(new ExportMojo(), base, log);
		mojo.formats = List.of(formats);
		mojo.outputDirectory = base.resolve("target/wpo").toFile();
		return mojo;
	}

	@Test
	void writesEachFormatIntoTargetOnly() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", Projects.CLEAN);
		Map<String, String> sources = Projects.snapshot(base.resolve("src"));

		mojo("json", "CSV", " dot ", "json").execute();

		assertEquals(List.of("[INFO] WPO: wrote target/wpo/wpo.json",
				"[INFO] WPO: wrote target/wpo/csv/specifications.csv",
				"[INFO] WPO: wrote target/wpo/csv/technologies.csv",
				"[INFO] WPO: wrote target/wpo/csv/relations.csv",
				"[INFO] WPO: wrote target/wpo/wpo.dot"), log.lines);
		JsonObject json = JsonParser.parseString(Files.readString(base.resolve("target/wpo/wpo.json"))).getAsJsonObject();
		assertEquals("MS-ACME", json.getAsJsonArray("specifications").get(0).getAsJsonObject().get("shortName")
				.getAsString());
		assertEquals("\"MS-ACME\",\"runs-over\",\"MS-DCOM\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"",
				Projects.lines(base.resolve("target/wpo/csv/relations.csv")).get(1));
		assertTrue(Files.readString(base.resolve("target/wpo/wpo.dot")).startsWith("digraph"));
		assertEquals(sources, Projects.snapshot(base.resolve("src")));
		try (Stream<Path> written = Files.walk(base.resolve("target/wpo"))) {
			assertFalse(written.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
		}
	}

	@Test
	void modelWithErrorsIsNotExported() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", Projects.ERROR);

		MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo("json").execute());

		assertEquals("The WPO model has 1 error (listed above); nothing was exported.", failure.getMessage());
		assertEquals(List.of("[ERROR] " + Projects.ERROR_LINE), log.lines);
		assertFalse(Files.exists(base.resolve("target")));
	}

	@Test
	void unknownFormatNamesTheKnownOnes() {
		MojoExecutionException failure = assertThrows(MojoExecutionException.class, () -> mojo("svg").execute());
		assertEquals("WPO: unknown WPO export format 'svg'; known formats: json, csv, dot, mermaid, plantuml,"
				+ " graphml, xmi", failure.getMessage());
	}

	@Test
	void refusesToWriteIntoTheSources() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", Projects.CLEAN);
		ExportMojo mojo = mojo("json");
		mojo.outputDirectory = new File(base.toFile(), "src/main/wpo/out");
		Map<String, String> before = Projects.snapshot(base);

		MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);

		assertEquals("WPO: the output folder src/main/wpo/out overlaps the sources (src/main/wpo); choose a folder"
				+ " under target/.", failure.getMessage());
		assertEquals(before, Projects.snapshot(base));
	}

	@Test
	void outputThatCannotBeWrittenIsOneLine() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", Projects.CLEAN);
		Projects.write(base, "target/wpo", "a file where the folder should be");

		MojoExecutionException failure = assertThrows(MojoExecutionException.class, () -> mojo("json").execute());

		assertEquals("WPO: cannot write into target/wpo (FileAlreadyExistsException: target/wpo)", failure.getMessage());
	}

	@Test
	void projectWithoutModelsWritesNothing() throws Exception {
		mojo("json").execute();
		assertEquals(List.of("[INFO] WPO: no .wpo files in src/main/wpo; nothing to export."), log.lines);
		assertFalse(Files.exists(base.resolve("target")));
	}
}
