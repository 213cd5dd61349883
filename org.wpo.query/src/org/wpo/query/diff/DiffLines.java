package org.wpo.query.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The wording of each difference, one line each, shared by the text and the Markdown reports:
 * {@code added protocol MS-NEW "New Protocol"}, {@code MS-X status: current -> legacy},
 * {@code removed relation MS-X uses MS-Y}, and so on.
 */
public final class DiffLines {

	/** What an absent value (no layer, no applies statement, ...) reads as. */
	static final String NONE = "(none)";

	private DiffLines() {
	}

	/** The lines of every difference grouped under one area, elements first, then relations. */
	public static List<String> of(ModelDiff diff, String area) {
		List<String> lines = new ArrayList<>();
		diff.added().stream().filter(e -> ModelDiff.in(e.area(), area)).forEach(e -> lines.add("added " + element(e)));
		diff.removed().stream().filter(e -> ModelDiff.in(e.area(), area)).forEach(e -> lines.add("removed " + element(e)));
		diff.renamed().stream().filter(r -> ModelDiff.in(r.after().area(), area))
				.forEach(r -> lines.add("renamed " + r.before().name() + " to " + r.after().name()));
		diff.changes().stream().filter(c -> ModelDiff.in(c.area(), area)).forEach(c -> lines.add(change(c)));
		diff.relationsAdded().stream().filter(r -> ModelDiff.in(r.area(), area))
				.forEach(r -> lines.add("added relation " + relation(r)));
		diff.relationsRemoved().stream().filter(r -> ModelDiff.in(r.area(), area))
				.forEach(r -> lines.add("removed relation " + relation(r)));
		diff.relationsChanged().stream().filter(r -> ModelDiff.in(r.after().area(), area))
				.forEach(r -> lines.add("changed relation " + r.after().label() + ": " + relationChange(r)));
		return lines;
	}

	/** An element with its kind and title: {@code protocol MS-NEW "New Protocol"}. */
	static String element(ElementFacts element) {
		return element.kind() + " " + element.name() + (element.title() == null ? "" : " \"" + element.title() + "\"");
	}

	static String change(ModelDiff.Change change) {
		return change.element() + " " + change.property() + ": " + value(change.before()) + " -> " + value(change.after());
	}

	/** A relation with its via and only parts when it has them. */
	static String relation(RelationFacts relation) {
		StringBuilder text = new StringBuilder(relation.label());
		if (!relation.via().isEmpty()) {
			text.append(" via ").append(String.join(", ", relation.via()));
		}
		if (relation.condition() != null) {
			text.append(" only ").append(relation.condition());
		}
		return text.toString();
	}

	/** What changed in a relation: {@code via (none) -> named pipes; only from Windows 8 -> (none)}. */
	static String relationChange(ModelDiff.RelationChange change) {
		List<String> parts = new ArrayList<>();
		String viaBefore = String.join(", ", change.before().via());
		String viaAfter = String.join(", ", change.after().via());
		if (!viaBefore.equals(viaAfter)) {
			parts.add("via " + value(viaBefore.isEmpty() ? null : viaBefore) + " -> " + value(viaAfter.isEmpty() ? null : viaAfter));
		}
		if (!Objects.equals(change.before().condition(), change.after().condition())) {
			parts.add("only " + value(change.before().condition()) + " -> " + value(change.after().condition()));
		}
		return String.join("; ", parts);
	}

	private static String value(String value) {
		return value == null ? NONE : value;
	}
}
