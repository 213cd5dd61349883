package org.wpo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class SarifMojoTest {

	@TempDir
	Path base;

	private final RecordingLog log = new RecordingLog();

	private SarifMojo mojo() {
		SarifMojo mojo = Projects.configure(new SarifMojo(), base, log);
		mojo.outputDirectory = base.resolve("target/wpo").toFile();
		mojo.pluginVersion = "1.2.3";
		return mojo;
	}

	private JsonObject run() throws Exception {
		return JsonParser.parseString(Files.readString(base.resolve("target/wpo/wpo.sarif"))).getAsJsonObject()
				.getAsJsonArray("runs").get(0).getAsJsonObject();
	}

	@Test
	void errorsAreReportedWithoutFailingTheBuild() throws Exception {
		Projects.write(base, "src/main/wpo/acme.wpo", Projects.ERROR);

		mojo().execute();

		assertEquals(List.of("[INFO] WPO: wrote target/wpo/wpo.sarif (1 error, 0 warnings)"), log.lines);
		JsonObject run = run();
		assertEquals("1.2.3", run.getAsJsonObject("tool").getAsJsonObject("driver").get("version").getAsString());
		JsonArray results = run.getAsJsonArray("results");
		assertEquals(1, results.size());
		JsonObject result = results.get(0).getAsJsonObject();
		assertEquals("wpo.unresolved-reference", result.get("ruleId").getAsString());
		assertEquals("error", result.get("level").getAsString());
		JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonObject("physicalLocation");
		assertEquals("src/main/wpo/acme.wpo",
				location.getAsJsonObject("artifactLocation").get("uri").getAsString());
		assertEquals(8, location.getAsJsonObject("region").get("startLine").getAsInt());
		assertEquals(13, location.getAsJsonObject("region").get("startColumn").getAsInt());
		// The region ends after 'MS-DCOMX': the plugin keeps the end the checker found.
		assertEquals(8, location.getAsJsonObject("region").get("endLine").getAsInt());
		assertEquals(21, location.getAsJsonObject("region").get("endColumn").getAsInt());
	}

	@Test
	void projectWithoutModelsGetsALogWithoutResults() throws Exception {
		mojo().execute();

		assertEquals(List.of("[INFO] WPO: no .wpo files in src/main/wpo; nothing to check.",
				"[INFO] WPO: wrote target/wpo/wpo.sarif (no files checked)"), log.lines);
		assertEquals(0, run().getAsJsonArray("results").size());
	}
}
