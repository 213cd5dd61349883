package org.wpo.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where a declaration is written, as messages name it: {@code protocols.wpo line 12}. */
final class Locations {

	private Locations() {
	}

	/** The file (its last segment) and line of an object, or the file alone when it has no text. */
	static String of(EObject object) {
		Resource resource = object.eResource();
		if (resource == null) {
			return "an unsaved file";
		}
		String file = resource.getURI().lastSegment();
		ICompositeNode node = NodeModelUtils.getNode(object);
		return node == null ? file : file + " line " + node.getStartLine();
	}

	/** The line of an object in its file, or 0 when it has no text. */
	static int line(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getStartLine();
	}
}
