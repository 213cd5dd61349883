package org.wpo.edit;

import org.wpo.dsl.wpo.RelationKind;

/**
 * One edge of a diagram: one target of one relation. A relation with several targets (alternatives,
 * as in {@code runs-over TCP, UDP}) is drawn as one edge per target.
 */
public sealed interface EdgeRef {

	/** The only edge of a kind from one element to another. */
	record Between(ObjectRef source, RelationKind kind, ObjectRef target) implements EdgeRef {
		@Override
		public String toString() {
			return source + " " + kind.getLiteral() + " " + target;
		}
	}

	/** Target number {@code targetIndex} (from 0) of a relation. */
	record At(ObjectRef relation, int targetIndex) implements EdgeRef {
		@Override
		public String toString() {
			return "target " + targetIndex + " of relation " + relation;
		}
	}

	static EdgeRef between(String source, RelationKind kind, String target) {
		return new Between(ObjectRef.element(source), kind, ObjectRef.element(target));
	}
}
