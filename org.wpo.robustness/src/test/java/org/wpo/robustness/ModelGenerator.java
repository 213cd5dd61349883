package org.wpo.robustness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.wpo.robustness.Draft.Gen;

/**
 * Writes a random valid WPO model from a seed: nested areas, specifications of every kind,
 * technologies, layers, products (a second list may continue the line: {@code products after}) and
 * applicability, relations of every kind ({@link RelationWriter}: with via, an {@code only} condition,
 * a section, a source and a note), extend blocks of the model's own and of built-in elements that add
 * relations, aliases, remarks, sections, covers and (where the element has none) applicability,
 * {@code new} elements that shadow a built-in name, and references into the built-in model, qualified
 * or through {@code import mswpo}.
 *
 * Valid means what the validator asks: unique names and aliases, short names that fit their kind,
 * the rules of relations ({@link RelationWriter}), covers only on overviews; an extend block adds
 * applies only to an element that states none, with every product in which something depends on the
 * element, and only to an element that depends on nothing restricted or built in; a new element
 * shadows a built-in name the model imports, with that element's kind, and nothing else in the model
 * means the built-in element by that name unqualified.
 */
final class ModelGenerator {

	static final String[] SPEC_KINDS = { "protocol", "format", "algorithm", "overview", "standard" };
	static final String[] STATUSES = { "current", "legacy", "deprecated", "obsolete" };

	/**
	 * Names of the built-in model's elements and areas, which generated models refer to, and the kind
	 * keyword of each element (technology, protocol, ...), which a new element shadowing it takes; and
	 * the names of its layers and products, which a generated model must not declare again.
	 */
	record Library(List<String> elements, List<String> areas, Map<String, String> kinds,
			Set<String> layersAndProducts) {
	}

	private final SplittableRandom random;
	private final int size;
	private final Spelling spelling;
	private final Draft draft;
	private final RelationWriter relations;
	/** Shadowing names chosen before any element is written, until elements take them. */
	private final List<String> pendingShadows = new ArrayList<>();

	private ModelGenerator(long seed, int size, Set<String> keywords, Library library, boolean comments) {
		this.random = new SplittableRandom(seed);
		this.size = size;
		this.spelling = new Spelling(random, keywords, comments);
		this.draft = new Draft(random, spelling, library);
		this.relations = new RelationWriter(draft);
	}

	/** The text of one file; {@code comments} adds comments between and inside declarations. */
	static String generate(long seed, int size, Set<String> keywords, Library library, boolean comments) {
		return new ModelGenerator(seed, size, keywords, library, comments).write();
	}

