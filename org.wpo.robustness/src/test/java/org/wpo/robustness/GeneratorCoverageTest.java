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

	private static final String KINDS = "(runs-over|extends|profile-of|uses|requires|replaces|renamed-from|obsoletes"
			+ "|part-of|specified-by|manages)";
	/** A line of an extend block (what precedes the line the pattern looks for). */
	private static final String IN_EXTEND = "^extend [^\\n]*\\{\\n(\\t[^\\n]*\\n)*\\t";

	private static final Map<String, Pattern> FEATURES = new LinkedHashMap<>();

	static {
		feature("via", "^\\t*runs-over .* via ");
		feature("only in", "^\\t*" + KINDS + " .* only in ");
		feature("only from", "^\\t*" + KINDS + " .* only from ");
		feature("only to", "^\\t*" + KINDS + " .* only to ");
		feature("source", "^\\t*" + KINDS + " .* source ");
		feature("source DOC section N", "^\\t*" + KINDS + " .* source (\"[^\"]*\"|[^ \"]+) section ");
		feature("note", "^\\t*" + KINDS + " .* note \"");
		feature("products after", "^products after [^\\n]* \\{\\n\\tproduct ");
		feature("new technology", "^\\t*new technology ");
		feature("new protocol", "^\\t*new protocol ");
		feature("manages", "^\\t*manages ");
		feature("extend aka", IN_EXTEND + "aka ");
		feature("extend remark", IN_EXTEND + "remark ");
		feature("extend sections", IN_EXTEND + "sections ");
		feature("extend covers", IN_EXTEND + "covers ");
		feature("extend applies", IN_EXTEND + "applies (in|from|to) ");
		feature("extend relation", IN_EXTEND + KINDS + " ");
	}

	private static void feature(String name, String regex) {
		FEATURES.put(name, Pattern.compile(regex, Pattern.MULTILINE));
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
