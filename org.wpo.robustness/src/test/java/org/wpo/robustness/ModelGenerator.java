package org.wpo.robustness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Writes a random valid WPO model from a seed: nested areas, specifications of every kind,
 * technologies, layers, products and applicability, relations of every kind (also in extend
 * blocks), and references into the built-in model, qualified or through {@code import mswpo}.
 *
 * Valid means what the validator asks: unique names and aliases, short names that fit their kind,
 * no relation to itself, runs-over and replaces acyclic (they only point to elements declared
 * earlier, or into the built-in model, which never points back), runs-over never to a higher
 * layer, and an element restricted to products depends only on elements available wherever it is.
 */
final class ModelGenerator {

	static final Pattern ID = Pattern.compile("[a-zA-Z_][a-zA-Z_\\-0-9]*");
	static final Pattern SECTION_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)*");

	static final String[] SPEC_KINDS = { "protocol", "format", "algorithm", "overview", "standard" };
	static final String[] STATUSES = { "current", "legacy", "deprecated", "obsolete" };
	static final String[] RELATION_KINDS = { "runs-over", "extends", "profile-of", "uses", "requires", "replaces",
			"renamed-from", "obsoletes", "part-of", "specified-by", "manages" };

	/** Names of the built-in model's elements and areas, which generated models refer to. */
	record Library(List<String> elements, List<String> areas) {
	}

	/** One generated element, as far as the rules need it. */
	private static final class Gen {
		final int index;
		final String name;
		final Integer layer;
		final Set<Integer> products; // null: not restricted
		final StringBuilder features = new StringBuilder();

		Gen(int index, String name, Integer layer, Set<Integer> products) {
			this.index = index;
			this.name = name;
			this.layer = layer;
			this.products = products;
		}
	}

	private final SplittableRandom random;
	private final int size;
	private final Set<String> keywords;
	private final Library library;
	private final boolean comments;

	private final String model;
	private final boolean imports;
	private final Set<String> usedElementNames = new HashSet<>();
	private final List<String> layers = new ArrayList<>();
	private final List<String> products = new ArrayList<>();
	private final List<String> areas = new ArrayList<>();
	private final List<Gen> elements = new ArrayList<>();
	private int counter;

	private ModelGenerator(long seed, int size, Set<String> keywords, Library library, boolean comments) {
		this.random = new SplittableRandom(seed);
		this.size = size;
		this.keywords = keywords;
		this.library = library;
		this.comments = comments;
		this.model = random.nextInt(6) == 0 ? pick(idKeywords()) : "gen" + random.nextInt(100);
		this.imports = random.nextInt(10) < 7;
	}

	/** The text of one file; {@code comments} adds comments between and inside declarations. */
	static String generate(long seed, int size, Set<String> keywords, Library library, boolean comments) {
		return new ModelGenerator(seed, size, keywords, library, comments).write();
	}

	private List<String> idKeywords() {
		return keywords.stream().filter(k -> ID.matcher(k).matches()).sorted().toList();
	}

	private String write() {
		StringBuilder out = new StringBuilder();
		comment(out, "");
		out.append("model ").append(id(model)).append('\n');
		if (imports) {
			out.append("import mswpo\n");
		}
		int layerCount = random.nextInt(5);
		if (layerCount > 0 || random.nextInt(5) == 0) {
			out.append("layers {\n");
			for (int i = 0; i < layerCount; i++) {
				String name = freshName(random.nextInt(3) == 0 ? "Layer " : "layer", false);
				layers.add(name);
				out.append("\tlayer ").append(name(name, false)).append(title()).append('\n');
			}
			out.append("}\n");
		}
		int productCount = random.nextInt(6);
		if (productCount > 0 || random.nextInt(5) == 0) {
			out.append("products {\n");
			for (int i = 0; i < productCount; i++) {
				String name = freshName(random.nextBoolean() ? "Windows " : "Product", false);
				products.add(name);
				comment(out, "\t");
				out.append("\tproduct ").append(name(name, false)).append(title()).append('\n');
			}
			out.append("}\n");
		}
		// Areas first (so that every area name is known), then the elements that go into them.
		List<StringBuilder> topAreas = new ArrayList<>();
		List<List<Object>> tree = new ArrayList<>();
		int tops = 1 + random.nextInt(3);
		for (int i = 0; i < tops; i++) {
			tree.add(area(String.valueOf(i + 1 + random.nextInt(3) * 10), 0));
		}
		List<Gen> declared = new ArrayList<>();
		int total = size;
		List<String> topLevel = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			Gen element = element(i);
			declared.add(element);
		}
		// Place elements: each into a random area of the tree, or at the top level.
		List<List<Object>> allAreas = new ArrayList<>();
		collect(tree, allAreas);
		for (Gen element : declared) {
			if (random.nextInt(8) == 0) {
				topLevel.add(element.features.toString());
			} else {
				allAreas.get(random.nextInt(allAreas.size())).add(element.features.toString());
			}
		}
		for (List<Object> top : tree) {
			StringBuilder text = new StringBuilder();
			render(top, text, "");
			topAreas.add(text);
		}
		for (StringBuilder text : topAreas) {
			comment(out, "");
			out.append(text);
		}
		for (String element : topLevel) {
			comment(out, "");
			out.append(element.replaceAll("(?m)^\t\t", ""));
		}
		int extensions = declared.isEmpty() ? 0 : random.nextInt(3);
		for (int i = 0; i < extensions; i++) {
			out.append(extension());
		}
		return out.toString();
	}

	// ------------------------------------------------------------------ areas

	/** An area as a list: [0] its header line, [1] its description, then sub-areas (lists) and elements (strings). */
	private List<Object> area(String number, int depth) {
		String name = random.nextInt(4) == 0 ? freshName("Area ", true) : number;
		while (areas.contains(name)) {
			name = name + "." + (1 + random.nextInt(9));
		}
		areas.add(name);
		List<Object> area = new ArrayList<>();
		area.add("area " + name(name, true) + title());
		area.add(random.nextInt(3) == 0 ? "description " + string(text()) : null);
		int children = depth < 3 ? random.nextInt(3) : 0;
		for (int i = 0; i < children; i++) {
			area.add(area(number + "." + (i + 1), depth + 1));
		}
		return area;
	}

	private static void collect(List<List<Object>> areas, List<List<Object>> into) {
		for (List<Object> area : areas) {
			into.add(area);
			List<List<Object>> children = new ArrayList<>();
			for (Object member : area.subList(2, area.size())) {
				if (member instanceof List<?> list) {
					@SuppressWarnings("unchecked")
					List<Object> child = (List<Object>) list;
					children.add(child);
				}
			}
			collect(children, into);
		}
	}

	private void render(List<Object> area, StringBuilder out, String indent) {
		out.append(indent).append(area.get(0));
		List<Object> members = area.subList(2, area.size());
		if (area.get(1) == null && members.isEmpty() && random.nextBoolean()) {
			out.append('\n');
			return;
		}
		out.append(" {\n");
		if (area.get(1) != null) {
			out.append(indent).append('\t').append(area.get(1)).append('\n');
		}
		for (Object member : members) {
			if (member instanceof List<?> list) {
				@SuppressWarnings("unchecked")
				List<Object> child = (List<Object>) list;
				render(child, out, indent + "\t");
			} else {
				comment(out, indent + "\t");
				// Elements are written for depth 2 ("\t\t"); re-indent them.
				out.append(((String) member).replaceAll("(?m)^\t\t", indent + "\t"));
			}
		}
		out.append(indent).append("}\n");
	}

	// ------------------------------------------------------------------ elements

	private Gen element(int index) {
		String kind = random.nextInt(4) == 0 ? "technology" : SPEC_KINDS[random.nextInt(SPEC_KINDS.length)];
		String name = elementName(kind);
		Integer layer = !layers.isEmpty() && random.nextInt(3) > 0 ? random.nextInt(layers.size()) : null;
		Set<Integer> available = null;
		String applies = null;
		if (!products.isEmpty() && random.nextInt(3) == 0) {
			int n = products.size();
			switch (random.nextInt(4)) {
				case 0 -> {
					available = new LinkedHashSet<>();
					int count = 1 + random.nextInt(n);
					List<String> named = new ArrayList<>();
					for (int i = 0; i < count; i++) {
						int p = random.nextInt(n);
						available.add(p);
						named.add(ref(products.get(p)));
					}
					applies = "applies in " + String.join(", ", named);
				}
				case 1 -> {
					int from = random.nextInt(n);
					int to = from + random.nextInt(n - from);
					available = range(from, to);
					applies = "applies from " + ref(products.get(from)) + " to " + ref(products.get(to));
				}
				case 2 -> {
					int from = random.nextInt(n);
					available = range(from, n - 1);
					applies = "applies from " + ref(products.get(from));
				}
				default -> {
					int to = random.nextInt(n);
					available = range(0, to);
					applies = "applies to " + ref(products.get(to));
				}
			}
		}
		Gen element = new Gen(index, name, layer, available);
		elements.add(element);
		StringBuilder out = element.features;
		out.append("\t\t").append(kind).append(' ').append(name(name, false)).append(title());
		List<String> features = new ArrayList<>();
		if (random.nextInt(3) == 0) {
			features.add("status " + STATUSES[random.nextInt(STATUSES.length)]);
		}
		if (layer != null) {
			features.add("layer " + ref(layers.get(layer)));
		}
		if (random.nextInt(6) == 0) {
			features.add("area " + areaRef());
		}
		if (random.nextInt(3) == 0) {
			features.add("description " + string(text()));
		}
		if (random.nextInt(6) == 0) {
			features.add("remark " + string(text()));
		}
		if (random.nextInt(5) == 0) {
			List<String> aliases = new ArrayList<>();
			for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
				String alias = freshName(kind.equals("technology") ? "Tech alias " : "Alias ", false);
				aliases.add(string(alias));
			}
			features.add("aka " + String.join(", ", aliases));
		}
		if (random.nextInt(4) == 0) {
			features.add("sections " + areaRefs());
		}
		if (kind.equals("overview") && random.nextInt(2) == 0) {
			features.add("covers " + areaRefs());
		}
		if (applies != null) {
			features.add(applies);
		}
		for (int i = 0, n = random.nextInt(4); i < n; i++) {
			String relation = relation(element, true);
			if (relation != null) {
				features.add(relation);
			}
		}
		shuffle(features);
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

	private static Set<Integer> range(int from, int to) {
		Set<Integer> set = new LinkedHashSet<>();
		for (int i = from; i <= to; i++) {
			set.add(i);
		}
		return set;
	}

	private String elementName(String kind) {
		String name;
		do {
			int n = ++counter;
			name = switch (kind) {
				case "technology" -> random.nextInt(12) == 0 ? pick(idKeywords()) : pick(List.of("Tech" + n, "named pipes " + n, "Transport_" + n, "SOAP1." + n,
						"tcp-ip-" + n, "Caf\u00e9 " + n, "say \"hi\" " + n, "back\\slash" + n, "tab\tname" + n,
						"\u65e5\u672c" + n, "emoji \ud83d\ude00" + n, "7." + n, "x.y" + n));
				case "standard" -> pick(List.of("RFC" + n, "C" + (100 + n), "ISO 9594-" + n, "IETF-DRAFT-" + n,
						"SOAP" + n + ".1", "W3C XML " + n, "ECMA-" + n, "std" + n));
				default -> (random.nextBoolean() ? "MS-" : "MC-") + "G" + Integer.toString(n, 36).toUpperCase()
						+ (random.nextInt(4) == 0 ? "-V" + random.nextInt(10) : "");
			};
		} while (!usedElementNames.add(name));
		return name;
	}

	/** A relation from {@code source} (its features, or an extend block of it) that breaks no rule, or null. */
	private String relation(Gen source, boolean allowLibrary) {
		String kind = RELATION_KINDS[random.nextInt(RELATION_KINDS.length)];
		boolean acyclic = kind.equals("runs-over") || kind.equals("replaces");
		boolean dependency = kind.equals("runs-over") || kind.equals("requires");
		List<String> targets = new ArrayList<>();
		for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
			if (allowLibrary && (imports || random.nextInt(4) == 0)) {
				// Into the built-in model: never back, so no cycle; its products are its own.
				if (random.nextInt(4) == 0 && !(dependency && source != null && source.products != null)) {
					String name = pick(library.elements());
					targets.add(imports && random.nextBoolean() ? ref(name) : "mswpo::" + ref(name));
					continue;
				}
			}
			List<Gen> candidates = new ArrayList<>();
			for (Gen target : elements) {
				if (source != null && target == source) {
					continue;
				}
				if (acyclic && (source == null || target.index >= source.index)) {
					continue;
				}
				if (kind.equals("runs-over") && source != null && source.layer != null && target.layer != null
						&& target.layer < source.layer) {
					continue;
				}
				if (dependency && source != null && source.products != null && target.products != null
						&& !target.products.containsAll(source.products)) {
					continue;
				}
				candidates.add(target);
			}
			if (!candidates.isEmpty()) {
				Gen target = pick(candidates);
				targets.add(random.nextInt(5) == 0 ? id(model) + "::" + ref(target.name) : ref(target.name));
			}
		}
		if (targets.isEmpty()) {
			return null;
		}
		StringBuilder out = new StringBuilder(kind).append(' ').append(String.join(", ", targets));
		if (random.nextInt(4) == 0) {
			out.append(" section ").append(areaRef());
		}
		if (random.nextInt(4) == 0) {
			out.append(" note ").append(string(text()));
		}
		return out.toString();
	}

	private String extension() {
		StringBuilder out = new StringBuilder();
		List<String> relations = new ArrayList<>();
		if (imports && random.nextInt(3) == 0) {
			// The built-in model's element gets relations that cannot close a cycle or conflict.
			out.append("extend ").append(ref(pick(library.elements()))).append(" {\n");
			for (int i = 0, n = random.nextInt(3); i < n; i++) {
				String relation = relation(null, false);
				if (relation != null && !relation.startsWith("runs-over") && !relation.startsWith("replaces")
						&& !relation.startsWith("requires")) {
					relations.add(relation);
				}
			}
		} else {
			Gen source = pick(elements);
			out.append("extend ").append(ref(source.name)).append(" {\n");
			for (int i = 0, n = random.nextInt(3); i < n; i++) {
				String relation = relation(source, true);
				if (relation != null) {
					relations.add(relation);
				}
			}
		}
		for (String relation : relations) {
			out.append('\t').append(relation).append('\n');
		}
		return out.append("}\n").toString();
	}

	// ------------------------------------------------------------------ names and texts

	private String areaRef() {
		if (imports && random.nextInt(4) == 0) {
			return ref(pick(library.areas()));
		}
		if (random.nextInt(6) == 0) {
			return "mswpo::" + ref(pick(library.areas()));
		}
		return ref(pick(areas));
	}

	private String areaRefs() {
		List<String> refs = new ArrayList<>();
		for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
			refs.add(areaRef());
		}
		return String.join(", ", refs);
	}

	private String freshName(String prefix, boolean area) {
		String name;
		do {
			name = random.nextInt(10) == 0 && !area ? pick(idKeywords().stream().sorted().toList())
					: prefix + (++counter);
		} while (!usedElementNames.add(name) || areas.contains(name) || layers.contains(name)
				|| products.contains(name));
		return name;
	}

	/** A name as the value converters write it, or now and then quoted although it need not be. */
	private String name(String value, boolean sectionNumberAllowed) {
		if (ID.matcher(value).matches()) {
			if (keywords.contains(value)) {
				return random.nextInt(4) == 0 ? string(value) : "^" + value;
			}
			return random.nextInt(8) == 0 ? string(value) : value;
		}
		if (sectionNumberAllowed && SECTION_NUMBER.matcher(value).matches()) {
			return value;
		}
		return string(value);
	}

	/** A reference: every segment of a reference may be a section number. */
	private String ref(String value) {
		return name(value, true);
	}

	private String id(String value) {
		return keywords.contains(value) ? "^" + value : value;
	}

	private String title() {
		return random.nextInt(3) == 0 ? "" : " " + string(text());
	}

	private String text() {
		return pick(List.of("Plain title", "With \"quotes\" and \\ backslash", "Tab\tand\nnewline",
				"Unicode \u00e9\u00e8 \u4e2d\u6587 \ud83d\ude80", "", " leading and trailing ", "{ braces } and , ::",
				"// not a comment", "/* nor this */", "^caret", "\u0001control"));
	}

	/** A string literal for the value, escaped as the STRING terminal reads it. */
	static String string(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	private void comment(StringBuilder out, String indent) {
		if (comments && random.nextInt(4) == 0) {
			out.append(indent).append(random.nextBoolean() ? "// a comment " + random.nextInt(100) + "\n"
					: "/* a block\n" + indent + "   comment */\n");
		}
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private void shuffle(List<String> list) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			String t = list.get(i);
			list.set(i, list.get(j));
			list.set(j, t);
		}
	}
}
