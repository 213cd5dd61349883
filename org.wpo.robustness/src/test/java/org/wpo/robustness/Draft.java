package org.wpo.robustness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The model {@link ModelGenerator} is writing, as far as the validator's rules need it: its name,
 * whether it imports the built-in model, the names it has used, its layers, products, areas and
 * elements, and the built-in names its {@code new} elements shadow; with the references into it and
 * into the built-in model that a rule allows.
 */
final class Draft {

	/** One generated element, as far as the rules need it. */
	static final class Gen {
		final int index;
		final String name;
		final String kind;
		final Integer layer;
		/** The products it applies to (its own applies or one an extend block adds); null: not restricted. */
		Set<Integer> products;
		final StringBuilder features = new StringBuilder();
		/** What it runs over (a relation to it may name them with via), as written. */
		final List<String> carriers = new ArrayList<>();
		/** Whether it depends on something restricted to products or built in (an extend may then not restrict it). */
		boolean dependsOnRestricted;
		/** The products in which something depends on it: an applies an extend block adds must keep them. */
		final Set<Integer> required = new HashSet<>();
		/** Its dependencies on elements of the model, each with its condition's products (null: none). */
		final List<Dependency> dependencies = new ArrayList<>();

		Gen(int index, String name, String kind, Integer layer, Set<Integer> products) {
			this.index = index;
			this.name = name;
			this.kind = kind;
			this.layer = layer;
			this.products = products;
		}
	}

	/** A dependency (runs-over, requires) on an element of the model, with its condition's products or null. */
	record Dependency(Gen target, Set<Integer> condition) {
	}

	final SplittableRandom random;
	final Spelling spelling;
	final ModelGenerator.Library library;
	final String model;
	final boolean imports;
	final List<String> layers = new ArrayList<>();
	final List<String> products = new ArrayList<>();
	final List<String> areas = new ArrayList<>();
	final List<Gen> elements = new ArrayList<>();
	/** Built-in names a new element of this model shadows: nothing else refers to them unqualified. */
	final Set<String> shadowed = new HashSet<>();
	private final Set<String> usedNames = new HashSet<>();
	private int counter;

	Draft(SplittableRandom random, Spelling spelling, ModelGenerator.Library library) {
		this.random = random;
		this.spelling = spelling;
		this.library = library;
		this.model = random.nextInt(6) == 0 ? spelling.pick(spelling.idKeywords()) : "gen" + random.nextInt(100);
		this.imports = random.nextInt(10) < 7;
	}

	/**
	 * A name for a layer, product, alias or area that nothing in the model uses yet, nor a layer or
	 * product of the built-in model (declaring one again is an error).
	 */
	String freshName(String prefix, boolean area) {
		String name;
		do {
			name = random.nextInt(10) == 0 && !area ? spelling.pick(spelling.idKeywords()) : prefix + (++counter);
		} while (!usedNames.add(name) || areas.contains(name) || layers.contains(name) || products.contains(name)
				|| library.layersAndProducts().contains(name));
		return name;
	}

	/**
	 * A new element name that fits the kind (short names of specifications, any name of technologies)
	 * and that the built-in model does not declare (redeclaring an imported name is an error).
	 */
	String elementName(String kind) {
		String name;
		do {
			int n = ++counter;
			name = switch (kind) {
				case "technology" -> random.nextInt(12) == 0 ? spelling.pick(spelling.idKeywords())
						: spelling.pick(List.of("Tech" + n, "named pipes " + n, "Transport_" + n, "SOAP1." + n, "tcp-ip-" + n,
								"Caf\u00e9 " + n, "say \"hi\" " + n, "back\\slash" + n, "tab\tname" + n, "\u65e5\u672c" + n,
								"emoji \ud83d\ude00" + n, "7." + n, "x.y" + n));
				case "standard" -> spelling.pick(List.of("RFC" + n, "C" + (100 + n), "ISO 9594-" + n, "IETF-DRAFT-" + n,
						"SOAP" + n + ".1", "W3C XML " + n, "ECMA-" + n, "std" + n));
				default -> (random.nextBoolean() ? "MS-" : "MC-") + "G" + Integer.toString(n, 36).toUpperCase()
						+ (random.nextInt(4) == 0 ? "-V" + random.nextInt(10) : "");
			};
		} while (library.kinds().containsKey(name) || !usedNames.add(name));
		return name;
	}

	/**
	 * A built-in element's name for a {@code new} element to shadow (not yet used here, not a
	 * keyword), now taken; null if the one drawn does not qualify.
	 */
	String shadow() {
		String name = spelling.pick(library.elements());
		if (spelling.isKeyword(name) || !usedNames.add(name)) {
			return null;
		}
		shadowed.add(name);
		return name;
	}

	/** A built-in element's name that this model does not shadow. */
	String libraryElement() {
		String name;
		do {
			name = spelling.pick(library.elements());
		} while (shadowed.contains(name));
		return name;
	}

	/** A reference to a built-in element, unqualified where the model imports the built-in model. */
	String libraryRef(String name) {
		return imports && random.nextBoolean() ? spelling.ref(name) : "mswpo::" + spelling.ref(name);
	}

	/** A reference to an element of this model, now and then qualified with the model's name. */
	String elementRef(Gen element) {
		return random.nextInt(5) == 0 ? spelling.id(model) + "::" + spelling.ref(element.name) : spelling.ref(element.name);
	}

	String productRef(int index) {
		return spelling.ref(products.get(index));
	}

	/** An area of this model or (qualified, or unqualified where imported) of the built-in model. */
	String areaRef() {
		if (imports && random.nextInt(4) == 0) {
			return spelling.ref(spelling.pick(library.areas()));
		}
		if (random.nextInt(6) == 0) {
			return "mswpo::" + spelling.ref(spelling.pick(library.areas()));
		}
		return spelling.ref(spelling.pick(areas));
	}

	String areaRefs() {
		List<String> refs = new ArrayList<>();
		for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
			refs.add(areaRef());
		}
		return String.join(", ", refs);
	}

	/**
	 * The products in which a dependency must find its target: where its source applies, narrowed by
	 * its condition; null when neither restricts it.
	 */
	static Set<Integer> needed(Set<Integer> source, Set<Integer> condition) {
		if (condition == null) {
			return source;
		}
		if (source == null) {
			return condition;
		}
		Set<Integer> both = new LinkedHashSet<>(condition);
		both.retainAll(source);
		return both;
	}

	/** The products from one index to another, inclusive, in the order of the line. */
	static Set<Integer> range(int from, int to) {
		Set<Integer> set = new LinkedHashSet<>();
		for (int i = from; i <= to; i++) {
			set.add(i);
		}
		return set;
	}
}
