package org.wpo.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;
import org.wpo.dsl.formatting2.WpoKeywordLayout.Spacing;
import org.wpo.dsl.parser.NestingGuardedParser;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.UnknownFeature;

import com.google.inject.Inject;

/**
 * Lays a WPO file out the same way whatever it looked like: one declaration or feature per line,
 * blocks indented by a tab, a blank line between top-level declarations, single spaces elsewhere.
 *
 * Each object formats the whitespace before each of its own tokens but the first, by the layout
 * {@link WpoKeywordLayout} gives each keyword of the grammar, and the whitespace before each object
 * it contains; so no whitespace is formatted twice.
 */
public class WpoFormatter extends AbstractJavaFormatter {

	@Inject
	private WpoKeywordLayout layout;

	@Override
	protected void _format(EObject object, IFormattableDocument document) {
		IEObjectRegion region = regionForEObject(object);
		if (region == null) {
			return;
		}
		if (object instanceof Model && readOnlyInPart(object)) {
			// Its text after the brace beyond the nesting limit was not read: formatting would lose it.
			return;
		}
		if (object instanceof Model) {
			formatDocumentEnds(region, document);
		}
		List<ISemanticRegion> own = ownRegions(region);
		ISemanticRegion open = null;
		ISemanticRegion close = null;
		for (int i = 0; i < own.size(); i++) {
			ISemanticRegion token = own.get(i);
			if (i > 0) {
				document.set(token.getPreviousHiddenRegion(), spacingBefore(token));
			}
			Spacing spacing = spacing(token);
			if (spacing == Spacing.OPEN_BLOCK && open == null) {
				open = token;
			} else if (spacing == Spacing.CLOSE_BLOCK) {
				close = token;
			}
		}
		if (open != null && close != null) {
			document.interior(open, close, this::indent);
		}
		for (EObject child : object.eContents()) {
			IEObjectRegion childRegion = regionForEObject(child);
			if (childRegion == null) {
				continue;
			}
			IHiddenRegion before = childRegion.getPreviousHiddenRegion();
			if (before != null && before.getPreviousSemanticRegion() != null) {
				document.set(before, spacingBeforeChild(object, child));
			}
			document.format(child);
		}
	}

	private static boolean readOnlyInPart(EObject model) {
		return model.eResource() instanceof XtextResource resource
				&& resource.getParseResult() instanceof NestingGuardedParser.Stopped;
	}

	private static List<ISemanticRegion> ownRegions(IEObjectRegion region) {
		return com.google.common.collect.Lists.newArrayList(region.getSemanticRegions());
	}

	/**
	 * No space before the first token and one line break after the last. Where comments stand before
	 * the first token or after the last, that text is left as it is: Xtext's spacing around comments
	 * at the ends of a document is not stable (a space before five line comments at the top became a
	 * line break, removed by the next pass; a block comment on its own line before the first token was
	 * joined to it on the second pass).
	 */
	private void formatDocumentEnds(IEObjectRegion region, IFormattableDocument document) {
		IHiddenRegion leading = region.getPreviousHiddenRegion();
		if (leading != null && leading.getNextSemanticRegion() != null && !leading.containsComment()) {
			document.set(leading, IHiddenRegionFormatter::noSpace);
		}
		IHiddenRegion trailing = region.getNextHiddenRegion();
		if (trailing != null && trailing.getPreviousSemanticRegion() != null && !trailing.containsComment()) {
			document.set(trailing, f -> f.setNewLines(1));
		}
	}

	/** The layout of a token that is a keyword of a parser rule; null for any other token. */
	private Spacing spacing(ISemanticRegion token) {
		return token != null && token.getGrammarElement() instanceof Keyword keyword ? layout.spacing(keyword) : null;
	}

	/** The whitespace before a token of an object but its first, by the layout of its keywords. */
	private Procedure1<IHiddenRegionFormatter> spacingBefore(ISemanticRegion token) {
		Spacing spacing = spacing(token);
		if (spacing == Spacing.NO_SPACE_BEFORE) {
			return IHiddenRegionFormatter::noSpace;
		}
		if (spacing == Spacing.CLOSE_BLOCK || spacing == Spacing.LINE_BEFORE
				|| spacing(token.getPreviousSemanticRegion()) == Spacing.OPEN_BLOCK) {
			return IHiddenRegionFormatter::newLine;
		}
		return IHiddenRegionFormatter::oneSpace;
	}

	private Procedure1<IHiddenRegionFormatter> spacingBeforeChild(
			EObject parent, EObject child) {
		if (parent instanceof Model model) {
			boolean firstImport = child instanceof Import && model.getImports().indexOf(child) == 0;
			if (child instanceof Import && !firstImport) {
				return IHiddenRegionFormatter::newLine;
			}
			// A blank line after the model line and between top-level declarations.
			return f -> f.setNewLines(2);
		}
		if (parent instanceof Area) {
			return f -> f.setNewLines(1, 1, 2);
		}
		if (parent instanceof Relation || parent instanceof UnknownFeature) {
			// The "only" condition of a relation stays on the relation's line.
			return IHiddenRegionFormatter::oneSpace;
		}
		return IHiddenRegionFormatter::newLine;
	}
}
