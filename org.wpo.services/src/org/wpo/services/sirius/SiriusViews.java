package org.wpo.services.sirius;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.wpo.edit.Refusal;

/**
 * Reads the Sirius diagram views a tool passes through EMF's reflective API, so that the services
 * do not depend on Sirius: {@code DEdge.sourceNode/targetNode}, {@code DNode.target} and
 * {@code DSemanticDiagram.target}.
 */
final class SiriusViews {

	private SiriusViews() {
	}

	/** The file of the diagram a view belongs to: the file of the diagram's semantic root. */
	static Path diagramFile(EObject view) throws Refusal {
		for (EObject current = view; current != null; current = current.eContainer()) {
			if ("DSemanticDiagram".equals(current.eClass().getName())) {
				EObject root = semanticOf(current);
				Path file = root == null ? null : ModelFiles.fileOf(root.eResource());
				if (file != null) {
					return file;
				}
			}
		}
		throw new Refusal("the diagram's file is not known");
	}

	/** One end (sourceNode or targetNode) of a Sirius edge view. */
	static EObject viewEnd(EObject edgeView, String end) throws Refusal {
		EStructuralFeature feature = edgeView == null ? null : edgeView.eClass().getEStructuralFeature(end);
		if (feature == null) {
			throw new Refusal("the edge's view has no " + end);
		}
		return (EObject) edgeView.eGet(feature);
	}

	/** The semantic element of a Sirius view (its {@code target}). */
	static EObject semanticOf(EObject view) {
		EStructuralFeature target = view == null ? null : view.eClass().getEStructuralFeature("target");
		return target == null ? null : (EObject) view.eGet(target);
	}
}
