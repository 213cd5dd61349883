package org.wpo.edit.operations;

import java.util.List;
import java.util.stream.Collectors;

import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.edit.EditModel;
import org.wpo.edit.Refusal;

/** Preconditions shared by drawing and reconnecting edges. */
final class RelationChecks {

	private RelationChecks() {
	}

	/**
	 * The edge {@code from kind to} may be added: no self-relation, not there already, and, for
	 * {@code runs-over} and {@code replaces}, no cycle closed (the validator's error
	 * {@code wpo.runs-over-cycle} / {@code wpo.replaces-cycle}, found by the same walk of the model's
	 * graph).
	 */
	static void requireNew(EditModel model, Element from, RelationKind kind, Element to) throws Refusal {
		if (from == to) {
			throw new Refusal("'" + from.getName() + "' cannot " + kind.getLiteral() + " itself");
		}
		ModelGraph graph = ModelGraph.of(model.resourceSet());
		for (ModelGraph.Edge edge : graph.outgoing(from)) {
			if (edge.kind() == kind && edge.target() == to) {
				throw new Refusal("'" + from.getName() + "' already " + kind.getLiteral() + " '" + to.getName() + "'");
			}
		}
		if (kind == RelationKind.RUNS_OVER || kind == RelationKind.REPLACES) {
			// The shortest way back never passes through 'to' or 'from' twice, so an edge being
			// reconnected (which starts at 'from' or ends at 'to') cannot be part of it.
			List<Element> back = graph.path(to, from, kind);
			if (!back.isEmpty()) {
				throw new Refusal("it would close a cycle through " + kind.getLiteral() + ": " + from.getName()
						+ back.stream().map(e -> " -> " + e.getName()).collect(Collectors.joining()));
			}
		}
	}
}
