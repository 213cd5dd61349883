package org.wpo.edit.operations;

import org.eclipse.xtext.EcoreUtil2;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Model;
import org.wpo.edit.Change;
import org.wpo.edit.Edit;
import org.wpo.edit.EditModel;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.Refusal;

/**
 * Moves an element to another area, keeping the way it was placed:
 * <ul>
 * <li>an element declared inside an area moves, text and comments, into the target area when that
 * area is in the same file; when the area is in another file (or the built-in model), the element
 * moves to the top level of its own file and is placed with {@code area};</li>
 * <li>an element at the top level of its file keeps its place and gets (or changes) its
 * {@code area} line.</li>
 * </ul>
 * Moving declarations between files would change their model namespace, so it is never done.
 * Preconditions: the element is editable and not already in the area.
 */
public record MoveToArea(ObjectRef element, ObjectRef area) implements Edit {

	@Override
	public String description() {
		return "move " + element + " to " + area;
	}

	@Override
	public Change prepare(EditModel model) throws Refusal {
		Element moved = model.element(element);
		Area to = model.area(area);
		model.requireEditable(moved, EditModel.describe(moved));
		if (Placement.areaOf(moved).orElse(null) == to) {
			throw new Refusal("'" + moved.getName() + "' is already in area '" + to.getName() + "'");
		}
		if (moved.eContainer() instanceof Area) {
			if (to.eResource() == moved.eResource()) {
				return Change.of(() -> to.getMembers().add(moved));
			}
			Model file = EcoreUtil2.getContainerOfType(moved, Model.class);
			return Change.of(() -> {
				file.getMembers().add(moved);
				moved.setArea(to);
			});
		}
		return Change.of(() -> moved.setArea(to));
	}
}
