package org.wpo.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wpo.dsl.workspace.WpoDiagnostic;

import com.google.gson.GsonBuilder;

/** The diagnostics of a check as a SARIF 2.1.0 log, for code-scanning tools. */
public final class SarifExport {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	/**
	 * The driver's information URI. The project has no published home yet, so the log names the
	 * stable public document the language models: Microsoft's Windows Protocols Overview, [MS-WPO].
	 */
	static final String INFORMATION_URI = "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wpo/";

	private SarifExport() {
	}

	public static String write(List<WpoDiagnostic> diagnostics, String toolVersion) {
		Set<String> ruleIds = new LinkedHashSet<>();
		diagnostics.forEach(d -> ruleIds.add(d.code()));
		List<Map<String, Object>> rules = new ArrayList<>();
		for (String id : ruleIds) {
			SarifRules.Rule rule = SarifRules.of(id);
			Map<String, Object> descriptor = new LinkedHashMap<>();
			descriptor.put("id", id);
			descriptor.put("shortDescription", Map.of("text", rule.shortDescription()));
			descriptor.put("fullDescription", Map.of("text", rule.fullDescription()));
			Map<String, Object> help = new LinkedHashMap<>();
			help.put("text", rule.helpText());
			help.put("markdown", rule.helpMarkdown());
			descriptor.put("help", help);
			rules.add(descriptor);
		}
		List<Map<String, Object>> results = new ArrayList<>();
		for (WpoDiagnostic diagnostic : diagnostics) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("ruleId", diagnostic.code());
			result.put("level", level(diagnostic.severity()));
			result.put("message", Map.of("text", diagnostic.message()));
			Map<String, Object> region = new LinkedHashMap<>();
			region.put("startLine", diagnostic.line());
			region.put("startColumn", diagnostic.column());
			if (diagnostic.hasEnd()) {
				region.put("endLine", diagnostic.endLine());
				region.put("endColumn", diagnostic.endColumn());
			}
			Map<String, Object> physical = new LinkedHashMap<>();
			physical.put("artifactLocation", Map.of("uri", uri(diagnostic.file())));
			physical.put("region", region);
			result.put("locations", List.of(Map.of("physicalLocation", physical)));
			results.add(result);
		}
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "wpo");
		driver.put("version", toolVersion);
		driver.put("informationUri", INFORMATION_URI);
		driver.put("rules", rules);
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", Map.of("driver", driver));
		run.put("results", results);
		Map<String, Object> log = new LinkedHashMap<>();
		log.put("$schema", SCHEMA);
		log.put("version", "2.1.0");
		log.put("runs", List.of(run));
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log) + "\n";
	}

	private static String level(WpoDiagnostic.Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	/** A relative URI reference with forward slashes, as SARIF viewers resolve against the checkout. */
	static String uri(String file) {
		if (file.contains(":/")) {
			return file;
		}
		StringBuilder out = new StringBuilder();
		for (String segment : file.replace('\\', '/').split("/", -1)) {
			if (out.length() > 0) {
				out.append('/');
			}
			out.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return out.toString();
	}
}
