package org.wpo.robustness;

import java.util.ArrayList;
import java.util.List;

/**
 * The areas of a generated model, nested up to four deep. An area is a list: [0] its header line,
 * [1] its description line or null, then its sub-areas (lists) and the elements placed in it (their
 * text, written for depth 2).
 */
final class AreaTree {

	private AreaTree() {
	}

	/** A new area numbered {@code number} (or named), with random sub-areas; its name joins the draft's areas. */
	static List<Object> area(Draft draft, String number, int depth) {
		String name = draft.random.nextInt(4) == 0 ? draft.freshName("Area ", true) : number;
		while (draft.areas.contains(name)) {
			name = name + "." + (1 + draft.random.nextInt(9));
		}
		draft.areas.add(name);
		List<Object> area = new ArrayList<>();
		area.add("area " + draft.spelling.name(name, true) + draft.spelling.title());
		area.add(draft.random.nextInt(3) == 0 ? "description " + Spelling.string(draft.spelling.text()) : null);
		int children = depth < 3 ? draft.random.nextInt(3) : 0;
		for (int i = 0; i < children; i++) {
			area.add(area(draft, number + "." + (i + 1), depth + 1));
		}
		return area;
	}

	/** Every area of the trees, depth first. */
	static void collect(List<List<Object>> areas, List<List<Object>> into) {
		for (List<Object> area : areas) {
			into.add(area);
			collect(children(area), into);
		}
	}

	private static List<List<Object>> children(List<Object> area) {
		List<List<Object>> children = new ArrayList<>();
		for (Object member : area.subList(2, area.size())) {
			if (member instanceof List<?> list) {
				@SuppressWarnings("unchecked")
				List<Object> child = (List<Object>) list;
				children.add(child);
			}
		}
		return children;
	}

	/** The area's text at this indentation, with what was placed in it; an empty area now and then without braces. */
	static void render(Draft draft, List<Object> area, StringBuilder out, String indent) {
		out.append(indent).append(area.get(0));
		List<Object> members = area.subList(2, area.size());
		if (area.get(1) == null && members.isEmpty() && draft.random.nextBoolean()) {
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
				render(draft, child, out, indent + "\t");
			} else {
				draft.spelling.comment(out, indent + "\t");
				// Elements are written for depth 2 ("\t\t"); re-indent them.
				out.append(((String) member).replaceAll("(?m)^\t\t", indent + "\t"));
			}
		}
		out.append(indent).append("}\n");
	}
}
