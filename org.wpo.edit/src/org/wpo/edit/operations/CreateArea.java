package org.wpo.edit.operations;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.WpoFactory;
import org.wpo.edit.Change;
import org.wpo.edit.Edit;
import org.wpo.edit.EditModel;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.Refusal;

/**
 * Creates an area at the top level of a file or inside an area. Precondition: the parent is in an
 * editable file and no area of the same model namespace has the name.
 */
public record CreateArea(ObjectRef parent, String name, String title) implements Edit {

	@Override
	public String description() {
		return "create area '" + name + "' in " + parent;
	}

	@Override
	public Change prepare(EditModel model) throws Refusal {
		EObject container = Containers.parent(model, parent);
		model.requireFreeName(container, null, Area.class, name);
		return Change.of(() -> {
			Area area = WpoFactory.eINSTANCE.createArea();
			area.setName(name);
			area.setTitle(title);
			Containers.add(container, area);
		});
	}
}
