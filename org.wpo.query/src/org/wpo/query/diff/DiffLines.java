package org.wpo.query.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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

	/**
	 * A relation with its via, only, section, source and note parts when it has them, in the order the
	 * model writes them: {@code MS-X uses MS-Y only from Windows 8 section 2.1 Overview note "why"}.
	 */
	static String relation(RelationFacts relation) {
		StringBuilder text = new StringBuilder(relation.label());
		for (Part part : PARTS) {
			String value = part.value().apply(relation);
			if (value != null) {
				text.append(' ').append(part.keyword()).append(' ').append(value);
			}
		}
		return text.toString();
	}

	/** What changed in a relation: {@code via (none) -> named pipes; only from Windows 8 -> (none)}. */
	static String relationChange(ModelDiff.RelationChange change) {
		List<String> parts = new ArrayList<>();
		for (Part part : PARTS) {
			String before = part.value().apply(change.before());
			String after = part.value().apply(change.after());
			if (!Objects.equals(before, after)) {
				parts.add(part.keyword() + " " + value(before) + " -> " + value(after));
			}
		}
		return String.join("; ", parts);
	}

	/** One part of a relation after its targets, by its keyword, in words; null when the relation has none. */
	private record Part(String keyword, Function<RelationFacts, String> value) {
	}

	private static final List<Part> PARTS = List.of(
			new Part("via", r -> r.via().isEmpty() ? null : String.join(", ", r.via())),
			new Part("only", RelationFacts::condition),
			new Part("section", RelationFacts::section),
			new Part("source", r -> r.document() == null ? null
					: r.documentSection() == null ? r.document() : r.document() + " section " + r.documentSection()),
			new Part("note", r -> r.note() == null ? null : quoted(r.note())));

	/** A text as the model writes it: in double quotes, with quotes, backslashes and line breaks escaped. */
	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
	}

	private static String value(String value) {
		return value == null ? NONE : value;
	}
}
