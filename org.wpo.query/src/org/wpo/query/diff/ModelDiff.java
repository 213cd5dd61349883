package org.wpo.query.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.wpo.dsl.workspace.MessageText;

/**
 * What changed from one version of a model to another, as a model: elements added, removed,
 * renamed and changed, relations added, removed and changed, the problems the new version has
 * that the old one did not, and those the old one had that the new one does not (fixed). Every list is sorted (elements by name, relations by source, kind and
 * target); each item names the area it is grouped under.
 */
public record ModelDiff(List<ElementFacts> added, List<ElementFacts> removed, List<Rename> renamed,
		List<Change> changes, List<RelationFacts> relationsAdded, List<RelationFacts> relationsRemoved,
		List<RelationChange> relationsChanged, List<Problem> newProblems, List<Problem> fixedProblems) {

	/** The group of whatever no area holds. */
	public static final String NO_AREA = "(no area)";

	/** An element whose name changed while its title and relations stayed the same. */
	public record Rename(ElementFacts before, ElementFacts after) {
	}

	/**
	 * One property of an element that changed.
	 *
	 * @param element  the element's name in the new version
	 * @param area     the area that holds it in the new version, or null
	 * @param property kind, title, status, layer, area, applies, aka, description, remark, sections or
	 *                 covers; with {@code (extend)} after it for what an extend block gives an element
	 *                 declared elsewhere
	 * @param before   the old value in words, or null when there was none
	 * @param after    the new value in words, or null when there is none
	 */
	public record Change(String element, String area, String property, String before, String after) {
	}

	/**
	 * A relation that stayed but goes via other carriers, holds in other products, cites another
	 * section or source, or has another note.
	 */
	public record RelationChange(RelationFacts before, RelationFacts after) {
	}

	public ModelDiff {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
		renamed = List.copyOf(renamed);
		changes = List.copyOf(changes);
		relationsAdded = List.copyOf(relationsAdded);
		relationsRemoved = List.copyOf(relationsRemoved);
		relationsChanged = List.copyOf(relationsChanged);
		newProblems = List.copyOf(newProblems);
		fixedProblems = List.copyOf(fixedProblems);
	}

	/** Whether the two versions state the same model and have the same problems. */
	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && changes.isEmpty()
				&& relationsAdded.isEmpty() && relationsRemoved.isEmpty() && relationsChanged.isEmpty()
				&& newProblems.isEmpty() && fixedProblems.isEmpty();
	}

	/** The areas something changed in, sections in numeric order (2.2 before 2.10), "(no area)" last. */
	public List<String> areas() {
		TreeSet<String> areas = new TreeSet<>(AREA_ORDER);
		added.forEach(e -> areas.add(group(e.area())));
		removed.forEach(e -> areas.add(group(e.area())));
		renamed.forEach(r -> areas.add(group(r.after().area())));
		changes.forEach(c -> areas.add(group(c.area())));
		relationsAdded.forEach(r -> areas.add(group(r.area())));
		relationsRemoved.forEach(r -> areas.add(group(r.area())));
		relationsChanged.forEach(r -> areas.add(group(r.after().area())));
		return new ArrayList<>(areas);
	}

	/** The group an area label belongs to: itself, or {@link #NO_AREA}. */
	public static String group(String area) {
		return area == null ? NO_AREA : area;
	}

	/** Whether an item of that area belongs to the group. */
	public static boolean in(String area, String group) {
		return Objects.equals(group(area), group);
	}

	/**
	 * One line counting what changed: {@code 1 element added, 2 relations removed, 1 new problem,
	 * 1 problem fixed}.
	 */
	public String summary() {
		List<String> parts = new ArrayList<>();
		count(parts, added.size(), "element", "added");
		count(parts, removed.size(), "element", "removed");
		count(parts, renamed.size(), "element", "renamed");
		count(parts, changes.size(), "element change", "");
		count(parts, relationsAdded.size(), "relation", "added");
		count(parts, relationsRemoved.size(), "relation", "removed");
		count(parts, relationsChanged.size(), "relation", "changed");
		count(parts, newProblems.size(), "new problem", "");
		count(parts, fixedProblems.size(), "problem", "fixed");
		return parts.isEmpty() ? "no differences" : String.join(", ", parts);
	}

	private static void count(List<String> parts, int count, String noun, String what) {
		if (count > 0) {
			parts.add(MessageText.plural(count, noun) + (what.isEmpty() ? "" : " " + what));
		}
	}

	/** Orders area labels by their leading section number, numerically, then by text. */
	static final Comparator<String> AREA_ORDER = (a, b) -> {
		if (a.equals(b)) {
			return 0;
		}
		if (a.equals(NO_AREA) || b.equals(NO_AREA)) {
			return a.equals(NO_AREA) ? 1 : -1;
		}
		String[] left = a.split("[. ]");
		String[] right = b.split("[. ]");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			boolean leftNumber = left[i].matches("\\d{1,9}");
			boolean rightNumber = right[i].matches("\\d{1,9}");
			int order = leftNumber && rightNumber ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
					: leftNumber != rightNumber ? (leftNumber ? -1 : 1) : left[i].compareTo(right[i]);
			if (order != 0) {
				return order;
			}
		}
		return left.length != right.length ? Integer.compare(left.length, right.length) : a.compareTo(b);
	};
}
