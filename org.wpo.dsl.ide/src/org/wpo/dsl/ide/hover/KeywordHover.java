package org.wpo.dsl.ide.hover;

import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.wpo.dsl.model.KeywordTexts;
import org.wpo.dsl.model.RelationKinds;
import org.wpo.dsl.wpo.RelationKind;

/**
 * The hover of a keyword that has a meaning to explain ({@link KeywordTexts}): a relation kind
 * (meaning and direction) or via, only, source, new, after.
 *
 * @param offset   where the keyword starts
 * @param length   its length
 * @param markdown what the hover shows
 */
record KeywordHover(int offset, int length, String markdown) {

	/** The hover of the keyword at the offset, or null when there is none there. */
	static KeywordHover at(XtextResource resource, int offset) {
		if (resource == null || resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || leaf.isHidden()) {
			return null;
		}
		String keyword = leaf.getGrammarElement() instanceof Keyword k ? k.getValue()
				: leaf.getGrammarElement() instanceof EnumLiteralDeclaration literal ? literal.getLiteral().getValue()
				: null;
		String text = keyword == null ? null : KeywordTexts.of(keyword);
		if (text == null || !keyword.equals(leaf.getText())) {
			return null;
		}
		return new KeywordHover(leaf.getOffset(), leaf.getLength(), markdown(keyword, text));
	}

	private static String markdown(String keyword, String text) {
		RelationKind kind = RelationKind.get(keyword);
		if (kind != null) {
			RelationKinds.Description description = RelationKinds.of(kind);
			return "**" + keyword + "** (relation kind): " + description.meaning() + ".\n\nDirection: "
					+ description.direction() + ".";
		}
		return "**" + keyword + "**: " + text.substring(keyword.length() + 2) + ".";
	}
}
