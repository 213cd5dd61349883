package org.wpo.dsl.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.wpo.dsl.wpo.RelationKind;

/**
 * What each relation kind means and which way it points, in the words that completion, hover and
 * the README's table of kinds show (a test compares the README with this class). A relation is
 * written in its source's body (or an {@code extend} block of the source) and names its targets.
 */
public final class RelationKinds {

	/**
	 * @param kind      the kind
	 * @param meaning   what the source says about its targets
	 * @param direction from which element to which the relation is written, and what several targets mean
	 */
	public record Description(RelationKind kind, String meaning, String direction) {

		/** The kind's keyword as written: runs-over. */
		public String keyword() {
			return kind.getLiteral();
		}

		/** One line: {@code runs-over: meaning; direction}. */
		public String text() {
			return keyword() + ": " + meaning + "; " + direction;
		}
	}

	private static final Map<RelationKind, Description> DESCRIPTIONS = new EnumMap<>(RelationKind.class);

	static {
		describe(RelationKind.RUNS_OVER, "the source is carried by the target (runs over it, is built or layered on it)",
				"from the carried element down to its carrier; several targets are alternatives");
		describe(RelationKind.EXTENDS, "the source adds to the target (an extension of it, builds on it)",
				"from the extension to what it extends");
		describe(RelationKind.PROFILE_OF, "the source is a profile or a subset of the target",
				"from the profile to the whole it selects from");
		describe(RelationKind.USES, "the source can use the target (a weaker dependency: its data types, a service)",
				"from the user to what it uses");
		describe(RelationKind.REQUIRES, "the source requires the target (relies or depends on it)",
				"from the dependent to what it needs; several targets are all needed");
		describe(RelationKind.REPLACES, "the source is the successor to the target, or recommended instead of it",
				"from the newer to the older");
		describe(RelationKind.RENAMED_FROM, "the source is the target under a new name",
				"from the new name to the former one");
		describe(RelationKind.OBSOLETES, "the source makes the target, or a function of it, obsolete",
				"from the newer to the obsoleted");
		describe(RelationKind.PART_OF, "the source is a member of the target (a table, a mode, a system of members)",
				"from the member to the whole");
		describe(RelationKind.SPECIFIED_BY, "the source is specified or defined by the target document",
				"from the technology to the documents that specify it; several targets each specify part of it");
		describe(RelationKind.MANAGES, "the source remotely administers or configures the target",
				"from the managing protocol to what it manages");
		if (DESCRIPTIONS.size() != RelationKind.VALUES.size()) {
			throw new IllegalStateException("a relation kind has no description");
		}
	}

	private RelationKinds() {
	}

	private static void describe(RelationKind kind, String meaning, String direction) {
		DESCRIPTIONS.put(kind, new Description(kind, meaning, direction));
	}

	/** The description of one kind. */
	public static Description of(RelationKind kind) {
		return DESCRIPTIONS.get(kind);
	}

	/** Every kind's description, in the grammar's order of the kinds. */
	public static List<Description> all() {
		return Arrays.stream(RelationKind.values()).map(DESCRIPTIONS::get).toList();
	}
}
