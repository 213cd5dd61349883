package org.wpo.query.diff;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One relation of a user's model towards one of its targets (a relation with several targets, the
 * alternatives of runs-over, gives one each). Its identity is source, kind and target; the carriers
 * it goes {@code via}, its {@code only} condition, the {@code section} and {@code source} that state
 * it and its {@code note} are what may change while it stays the same relation.
 *
 * @param source    the name of the element it starts from (built-in for a relation in an extend block)
 * @param kind      its keyword, such as runs-over
 * @param target    the name of the element it points at
 * @param via       the names after {@code via}, in order; empty when it names none
 * @param condition its {@code only} condition in words, or null when it holds in every product
 * @param section   the area after {@code section}, by name and title (as written when not found), or null
 * @param document  the document after {@code source}, or null
 * @param documentSection the section of that document after {@code source DOC section}, or null
 * @param note      its note, or null
 * @param area      the area that holds its source, for grouping; null when none does
 */
public record RelationFacts(String source, String kind, String target, List<String> via, String condition,
		String section, String document, String documentSection, String note, String area) {

	public RelationFacts {
		via = List.copyOf(via);
	}

	/** The relation as one line: {@code MS-X runs-over TCP}. */
	public String label() {
		return source + " " + kind + " " + target;
	}

	/** The same relation with its source and target named as {@code names} renames them. */
	RelationFacts renamed(UnaryOperator<String> names) {
		return new RelationFacts(names.apply(source), kind, names.apply(target), via.stream().map(names).toList(),
				condition, section, document, documentSection, note, area);
	}

	/** What identifies the relation between two versions of a model. */
	String key() {
		return source + "\u0000" + kind + "\u0000" + target;
	}

	/** Whether the other version of this relation says the same of it: via, only, section, source and note. */
	boolean sameDetails(RelationFacts other) {
		return via.equals(other.via) && Objects.equals(condition, other.condition) && Objects.equals(section, other.section)
				&& Objects.equals(document, other.document) && Objects.equals(documentSection, other.documentSection)
				&& Objects.equals(note, other.note);
	}
}
