package org.wpo.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.UnknownFeature;

/**
 * A word where a relation kind or a feature belongs ({@code depends-on MS-SMB2}): the parser keeps it
 * as an {@link UnknownFeature}, so that the rest of the block still reads, and this reports it once,
 * listing the words that fit there and naming the closest.
 */
public class UnknownWordValidator extends ComposedValidator {

	@Check
	public void checkUnknownWord(UnknownFeature unknown) {
		String word = unknown.getWord();
		if (word == null) {
			return;
		}
		boolean inExtend = unknown.eContainer() instanceof Extension;
		String closest = FeatureWords.closest(word, inExtend);
		String features = String.join(", ", inExtend ? FeatureWords.EXTEND_FEATURES : FeatureWords.ELEMENT_FEATURES);
		String where = inExtend ? "an extend block" : "an element";
		error("Unknown word '" + word + "'" + (closest == null ? "" : ": did you mean '" + closest + "'?")
				+ " In " + where + ", a relation starts with its kind (" + String.join(", ", FeatureWords.relationKinds())
				+ ") and a feature with its keyword (" + features + ").", unknown, WPO.getUnknownFeature_Word(),
				WpoIssueCodes.UNKNOWN_WORD, closest == null ? new String[] { word } : new String[] { word, closest });
	}
}
