package org.wpo.edit.operations;

import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.edit.EditModel;
import org.wpo.edit.Refusal;

/** Preconditions shared by drawing and reconnecting edges. */
final class RelationChecks {

	private RelationChecks() {
	}

	/** The edge {@code from kind to} may be added: no self-relation, and not there already. */
	static void requireNew(EditModel model, Element from, RelationKind kind, Element to) throws Refusal {
		if (from == to) {
			throw new Refusal("'" + from.getName() + "' cannot " + kind.getLiteral() + " itself");
		}
		for (ModelGraph.Edge edge : ModelGraph.of(model.resourceSet()).outgoing(from)) {
			if (edge.kind() == kind && edge.target() == to) {
				throw new Refusal("'" + from.getName() + "' already " + kind.getLiteral() + " '" + to.getName() + "'");
			}
		}
	}
}
