package org.wpo.edit.operations;

import java.util.Locale;

import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.WpoFactory;
import org.eclipse.xtext.EcoreUtil2;
import org.wpo.edit.Change;
import org.wpo.edit.EdgeRef;
import org.wpo.edit.Edit;
import org.wpo.edit.EditModel;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.Refusal;

/**
 * Moves one end of an edge to another element.
 * <ul>
 * <li>Target: the relation's target is replaced where it is written.</li>
 * <li>Source: a relation with one target moves, with its section and note, into the new source (or,
 * when the new source is read-only, into an {@code extend} block of the relation's file); of a
 * relation with several targets, the one target leaves it and becomes a relation of the new source
 * with the same kind, section and note.</li>
 * </ul>
 * Preconditions: the relation's file is editable, the edge does not become a self-relation, the new
 * edge does not exist yet, and a {@code runs-over} or {@code replaces} edge does not close a cycle.
 */
public record ReconnectEdge(EdgeRef edge, End end, ObjectRef newEnd) implements Edit {

	public enum End {
		SOURCE, TARGET
	}

	@Override
	public String description() {
		return "reconnect the " + end.name().toLowerCase(Locale.ROOT) + " of " + edge + " to " + newEnd;
	}

	@Override
	public Change prepare(EditModel model) throws Refusal {
		ModelGraph.Edge found = model.edge(edge);
		Relation relation = found.relation();
		model.requireEditable(relation, "the relation");
		Element element = model.element(newEnd);
		int index = found.targetIndex();
		if (end == End.TARGET) {
			if (element == found.target()) {
				throw new Refusal("the edge already ends at '" + element.getName() + "'");
			}
			RelationChecks.requireNew(model, found.source(), found.kind(), element);
			return Change.of(() -> relation.getTargets().set(index, element));
		}
		if (element == found.source()) {
			throw new Refusal("the edge already starts at '" + element.getName() + "'");
		}
		RelationChecks.requireNew(model, element, found.kind(), found.target());
		Model home = EcoreUtil2.getContainerOfType(relation, Model.class);
		Containers.relationsOf(model, element, home);
		return Change.of(() -> {
			if (relation.getTargets().size() == 1) {
				Containers.relationsForChange(model, element, home).add(relation);
			} else {
				Relation moved = WpoFactory.eINSTANCE.createRelation();
				moved.setKind(relation.getKind());
				moved.getTargets().add(found.target());
				moved.setSection(relation.getSection());
				moved.setNote(relation.getNote());
				relation.getTargets().remove(index);
				Containers.relationsForChange(model, element, home).add(moved);
			}
		});
	}
}
