package org.wpo.query.diff;

import java.util.List;

/**
 * One relation of a user's model towards one of its targets (a relation with several targets, the
 * alternatives of runs-over, gives one each). Its identity is source, kind and target; the carriers
 * it goes {@code via} and its {@code only} condition are what may change while it stays the same relation.
 *
 * @param source    the name of the element it starts from (built-in for a relation in an extend block)
 * @param kind      its keyword, such as runs-over
 * @param target    the name of the element it points at
 * @param via       the names after {@code via}, in order; empty when it names none
 * @param condition its {@code only} condition in words, or null when it holds in every product
 * @param area      the area that holds its source, for grouping; null when none does
 */
public record RelationFacts(String source, String kind, String target, List<String> via, String condition,
		String area) {

	public RelationFacts {
		via = List.copyOf(via);
	}

	/** The relation as one line: {@code MS-X runs-over TCP}. */
	public String label() {
		return source + " " + kind + " " + target;
	}

	/** The same relation with its source and target named as {@code names} renames them. */
	RelationFacts renamed(java.util.function.UnaryOperator<String> names) {
		return new RelationFacts(names.apply(source), kind, names.apply(target), via.stream().map(names).toList(),
				condition, area);
	}

	/** What identifies the relation between two versions of a model. */
	String key() {
		return source + "\u0000" + kind + "\u0000" + target;
	}
}
