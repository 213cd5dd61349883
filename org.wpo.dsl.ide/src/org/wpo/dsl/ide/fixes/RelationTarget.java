package org.wpo.dsl.ide.fixes;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.TextRegion;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.WpoPackage;

/** A relation, the index of the target a problem is about, and the nodes of its targets. */
record RelationTarget(Relation relation, int index, List<INode> nodes) {

	/** The resolved relation target that a problem's range marks, or null. */
	static RelationTarget at(EObjectAtOffsetHelper atOffset, FixText text, int offset, int length) {
		INode node = atOffset.getCrossReferenceNode(text.resource, new TextRegion(offset, length));
		if (node == null || !(NodeModelUtils.findActualSemanticObjectFor(node) instanceof Relation relation)) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(relation, WpoPackage.eINSTANCE.getRelation_Targets());
		for (int i = 0; i < nodes.size() && i < relation.getTargets().size(); i++) {
			INode candidate = nodes.get(i);
			boolean inside = candidate.getOffset() <= offset
					&& (offset < candidate.getEndOffset() || length == 0 && offset == candidate.getEndOffset());
			if (inside) {
				Element target = relation.getTargets().get(i);
				return target == null || target.eIsProxy() ? null : new RelationTarget(relation, i, nodes);
			}
		}
		return null;
	}

	Element target() {
		return relation.getTargets().get(index);
	}

	/** Removes this target with its comma, or the whole relation when it is the only one. */
	TextChange remove(FixText text) {
		if (nodes.size() == 1) {
			return text.removeLines(NodeModelUtils.getNode(relation));
		}
		if (index > 0) {
			return text.delete(nodes.get(index - 1).getEndOffset(), nodes.get(index).getEndOffset());
		}
		return text.delete(nodes.get(0).getOffset(), nodes.get(1).getOffset());
	}
}
