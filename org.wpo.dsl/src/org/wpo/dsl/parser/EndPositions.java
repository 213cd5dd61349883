package org.wpo.dsl.parser;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * The line and column where a problem's region ends. Xtext's own computation reads the character
 * after a line break to tell \r\n from a lone \r, and so fails with an index out of range when the
 * text ends with a lone \r and the region ends at the end of the text, as the "missing '}' at EOF"
 * of a file cut short does. The validator then loses every problem of the file and logs an
 * internal error (seen with {@code wpo check} on such a file). Here such an end is placed just after the \r, on its line.
 */
public final class EndPositions {

	private EndPositions() {
	}

	public static LineAndColumn of(INode node, int endOffset) {
		String text = node.getRootNode().getText();
		if (endOffset > 0 && endOffset == text.length() && text.charAt(endOffset - 1) == '\r') {
			LineAndColumn lastCharacter = NodeModelUtils.getLineAndColumn(node, endOffset - 1);
			return LineAndColumn.from(lastCharacter.getLine(), lastCharacter.getColumn() + 1);
		}
		return NodeModelUtils.getLineAndColumn(node, endOffset);
	}
}
