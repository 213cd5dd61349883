package org.wpo.dsl.ide.fixes;

import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/** Finding tokens in the node model, for the fixes. */
final class Nodes {

	private Nodes() {
	}

	static <T> T first(List<T> list) {
		return list.isEmpty() ? null : list.get(0);
	}

	/** The first token of the node with this text (not in a comment or blank), or null. */
	static ILeafNode firstLeaf(INode node, String text) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && text.equals(leaf.getText())) {
				return leaf;
			}
		}
		return null;
	}

	/** The last token of the node with this text (not in a comment or blank), or null. */
	static ILeafNode lastLeaf(INode node, String text) {
		ILeafNode found = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && text.equals(leaf.getText())) {
				found = leaf;
			}
		}
		return found;
	}

	/** The last token of the node that is not in a comment or blank. */
	static ILeafNode lastNonHidden(INode node) {
		if (node instanceof ILeafNode leaf) {
			return leaf;
		}
		ILeafNode found = null;
		for (ILeafNode leaf : ((ICompositeNode) node).getLeafNodes()) {
			if (!leaf.isHidden()) {
				found = leaf;
			}
		}
		return found;
	}
}
