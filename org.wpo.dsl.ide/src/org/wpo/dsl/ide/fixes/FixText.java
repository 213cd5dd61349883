package org.wpo.dsl.ide.fixes;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.wpo.dsl.wpo.Element;

/** The text of one file and the edits of it that fixes are made of. */
final class FixText {

	/** One level of indentation, as the formatter writes it. */
	static final String INDENT = "\t";

	final XtextResource resource;
	final URI uri;
	final String content;
	final String newline;

	FixText(XtextResource resource) {
		this.resource = resource;
		this.uri = resource.getURI();
		this.content = resource.getParseResult().getRootNode().getText();
		this.newline = content.contains("\r\n") ? "\r\n" : "\n";
	}

	TextChange insert(int offset, String text) {
		return new TextChange(uri, offset, 0, text);
	}

	TextChange delete(int start, int end) {
		return new TextChange(uri, start, end - start, "");
	}

	TextChange replace(INode node, String text) {
		return new TextChange(uri, node.getOffset(), node.getLength(), text);
	}

	int lineStart(int offset) {
		return content.lastIndexOf('\n', offset - 1) + 1;
	}

	/** The blanks that start the line holding the offset. */
	String indentAt(int offset) {
		int start = lineStart(offset);
		int end = start;
		while (end < content.length() && (content.charAt(end) == ' ' || content.charAt(end) == '\t')) {
			end++;
		}
		return content.substring(start, Math.min(end, offset));
	}

	/** The end of the last non-blank character before the offset. */
	int endOfLastToken(int offset) {
		int end = offset;
		while (end > 0 && Character.isWhitespace(content.charAt(end - 1))) {
			end--;
		}
		return end;
	}

	/** Removes a node; when it stands alone on its lines, the lines go with it. */
	TextChange removeLines(INode node) {
		return removeLines(node.getOffset(), node.getEndOffset());
	}

	/** Removes the text from start to end; when it stands alone on its lines, the lines go with it. */
	TextChange removeLines(int start, int end) {
		int lineStart = lineStart(start);
		int lineEnd = content.indexOf('\n', end);
		lineEnd = lineEnd < 0 ? content.length() : lineEnd + 1;
		boolean aloneBefore = content.substring(lineStart, start).isBlank();
		boolean aloneAfter = content.substring(end, lineEnd).isBlank();
		if (aloneBefore && aloneAfter) {
			return delete(lineStart, lineEnd);
		}
		if (aloneAfter) {
			return delete(endOfLastToken(start), end);
		}
		int next = end;
		while (next < content.length() && (content.charAt(next) == ' ' || content.charAt(next) == '\t')) {
			next++;
		}
		return delete(start, next);
	}

	/** A declaration at the end of the file, after a blank line. */
	TextChange appendTopLevel(String declaration) {
		int end = endOfLastToken(content.length());
		return new TextChange(uri, end, content.length() - end, newline + newline + declaration + newline);
	}

	/**
	 * Adds a line to an element's body, first or last, giving it a body if it has none. Features
	 * (area, layer) go first, relations last, as the formatter and the built-in model write them.
	 */
	TextChange addFeature(Element element, String line, boolean last) {
		INode node = NodeModelUtils.getNode(element);
		String indent = indentAt(node.getOffset());
		ILeafNode open = Nodes.firstLeaf(node, "{");
		if (open == null) {
			return insert(node.getEndOffset(), " {" + newline + indent + INDENT + line + newline + indent + "}");
		}
		int at = last ? endOfLastToken(Nodes.lastLeaf(node, "}").getOffset()) : open.getEndOffset();
		return insert(at, newline + indent + INDENT + line);
	}
}
