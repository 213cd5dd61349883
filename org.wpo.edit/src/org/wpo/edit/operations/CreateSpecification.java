package org.wpo.edit.operations;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.WpoFactory;
import org.wpo.edit.Change;
import org.wpo.edit.Edit;
import org.wpo.edit.EditModel;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.Refusal;

/**
 * Creates a specification (protocol, format, algorithm, overview or standard) in an area or at the top
 * level of a file. Precondition: the parent is editable and no specification, technology or alias of
 * the same model namespace has the name. Whether the short name fits the kind is left to validation,
 * which reports it in the result. With a layer, the new specification gets a {@code layer} line.
 */
public record CreateSpecification(ObjectRef parent, SpecKind kind, String name, String title, ObjectRef layer)
		implements Edit {

	public CreateSpecification(ObjectRef parent, SpecKind kind, String name, String title) {
		this(parent, kind, name, title, null);
	}

	@Override
	public String description() {
		return "create " + kind.getLiteral() + " '" + name + "' in " + parent;
	}

	@Override
	public Change prepare(EditModel model) throws Refusal {
		if (kind == null) {
			throw new Refusal("a specification needs a kind");
		}
		EObject container = Containers.parent(model, parent);
		model.requireFreeName(container, null, Element.class, name);
		Layer inLayer = layer == null ? null : model.layer(layer);
		return Change.of(() -> {
			Specification specification = WpoFactory.eINSTANCE.createSpecification();
			specification.setKind(kind);
			specification.setName(name);
			specification.setTitle(title);
			specification.setLayer(inLayer);
			Containers.add(container, specification);
		});
	}
}
