package org.wpo.edit.operations;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Technology;
import org.wpo.dsl.wpo.WpoFactory;
import org.wpo.edit.Change;
import org.wpo.edit.Edit;
import org.wpo.edit.EditModel;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.Refusal;

/**
 * Creates a technology in an area or at the top level of a file. Precondition: the parent is editable
 * and no specification, technology or alias of the same model namespace has the name. With a layer,
 * the new technology gets a {@code layer} line.
 */
public record CreateTechnology(ObjectRef parent, String name, String title, ObjectRef layer) implements Edit {

	public CreateTechnology(ObjectRef parent, String name, String title) {
		this(parent, name, title, null);
	}

	@Override
	public String description() {
		return "create technology '" + name + "' in " + parent;
	}

	@Override
	public Change prepare(EditModel model) throws Refusal {
		EObject container = Containers.parent(model, parent);
		model.requireFreeName(container, null, Element.class, name);
		Layer inLayer = layer == null ? null : model.layer(layer);
		return Change.of(() -> {
			Technology technology = WpoFactory.eINSTANCE.createTechnology();
			technology.setName(name);
			technology.setTitle(title);
			technology.setLayer(inLayer);
			Containers.add(container, technology);
		});
	}
}
