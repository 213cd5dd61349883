package org.wpo.edit.operations;

import java.nio.file.Path;

import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.WpoFactory;
import org.wpo.edit.Change;
import org.wpo.edit.Edit;
import org.wpo.edit.EditModel;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.Refusal;

/**
 * Draws an edge: a new relation of one kind from one element to another, written in the source's
 * body; when the source is read-only (the built-in model), in an {@code extend} block of
 * {@code extensionFile}. Preconditions: source and target differ, the same relation does not exist
 * yet, a {@code runs-over} or {@code replaces} relation does not close a cycle, and the file it goes
 * into is editable.
 */
public record CreateRelation(ObjectRef source, RelationKind kind, ObjectRef target, Path extensionFile)
		implements Edit {

	public CreateRelation(ObjectRef source, RelationKind kind, ObjectRef target) {
		this(source, kind, target, null);
	}

	@Override
	public String description() {
		return "draw " + kind.getLiteral() + " from " + source + " to " + target;
	}

	@Override
	public Change prepare(EditModel model) throws Refusal {
		Element from = model.element(source);
		Element to = model.element(target);
		RelationChecks.requireNew(model, from, kind, to);
		Model fallback = extensionFile == null ? null : model.model(extensionFile);
		Containers.relationsOf(model, from, fallback);
		return Change.of(() -> {
			Relation relation = WpoFactory.eINSTANCE.createRelation();
			relation.setKind(kind);
			relation.getTargets().add(to);
			Containers.relationsForChange(model, from, fallback).add(relation);
		});
	}
}
