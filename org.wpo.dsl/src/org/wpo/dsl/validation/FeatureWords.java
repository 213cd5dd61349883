package org.wpo.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.wpo.dsl.naming.ClosestNames;
import org.wpo.dsl.wpo.RelationKind;

/**
 * The words that may start a line of an element's body or of an {@code extend} block (the relation
 * kinds and the feature keywords), and the one closest to a word that is none of them, for the
 * message of an unknown word and its quick fix.
 */
public final class FeatureWords {

	/** Feature keywords of an element's body, in the grammar's order. */
	public static final List<String> ELEMENT_FEATURES = List.of("status", "layer", "area", "description", "remark",
			"aka", "sections", "covers", "applies");

	/** Feature keywords an extend block accepts. */
	public static final List<String> EXTEND_FEATURES = List.of("aka", "remark", "sections", "covers", "applies");

	/**
	 * Words people write for a relation kind or a feature, with the word of the language that says
	 * it; asked before the spelling, since "depends-on" is spelled nothing like "requires".
	 */
	private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("depends-on", "requires"),
			Map.entry("depends", "requires"), Map.entry("needs", "requires"), Map.entry("require", "requires"),
			Map.entry("runs-on", "runs-over"), Map.entry("over", "runs-over"), Map.entry("carried-by", "runs-over"),
			Map.entry("transported-by", "runs-over"), Map.entry("use", "uses"), Map.entry("supersedes", "replaces"),
			Map.entry("administers", "manages"), Map.entry("configures", "manages"), Map.entry("manage", "manages"),
			Map.entry("member-of", "part-of"), Map.entry("belongs-to", "part-of"), Map.entry("alias", "aka"),
			Map.entry("aliases", "aka"), Map.entry("also-known-as", "aka"), Map.entry("remarks", "remark"),
			Map.entry("applies-to", "applies"), Map.entry("products", "applies"), Map.entry("section", "sections"),
			Map.entry("specification", "specified-by"), Map.entry("obsoleted", "obsoletes"),
			Map.entry("extension-of", "extends"), Map.entry("formerly", "renamed-from"));

	private FeatureWords() {
	}

	/** The relation kinds, as written. */
	public static List<String> relationKinds() {
		return RelationKind.VALUES.stream().map(RelationKind::getLiteral).toList();
	}

	/** Every word that fits where a feature belongs: relation kinds, then feature keywords. */
	public static List<String> accepted(boolean inExtend) {
		List<String> words = new ArrayList<>(relationKinds());
		words.addAll(inExtend ? EXTEND_FEATURES : ELEMENT_FEATURES);
		return words;
	}

	/**
	 * The accepted word closest to an unknown one: its known synonym, else the accepted word within a
	 * few edits of it (ignoring case; edits counted as for names, {@link ClosestNames#distance}), the
	 * closest first and, between equals, the first listed; null when none is near.
	 */
	public static String closest(String word, boolean inExtend) {
		List<String> accepted = accepted(inExtend);
		String lower = word.toLowerCase(Locale.ROOT).replace('_', '-');
		String synonym = SYNONYMS.get(lower);
		if (synonym != null && accepted.contains(synonym)) {
			return synonym;
		}
		int limit = Math.max(2, lower.length() / 3);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : accepted) {
			int distance = lower.length() > 100 ? Integer.MAX_VALUE : ClosestNames.distance(lower, candidate);
			if (distance <= limit && distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}
}
