package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.export.SarifRules;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The SARIF export as GitHub's code scanning takes it: every rule described and helped, checked by
 * Microsoft's SARIF multitool with GitHub's rules (tools/sarif, installed by .ci/run).
 */
class SarifCodeScanningTest {

	@TempDir
	Path dir;

	/** A model with an error, a warning and a note of different codes, exported as SARIF. */
	private Path exportBadModel() {
		Fixtures.write(dir.resolve("model/sub dir/bad.wpo"), """
				area 1 "A" {
					technology T { runs-over Nowhere }
					protocol C706
				}
				area 2 "Empty"
				""");
		Fixtures.write(dir.resolve("model/empty.wpo"), "");
		Path sarif = dir.resolve("out/wpo.sarif");
		WpoRun run = WpoRun.of("export", "--format", "sarif", "-o", sarif.toString(), dir.resolve("model").toString());
		assertEquals(0, run.status(), run.toString());
		return sarif;
	}

	private static JsonObject read(Path file) throws Exception {
		return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
	}

	@Test
	void everyIssueCodeHasTextsOfItsOwn() throws Exception {
		List<String> missing = new ArrayList<>();
		int codes = 0;
		for (Field field : WpoIssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				codes++;
				String code = (String) field.get(null);
				if (!SarifRules.has(code)) {
					missing.add(code);
				}
			}
		}
		assertTrue(codes >= 25, "codes: " + codes);
		assertEquals(List.of(), missing);
	}

	@Test
	void everyRuleHasAFullDescriptionAndHelp() throws Exception {
		JsonObject run = read(exportBadModel()).getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
		assertEquals("https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wpo/",
				driver.get("informationUri").getAsString());
		JsonArray rules = driver.getAsJsonArray("rules");
		List<String> ids = new ArrayList<>();
		for (JsonElement element : rules) {
			JsonObject rule = element.getAsJsonObject();
			String id = rule.get("id").getAsString();
			ids.add(id);
			String full = rule.getAsJsonObject("fullDescription").get("text").getAsString();
			JsonObject help = rule.getAsJsonObject("help");
			assertTrue(full.endsWith("."), id + ": " + full);
			assertTrue(help.get("text").getAsString().contains("How to fix: "), id);
			assertTrue(help.get("text").getAsString().contains("Example:"), id);
			assertTrue(help.get("markdown").getAsString().contains("**How to fix.** "), id);
			assertTrue(help.get("markdown").getAsString().contains("```\n"), id);
		}
		assertEquals(List.of("wpo.empty-file", "wpo.unresolved-reference", "wpo.short-name-kind", "wpo.empty-area"),
				ids);
		JsonObject unresolved = rules.get(1).getAsJsonObject();
		assertEquals("unresolved reference", unresolved.getAsJsonObject("shortDescription").get("text").getAsString());
		assertTrue(unresolved.getAsJsonObject("help").get("markdown").getAsString()
				.contains("technology Pipe { runs-over Nowhere }"));
		JsonObject location = run.getAsJsonArray("results").get(1).getAsJsonObject().getAsJsonArray("locations")
				.get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
		// Locations stay relative to the folder the check ran from (the repository's root in CI).
		String uri = location.getAsJsonObject("artifactLocation").get("uri").getAsString();
		assertTrue(uri.endsWith("model/sub%20dir/bad.wpo"), uri);
		// The region spans the unresolved name: "Nowhere" from line 2, column 27, up to column 34.
		JsonObject region = location.getAsJsonObject("region");
		assertEquals(List.of(2, 27, 2, 34), List.of(region.get("startLine").getAsInt(),
				region.get("startColumn").getAsInt(), region.get("endLine").getAsInt(),
				region.get("endColumn").getAsInt()));
		// The empty file's problem has a position only.
		JsonObject empty = run.getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("locations").get(0)
				.getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("region");
		assertEquals(List.of("startLine", "startColumn"), List.copyOf(empty.keySet()));
	}

	@Test
	void githubsRulesOfTheSarifMultitoolFindNothing() throws Exception {
		Path multitool = multitool();
		Path sarif = exportBadModel();
		assertEquals(List.of(), problems(multitool, sarif));
	}

	/** The same log without full descriptions and help: the multitool reports GH2012, so it did check. */
	@Test
	void theMultitoolRejectsRulesWithoutHelp() throws Exception {
		Path multitool = multitool();
		JsonObject log = read(exportBadModel());
		JsonObject driver = log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonObject("tool")
				.getAsJsonObject("driver");
		driver.getAsJsonArray("rules").forEach(r -> {
			r.getAsJsonObject().remove("fullDescription");
			r.getAsJsonObject().remove("help");
		});
		Path stripped = Files.writeString(dir.resolve("stripped.sarif"), log.toString());
		List<String> problems = problems(multitool, stripped);
		assertFalse(problems.isEmpty());
		assertTrue(problems.stream().allMatch(p -> p.startsWith("error GH2012 ")), problems.toString());
		assertEquals(2 * 4, problems.size(), problems.toString());
	}

	private static Path multitool() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
		Path tools = Path.of(System.getProperty("wpo.root", ".")).resolve("tools/sarif/node_modules/@microsoft");
		Path binary = tools.resolve("sarif-multitool-" + platform)
				.resolve(platform.equals("win32") ? "Sarif.Multitool.exe" : "Sarif.Multitool");
		assumeTrue(Files.isExecutable(binary), "Microsoft's SARIF multitool is not installed (npm ci --prefix"
				+ " tools/sarif; .ci/run does it), so the SARIF export was not checked with GitHub's rules");
		return binary;
	}

	/**
	 * The errors and warnings of {@code sarif-multitool validate --rule-kind Gh;Sarif}, read from the
	 * SARIF log it writes, as "level ruleId arguments".
	 */
	private List<String> problems(Path multitool, Path sarif) throws Exception {
		Path out = dir.resolve("validation-" + sarif.getFileName());
		// Run directly, not through npm's bin.js: that passes its arguments through a shell, which
		// splits "Gh;Sarif" at the semicolon.
		Process process = new ProcessBuilder(multitool.toString(), "validate", sarif.toString(), "-o",
				out.toString(), "--rule-kind", "Gh;Sarif").redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), output);
		assertTrue(Files.isRegularFile(out), output);
		JsonObject run = read(out).getAsJsonArray("runs").get(0).getAsJsonObject();
		assertTrue(run.getAsJsonArray("invocations").get(0).getAsJsonObject().get("executionSuccessful")
				.getAsBoolean(), output);
		List<String> problems = new ArrayList<>();
		JsonArray results = run.getAsJsonArray("results");
		if (results != null) {
			for (JsonElement element : results) {
				JsonObject result = element.getAsJsonObject();
				String level = result.has("level") ? result.get("level").getAsString() : "warning";
				if (level.equals("error") || level.equals("warning")) {
					problems.add(level + " " + result.get("ruleId").getAsString() + " "
							+ result.getAsJsonObject("message"));
				}
			}
		}
		return problems;
	}
}
