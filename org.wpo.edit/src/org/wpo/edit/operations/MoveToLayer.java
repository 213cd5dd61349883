package org.wpo.edit.operations;

import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.edit.Change;
import org.wpo.edit.Edit;
import org.wpo.edit.EditModel;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.Refusal;

/**
 * Moves an element to another layer: its {@code layer} line names the new layer, or is added.
 * Preconditions: the element is editable and not already in the layer.
 */
public record MoveToLayer(ObjectRef element, ObjectRef layer) implements Edit {

	@Override
	public String description() {
		return "move " + element + " to " + layer;
	}

	@Override
	public Change prepare(EditModel model) throws Refusal {
		Element moved = model.element(element);
		Layer to = model.layer(layer);
		model.requireEditable(moved, EditModel.describe(moved));
		if (moved.getLayer() == to) {
			throw new Refusal("'" + moved.getName() + "' is already in layer '" + to.getName() + "'");
		}
		return Change.of(() -> moved.setLayer(to));
	}
}
