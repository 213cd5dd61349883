package org.wpo.edit.operations;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Product;
import org.wpo.edit.Change;
import org.wpo.edit.Edit;
import org.wpo.edit.EditModel;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.Refusal;

/**
 * Renames a specification, technology, area, layer or product, and rewrites every reference to it in
 * every file of the model, in the form it was written (short or qualified). Preconditions: the object
 * is in an editable file, the new name differs and is not taken in its model namespace (for elements,
 * not by an alias either).
 */
public record Rename(ObjectRef object, String newName) implements Edit {

	@Override
	public String description() {
		return "rename " + object + " to '" + newName + "'";
	}

	@Override
	public Change prepare(EditModel model) throws Refusal {
		EObject target = model.resolve(object);
		Class<? extends EObject> kind = target instanceof Element ? Element.class
				: target instanceof Area ? Area.class
						: target instanceof Layer ? Layer.class : target instanceof Product ? Product.class : null;
		if (kind == null) {
			throw new Refusal(object + " is " + EditModel.describe(target) + ", which has no name");
		}
		model.requireEditable(target, EditModel.describe(target));
		if (newName != null && newName.equals(WpoQualifiedNameProvider.simpleName(target))) {
			throw new Refusal("it is already named '" + newName + "'");
		}
		model.requireFreeName(target, target, kind, newName);
		return Change.renaming(() -> {
			if (target instanceof Element element) {
				element.setName(newName);
			} else if (target instanceof Area area) {
				area.setName(newName);
			} else if (target instanceof Layer layer) {
				layer.setName(newName);
			} else {
				((Product) target).setName(newName);
			}
		});
	}
}