	private String write() {
		StringBuilder out = new StringBuilder();
		spelling.comment(out, "");
		out.append("model ").append(spelling.id(draft.model)).append('\n');
		if (draft.imports) {
			out.append("import mswpo\n");
		}
		layers(out);
		products(out);
		// Areas first (so that every area name is known), then the elements that go into them.
		List<List<Object>> tree = new ArrayList<>();
		for (int i = 0, tops = 1 + random.nextInt(3); i < tops; i++) {
			tree.add(AreaTree.area(draft, String.valueOf(i + 1 + random.nextInt(3) * 10), 0));
		}
		if (draft.imports && random.nextInt(2) == 0) {
			// Chosen before any relation is written, so that none means the built-in element by it.
			for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
				String shadow = draft.shadow();
				if (shadow != null) {
					pendingShadows.add(shadow);
				}
			}
		}
		List<Gen> declared = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			declared.add(element(i));
		}
		// Place elements: each into a random area of the tree, or at the top level.
		List<List<Object>> allAreas = new ArrayList<>();
		AreaTree.collect(tree, allAreas);
		List<String> topLevel = new ArrayList<>();
		for (Gen element : declared) {
			if (random.nextInt(8) == 0) {
				topLevel.add(element.features.toString());
			} else {
				allAreas.get(random.nextInt(allAreas.size())).add(element.features.toString());
			}
		}
		for (List<Object> top : tree) {
			spelling.comment(out, "");
			AreaTree.render(draft, top, out, "");
		}
		for (String element : topLevel) {
			spelling.comment(out, "");
			out.append(element.replaceAll("(?m)^\t\t", ""));
		}
		int extensions = declared.isEmpty() ? 0 : random.nextInt(4);
		for (int i = 0; i < extensions; i++) {
			out.append(extension());
		}
		return out.toString();
	}

	private void layers(StringBuilder out) {
		int count = random.nextInt(5);
		if (count > 0 || random.nextInt(5) == 0) {
			out.append("layers {\n");
			for (int i = 0; i < count; i++) {
				String name = draft.freshName(random.nextInt(3) == 0 ? "Layer " : "layer", false);
				draft.layers.add(name);
				out.append("\tlayer ").append(spelling.name(name, false)).append(spelling.title()).append('\n');
			}
			out.append("}\n");
		}
	}

	private void products(StringBuilder out) {
		int count = random.nextInt(6);
		if (count == 0 && random.nextInt(5) > 0) {
			return;
		}
		out.append("products {\n");
		for (int i = 0; i < count; i++) {
			String name = draft.freshName(random.nextBoolean() ? "Windows " : "Product", false);
			draft.products.add(name);
			spelling.comment(out, "\t");
			out.append("\tproduct ").append(spelling.name(name, false)).append(spelling.title()).append('\n');
		}
		out.append("}\n");
		if (!draft.products.isEmpty() && random.nextInt(3) == 0) {
			// A second list continues the line after the last product.
			out.append("products after ").append(draft.productRef(draft.products.size() - 1)).append(" {\n");
			for (int i = 0, n = random.nextInt(3); i < n; i++) {
				String name = draft.freshName("Later ", false);
				draft.products.add(name);
				out.append("\tproduct ").append(spelling.name(name, false)).append(spelling.title()).append('\n');
			}
			out.append("}\n");
		}
	}

	// ------------------------------------------------------------------ elements

	private Gen element(int index) {
		String kind = random.nextInt(4) == 0 ? "technology" : SPEC_KINDS[random.nextInt(SPEC_KINDS.length)];
		String shadow = !pendingShadows.isEmpty() && random.nextInt(3) == 0 ? pendingShadows.remove(0) : null;
		if (shadow != null) {
			kind = draft.library.kinds().get(shadow);
		}
		String name = shadow != null ? shadow : draft.elementName(kind);
		Integer layer = !draft.layers.isEmpty() && random.nextInt(3) > 0 ? random.nextInt(draft.layers.size()) : null;
		Set<Integer> available = null;
		String applies = null;
		if (!draft.products.isEmpty() && random.nextInt(3) == 0) {
			int n = draft.products.size();
			if (random.nextInt(4) == 0) {
				available = new LinkedHashSet<>();
				List<String> named = new ArrayList<>();
				for (int i = 0, count = 1 + random.nextInt(n); i < count; i++) {
					int p = random.nextInt(n);
					available.add(p);
					named.add(draft.productRef(p));
				}
				applies = "applies in " + String.join(", ", named);
			} else {
				int from = random.nextInt(n);
				int to = from + random.nextInt(n - from);
				available = Draft.range(from, to);
				applies = "applies " + range(from, to);
			}
		}
		Gen element = new Gen(index, name, kind, layer, available);
		draft.elements.add(element);
		StringBuilder out = element.features;
		out.append("\t\t").append(shadow != null ? "new " : "").append(kind).append(' ')
				.append(spelling.name(name, false)).append(spelling.title());
		List<String> features = new ArrayList<>();
		if (random.nextInt(3) == 0) {
			features.add("status " + STATUSES[random.nextInt(STATUSES.length)]);
		}
		if (layer != null) {
			features.add("layer " + spelling.ref(draft.layers.get(layer)));
		}
		if (random.nextInt(6) == 0) {
			features.add("area " + draft.areaRef());
		}
		if (random.nextInt(3) == 0) {
			features.add("description " + Spelling.string(spelling.text()));
		}
		if (random.nextInt(6) == 0) {
			features.add("remark " + Spelling.string(spelling.text()));
		}
		if (random.nextInt(5) == 0) {
			List<String> aliases = new ArrayList<>();
			for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
				aliases.add(Spelling.string(draft.freshName(kind.equals("technology") ? "Tech alias " : "Alias ", false)));
			}
			features.add("aka " + String.join(", ", aliases));
		}
		if (random.nextInt(4) == 0) {
			features.add("sections " + draft.areaRefs());
		}
		if (kind.equals("overview") && random.nextInt(2) == 0) {
			features.add("covers " + draft.areaRefs());
		}
		if (applies != null) {
			features.add(applies);
		}
		for (int i = 0, n = random.nextInt(4); i < n; i++) {
			String relation = relations.relation(element, true);
			if (relation != null) {
				features.add(relation);
			}
		}
		spelling.shuffle(features);
		if (features.isEmpty() && random.nextBoolean()) {
			out.append('\n');
			return element;
		}
		out.append(" {\n");
		for (String feature : features) {
			out.append("\t\t\t").append(feature).append('\n');
		}
		out.append("\t\t}\n");
		return element;
	}

	/** A range of products as an applies statement or a condition says it: from A to B, from A, to B. */
	private String range(int from, int to) {
		int last = draft.products.size() - 1;
		if (to == last && random.nextBoolean()) {
			return "from " + draft.productRef(from);
		}
		if (from == 0 && random.nextBoolean()) {
			return "to " + draft.productRef(to);
		}
		return "from " + draft.productRef(from) + " to " + draft.productRef(to);
	}

	// ------------------------------------------------------------------ extend blocks

	private String extension() {
		StringBuilder out = new StringBuilder();
		List<String> additions = new ArrayList<>();
		if (random.nextInt(3) == 0) {
			additions.add("aka " + Spelling.string(draft.freshName("Extra alias ", false)));
		}
		for (int i = 0, n = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; i < n; i++) {
			additions.add("remark " + Spelling.string(spelling.text()));
		}
		if (random.nextInt(4) == 0) {
			additions.add("sections " + draft.areaRefs());
		}
		String kind;
		Gen source = null;
		if (draft.imports && random.nextInt(3) == 0) {
			// A built-in element gets relations that cannot close a cycle or conflict (RelationWriter).
			String name = draft.libraryElement();
			kind = draft.library.kinds().get(name);
			out.append("extend ").append(spelling.ref(name)).append(" {\n");
		} else {
			source = spelling.pick(draft.elements);
			kind = source.kind;
			out.append("extend ").append(draft.elementRef(source)).append(" {\n");
			if (!draft.products.isEmpty() && source.products == null && !source.dependsOnRestricted
					&& random.nextBoolean()) {
				additions.add("applies " + appliesKeeping(source));
			}
		}
		if (kind.equals("overview") && random.nextInt(2) == 0) {
			additions.add("covers " + draft.areaRefs());
		}
		for (int i = 0, n = random.nextInt(3); i < n; i++) {
			String relation = relations.relation(source, source != null);
			if (relation != null) {
				additions.add(relation);
			}
		}
		spelling.shuffle(additions);
		for (String feature : additions) {
			out.append('\t').append(feature).append('\n');
		}
		return out.append("}\n").toString();
	}

	/**
	 * The products an extend block restricts the element to (written after "applies "), now its own:
	 * a range that keeps every product in which something depends on it. What the element depends
	 * on (nothing restricted) must now be found where it applies.
	 */
	private String appliesKeeping(Gen source) {
		int n = draft.products.size();
		int from;
		int to;
		if (source.required.isEmpty()) {
			from = random.nextInt(n);
			to = from + random.nextInt(n - from);
		} else {
			int low = source.required.stream().mapToInt(Integer::intValue).min().getAsInt();
			int high = source.required.stream().mapToInt(Integer::intValue).max().getAsInt();
			from = random.nextInt(low + 1);
			to = high + random.nextInt(n - high);
		}
		source.products = Draft.range(from, to);
		for (Draft.Dependency dependency : source.dependencies) {
			dependency.target().required.addAll(Draft.needed(source.products, dependency.condition()));
		}
		// What depends on it now depends on something restricted: a later extend block may not restrict
		// that too, since the range it chose would not know this one.
		for (Gen other : draft.elements) {
			if (other.dependencies.stream().anyMatch(dependency -> dependency.target() == source)) {
				other.dependsOnRestricted = true;
			}
		}
		return range(from, to);
	}
}
