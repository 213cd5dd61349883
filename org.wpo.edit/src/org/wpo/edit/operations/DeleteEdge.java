package org.wpo.edit.operations;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.WpoPackage;
import org.wpo.edit.Change;
import org.wpo.edit.EdgeRef;
import org.wpo.edit.Edit;
import org.wpo.edit.EditModel;
import org.wpo.edit.Refusal;

/**
 * Deletes one edge: the whole relation when it has one target (with the comments written in it),
 * otherwise only that target of it; an {@code extend} block left with nothing in it goes too.
 * Precondition: the relation's file is editable.
 */
public record DeleteEdge(EdgeRef edge) implements Edit {

	@Override
	public String description() {
		return "delete " + edge;
	}

	@Override
	public Change prepare(EditModel model) throws Refusal {
		ModelGraph.Edge found = model.edge(edge);
		Relation relation = found.relation();
		model.requireEditable(relation, "the relation");
		if (relation.getTargets().size() == 1) {
			if (relation.eContainer() instanceof Extension extension && holdsOnly(extension, relation)) {
				return Change.removing(extension, () -> EcoreUtil.remove(extension));
			}
			return Change.removing(relation, () -> EcoreUtil.remove(relation));
		}
		int index = found.targetIndex();
		return Change.of(() -> relation.getTargets().remove(index));
	}

	/** Whether the extend block states nothing but this relation (no alias, remark, applies, ...). */
	private static boolean holdsOnly(Extension extension, Relation relation) {
		for (EStructuralFeature feature : extension.eClass().getEAllStructuralFeatures()) {
			if (feature == WpoPackage.Literals.EXTENSION__TARGET) {
				continue;
			}
			if (feature == WpoPackage.Literals.EXTENSION__RELATIONS) {
				if (extension.getRelations().size() != 1) {
					return false;
				}
			} else if (extension.eIsSet(feature)) {
				return false;
			}
		}
		return extension.getRelations().get(0) == relation;
	}
}
