package org.wpo.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The generator of valid models writes every feature of users' own models often enough for the
 * properties to meet them: over 300 seeds, each appears in at least 10 models.
 */
class GeneratorCoverageTest {

	private static final Map<String, Pattern> FEATURES = new LinkedHashMap<>();

	static {
		FEATURES.put("via", Pattern.compile("^\\t*runs-over .* via ", Pattern.MULTILINE));
		FEATURES.put("only", Pattern.compile("^\\t*[a-z-]+ .* only (in|from|to) ", Pattern.MULTILINE));
		FEATURES.put("source", Pattern.compile("^\\t*[a-z-]+ .* source ", Pattern.MULTILINE));
		FEATURES.put("products after", Pattern.compile("^products after ", Pattern.MULTILINE));
		FEATURES.put("new", Pattern.compile("^\\t*new technology ", Pattern.MULTILINE));
		FEATURES.put("manages", Pattern.compile("^\\t*manages ", Pattern.MULTILINE));
		FEATURES.put("extend aka", Pattern.compile("^extend [^\\n]*\\{\\n(\\t[^\\n]*\\n)*\\taka ", Pattern.MULTILINE));
		FEATURES.put("extend remark", Pattern.compile("^extend [^\\n]*\\{\\n(\\t[^\\n]*\\n)*\\tremark ", Pattern.MULTILINE));
		FEATURES.put("extend sections", Pattern.compile("^extend [^\\n]*\\{\\n(\\t[^\\n]*\\n)*\\tsections ",
				Pattern.MULTILINE));
		FEATURES.put("extend applies", Pattern.compile("^extend [^\\n]*\\{\\n(\\t[^\\n]*\\n)*\\tapplies from ",
				Pattern.MULTILINE));
	}

	@Test
	void everyFeatureOfUsersModelsIsGenerated() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		FEATURES.keySet().forEach(k -> counts.put(k, 0));
		for (long seed = 0; seed < 300; seed++) {
			String text = GeneratedModelProperties.model(seed, 20, false);
			FEATURES.forEach((name, pattern) -> {
				if (pattern.matcher(text).find()) {
					counts.merge(name, 1, Integer::sum);
				}
			});
		}
		Map<String, Integer> rare = new LinkedHashMap<>(counts);
		rare.values().removeIf(n -> n >= 10);
		assertEquals(Map.of(), rare, "features in fewer than 10 of 300 models, of " + counts);
	}
}
