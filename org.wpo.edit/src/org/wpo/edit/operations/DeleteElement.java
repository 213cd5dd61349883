package org.wpo.edit.operations;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.edit.Change;
import org.wpo.edit.Edit;
import org.wpo.edit.EditModel;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.Refusal;

/**
 * Deletes a specification, technology, empty area or layer, with its text and the comments in it.
 * Preconditions: it is in an editable file, nothing outside it refers to it (a relation, a placement,
 * a section, a layer line), and an area holds no declarations (they would go with it).
 */
public record DeleteElement(ObjectRef object) implements Edit {

	@Override
	public String description() {
		return "delete " + object;
	}

	@Override
	public Change prepare(EditModel model) throws Refusal {
		EObject target = model.resolve(object);
		if (!(target instanceof Element || target instanceof Area || target instanceof Layer)) {
			throw new Refusal(object + " is " + EditModel.describe(target) + ", which this tool does not delete");
		}
		model.requireEditable(target, EditModel.describe(target));
		if (target instanceof Area area && !area.getMembers().isEmpty()) {
			throw new Refusal("area '" + area.getName() + "' holds " + area.getMembers().size()
					+ " declaration(s); move or delete them first");
		}
		Collection<EStructuralFeature.Setting> uses = EcoreUtil.UsageCrossReferencer.find(target, model.resourceSet());
		for (EStructuralFeature.Setting use : uses) {
			EObject user = use.getEObject();
			if (!EcoreUtil.isAncestor(target, user)) {
				INode node = NodeModelUtils.findActualNodeFor(user);
				throw new Refusal(EditModel.describe(target) + " is still referred to in " + EditModel.fileName(user)
						+ (node == null ? "" : " line " + node.getStartLine()) + "; remove the references first");
			}
		}
		return Change.removing(target, () -> EcoreUtil.remove(target));
	}
}
