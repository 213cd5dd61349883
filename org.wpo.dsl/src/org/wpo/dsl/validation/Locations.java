package org.wpo.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
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

	/**
	 * The nodes of an object's text by the name of the feature they are assigned to, found in one walk
	 * of its text (as {@link NodeModelUtils#findNodesForFeature} finds those of one feature): asking
	 * for several features costs one walk, not one each.
	 */
	static Map<String, List<INode>> nodesByFeature(EObject object) {
		Map<String, List<INode>> nodes = new HashMap<>();
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node == null) {
			return nodes;
		}
		BidiTreeIterator<INode> iterator = node.getAsTreeIterable().iterator();
		while (iterator.hasNext()) {
			INode child = iterator.next();
			if (child == node || child.getGrammarElement() == null) {
				continue;
			}
			if (child.getGrammarElement() instanceof Action) {
				iterator.prune();
				continue;
			}
			Assignment assignment = GrammarUtil.containingAssignment(child.getGrammarElement());
			if (assignment != null) {
				nodes.computeIfAbsent(assignment.getFeature(), f -> new ArrayList<>()).add(child);
				iterator.prune();
			}
		}
		return nodes;
	}
}
