package org.wpo.edit.operations;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.WpoFactory;
import org.wpo.edit.EditModel;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.Refusal;

/** Where new areas, elements and relations go. */
final class Containers {

	private Containers() {
	}

	/** A file's top level or an area, which may hold areas and elements; must be editable. */
	static EObject parent(EditModel model, ObjectRef ref) throws Refusal {
		EObject parent = model.resolve(ref);
		if (!(parent instanceof Model) && !(parent instanceof Area)) {
			throw new Refusal(ref + " is " + EditModel.describe(parent) + ", which cannot hold areas or elements");
		}
		model.requireEditable(parent, EditModel.describe(parent));
		return parent;
	}

	/** Adds an area or element to a file's top level or to an area. */
	static void add(EObject parent, EObject member) {
		if (parent instanceof Model model) {
			model.getMembers().add((org.wpo.dsl.wpo.Member) member);
		} else {
			((Area) parent).getMembers().add((org.wpo.dsl.wpo.Member) member);
		}
	}

	/**
	 * The list a new relation of {@code source} goes into: the source's own relations when its file is
	 * editable, otherwise an {@code extend} block for the source in {@code fallback} (an existing one,
	 * or a new one at the end of that file).
	 */
	static List<Relation> relationsOf(EditModel model, Element source, Model fallback) throws Refusal {
		if (model.isEditable(source)) {
			return source.getRelations();
		}
		if (fallback == null || !model.isEditable(fallback)) {
			throw new Refusal("'" + source.getName() + "' is in " + EditModel.fileName(source)
					+ ", which is read-only, and no file was given for an 'extend " + source.getName() + "' block");
		}
		for (EObject member : fallback.getMembers()) {
			if (member instanceof Extension extension && extension.getTarget() == source) {
				return extension.getRelations();
			}
		}
		return null;
	}

	/** Runs during the change: the relations list, creating the extend block when needed. */
	static List<Relation> relationsForChange(EditModel model, Element source, Model fallback) {
		try {
			List<Relation> relations = relationsOf(model, source, fallback);
			if (relations != null) {
				return relations;
			}
		} catch (Refusal e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		Extension extension = WpoFactory.eINSTANCE.createExtension();
		extension.setTarget(source);
		fallback.getMembers().add(extension);
		return extension.getRelations();
	}
}
