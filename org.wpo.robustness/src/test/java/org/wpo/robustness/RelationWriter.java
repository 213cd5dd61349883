package org.wpo.robustness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.wpo.robustness.Draft.Gen;

/**
 * The relations of generated models, with what may follow the targets: {@code via}, an {@code only}
 * condition, {@code section}, {@code source DOC section N} and {@code note}. Each relation keeps the
 * validator's rules: no relation to itself; runs-over, replaces and manages acyclic (they point only
 * to elements declared earlier, or into the built-in model, which never points back); runs-over never
 * to a higher layer; a dependency (runs-over, requires) only on elements available wherever it must
 * hold, that is where its source applies, narrowed by its condition (an element restricted to
 * products, or a relation with a condition, depends on nothing built in, whose products are the
 * built-in model's own); a condition within the products its source applies to; via naming carriers
 * that its targets run over.
 */
final class RelationWriter {

	static final String[] KINDS = { "runs-over", "extends", "profile-of", "uses", "requires", "replaces",
			"renamed-from", "obsoletes", "part-of", "specified-by", "manages" };
	/** The kinds a built-in element gets in an extend block: none can close a cycle or conflict. */
	static final String[] FROM_BUILT_IN = { "extends", "profile-of", "uses", "renamed-from", "obsoletes", "part-of",
			"specified-by" };

	/** An {@code only} condition: its text and the products it names. */
	private record Condition(String text, Set<Integer> products) {
	}

	private final Draft draft;
	private final SplittableRandom random;
	private final Spelling spelling;

	RelationWriter(Draft draft) {
		this.draft = draft;
		this.random = draft.random;
		this.spelling = draft.spelling;
	}

	/**
	 * A relation from {@code source} (its body, or an extend block of it; null for an extend block of a
	 * built-in element) that breaks no rule, or null when no target fits.
	 */
	String relation(Gen source, boolean allowLibrary) {
		String kind = source == null ? spelling.pick(List.of(FROM_BUILT_IN)) : spelling.pick(List.of(KINDS));
		boolean acyclic = kind.equals("runs-over") || kind.equals("replaces") || kind.equals("manages");
		boolean dependency = kind.equals("runs-over") || kind.equals("requires");
		// The condition comes first: a dependency's targets must be available wherever it holds.
		Condition condition = source != null && !draft.products.isEmpty() && random.nextInt(4) == 0 ? condition(source)
				: null;
		Set<Integer> needed = dependency ? Draft.needed(source.products, condition == null ? null : condition.products())
				: null;
		List<String> targets = new ArrayList<>();
		List<Gen> chosen = new ArrayList<>();
		for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
			if (allowLibrary && (draft.imports || random.nextInt(4) == 0) && random.nextInt(4) == 0 && needed == null) {
				// Into the built-in model: it never points back, so no cycle.
				targets.add(draft.libraryRef(draft.libraryElement()));
				if (dependency) {
					source.dependsOnRestricted = true;
				}
				continue;
			}
			List<Gen> candidates = new ArrayList<>();
			for (Gen target : draft.elements) {
				if (fits(source, target, kind, acyclic, needed)) {
					candidates.add(target);
				}
			}
			if (!candidates.isEmpty()) {
				Gen target = spelling.pick(candidates);
				targets.add(draft.elementRef(target));
				chosen.add(target);
				if (dependency && target.products != null) {
					source.dependsOnRestricted = true;
				}
				if (dependency) {
					source.dependencies.add(new Draft.Dependency(target, condition == null ? null : condition.products()));
				}
				if (needed != null) {
					target.required.addAll(needed);
				}
			}
		}
		if (targets.isEmpty()) {
			return null;
		}
		StringBuilder out = new StringBuilder(kind).append(' ').append(String.join(", ", targets));
		List<String> via = new ArrayList<>();
		chosen.forEach(target -> via.addAll(target.carriers));
		if (kind.equals("runs-over") && !via.isEmpty() && random.nextInt(3) == 0) {
			String first = spelling.pick(via);
			String second = spelling.pick(via);
			out.append(" via ").append(first).append(second.equals(first) ? "" : ", " + second);
		}
		if (kind.equals("runs-over")) {
			source.carriers.addAll(targets);
		}
		if (condition != null) {
			out.append(" only ").append(condition.text());
		}
		if (random.nextInt(4) == 0) {
			out.append(" section ").append(draft.areaRef());
		}
		if (random.nextInt(5) == 0) {
			out.append(" source ").append(spelling.name(spelling.pick(List.of("MS-SRC" + random.nextInt(9),
					"RFC" + random.nextInt(9999), "Other document", "source", "C706")), false));
			if (random.nextBoolean()) {
				out.append(" section ").append(spelling.name(spelling.pick(List.of("2.1", "3", "1.2.3.4", "Appendix A",
						"intro")), true));
			}
		}
		if (random.nextInt(4) == 0) {
			out.append(" note ").append(Spelling.string(spelling.text()));
		}
		return out.toString();
	}

	private static boolean fits(Gen source, Gen target, String kind, boolean acyclic, Set<Integer> needed) {
		if (source == null) {
			return true;
		}
		if (target == source || acyclic && target.index >= source.index) {
			return false;
		}
		if (kind.equals("runs-over") && source.layer != null && target.layer != null && target.layer < source.layer) {
			return false;
		}
		return needed == null || target.products == null || target.products.containsAll(needed);
	}

	/** A condition: some of the products its source applies to (when restricted), or any range. */
	private Condition condition(Gen source) {
		int n = draft.products.size();
		if (source.products != null) {
			List<Integer> all = List.copyOf(source.products);
			List<Integer> some = all.subList(0, 1 + random.nextInt(all.size()));
			List<String> named = some.stream().map(draft::productRef).toList();
			return new Condition("in " + String.join(", ", named), new LinkedHashSet<>(some));
		}
		int from = random.nextInt(n);
		switch (random.nextInt(3)) {
			case 0 -> {
				return new Condition("in " + draft.productRef(from), Set.of(from));
			}
			case 1 -> {
				if (random.nextBoolean()) {
					return new Condition("from " + draft.productRef(from), Draft.range(from, n - 1));
				}
				int to = from + random.nextInt(n - from);
				return new Condition("from " + draft.productRef(from) + " to " + draft.productRef(to), Draft.range(from, to));
			}
			default -> {
				return new Condition("to " + draft.productRef(from), Draft.range(0, from));
			}
		}
	}
}
