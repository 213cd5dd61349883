package org.wpo.dsl.formatting2;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.wpo.dsl.parser.NestingGuardedParser;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Model;

/**
 * Lays a WPO file out the same way whatever it looked like: one declaration or feature per line,
 * blocks indented by a tab, a blank line between top-level declarations, single spaces elsewhere.
 *
 * Each object formats the whitespace before each of its own tokens but the first, and the
 * whitespace before each object it contains; so no whitespace is formatted twice.
 */
public class WpoFormatter extends AbstractJavaFormatter {

	/** Keywords that start a feature inside a block and so start a line. */
	private static final Set<String> LINE_STARTS = Set.of("status", "layer", "area", "description", "remark", "aka",
			"sections", "covers");

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
		for (int i = 1; i < own.size(); i++) {
			ISemanticRegion token = own.get(i);
			document.set(token.getPreviousHiddenRegion(), spacingBefore(token, object));
		}
		ISemanticRegion open = regionFor(object).keyword("{");
		ISemanticRegion close = regionFor(object).keyword("}");
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

	private org.eclipse.xtext.xbase.lib.Procedures.Procedure1<IHiddenRegionFormatter> spacingBefore(
			ISemanticRegion token, EObject owner) {
		String text = token.getText();
		boolean keyword = token.getGrammarElement() instanceof Keyword;
		if (keyword && (",".equals(text) || "::".equals(text) || ".".equals(text))) {
			return IHiddenRegionFormatter::noSpace;
		}
		ISemanticRegion previous = token.getPreviousSemanticRegion();
		if (previous != null && ("::".equals(previous.getText()) || ".".equals(previous.getText()))
				&& previous.getGrammarElement() instanceof Keyword) {
			return IHiddenRegionFormatter::noSpace;
		}
		if (keyword && "}".equals(text)) {
			return IHiddenRegionFormatter::newLine;
		}
		if (keyword && LINE_STARTS.contains(text) && (owner instanceof Element || owner instanceof Area)) {
			return IHiddenRegionFormatter::newLine;
		}
		if (previous != null && "{".equals(previous.getText()) && previous.getGrammarElement() instanceof Keyword) {
			return IHiddenRegionFormatter::newLine;
		}
		return IHiddenRegionFormatter::oneSpace;
	}

	private org.eclipse.xtext.xbase.lib.Procedures.Procedure1<IHiddenRegionFormatter> spacingBeforeChild(
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
		return IHiddenRegionFormatter::newLine;
	}
}
