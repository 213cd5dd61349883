package org.wpo.dsl.formatting2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.Keyword;
import org.wpo.dsl.services.WpoGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * How the formatter lays out each keyword of the grammar, named through the grammar access (so the
 * {@code layer} that starts a feature line in an element's body is told apart from the
 * {@code layer} that starts a layer declaration). Every keyword of a parser rule has an entry;
 * {@code FormatterTest} fails for a keyword of the grammar without one. Keywords of datatype rules
 * ({@code ::} in a qualified name, {@code .} in a section number) are inside one token, and those of
 * enumerations (kinds, statuses, relation kinds) are values: neither is laid out on its own.
 */
@Singleton
public class WpoKeywordLayout {

	/** The whitespace a keyword takes. */
	public enum Spacing {
		/** One space before (unless it is the first token of its object, placed by its container). */
		ONE_SPACE,
		/** No space before: the comma of a list. */
		NO_SPACE_BEFORE,
		/** Starts a line: a feature in a block. */
		LINE_BEFORE,
		/** Opens a block: one space before, a line after, the inside indented. */
		OPEN_BLOCK,
		/** Closes a block, on a line of its own. */
		CLOSE_BLOCK
	}

	private final Map<Keyword, Spacing> spacings = new LinkedHashMap<>();

	@Inject
	public WpoKeywordLayout(WpoGrammarAccess ga) {
		put(Spacing.ONE_SPACE, ga.getModelAccess().getModelKeyword_1_0(), ga.getImportAccess().getImportKeyword_0(),
				ga.getAreaAccess().getAreaKeyword_0(), ga.getSpecificationAccess().getNewNewKeyword_0_0(),
				ga.getTechnologyAccess().getNewNewKeyword_0_0(), ga.getTechnologyAccess().getTechnologyKeyword_1(),
				ga.getApplicabilityAccess().getAppliesKeyword_0(), ga.getConditionAccess().getOnlyKeyword_0(),
				ga.getProductRangeAccess().getInKeyword_0_0(), ga.getProductRangeAccess().getFromKeyword_1_0(),
				ga.getProductRangeAccess().getToKeyword_1_2_0(), ga.getProductRangeAccess().getToKeyword_2_0(),
				ga.getRelationAccess().getViaKeyword_3_0(), ga.getRelationAccess().getSectionKeyword_5_0(),
				ga.getRelationAccess().getSourceKeyword_6_0(), ga.getRelationAccess().getSectionKeyword_6_2_0(),
				ga.getRelationAccess().getNoteKeyword_7_0(), ga.getUnknownFeatureAccess().getViaKeyword_3_0(),
				ga.getUnknownFeatureAccess().getSectionKeyword_5_0(), ga.getUnknownFeatureAccess().getSourceKeyword_6_0(),
				ga.getUnknownFeatureAccess().getSectionKeyword_6_2_0(), ga.getUnknownFeatureAccess().getNoteKeyword_7_0(),
				ga.getExtensionAccess().getExtendKeyword_0(),
				ga.getLayerSetAccess().getLayersKeyword_0(), ga.getLayerAccess().getLayerKeyword_0(),
				ga.getProductSetAccess().getProductsKeyword_0(), ga.getProductSetAccess().getAfterKeyword_1_0(),
				ga.getProductAccess().getProductKeyword_0());
		put(Spacing.NO_SPACE_BEFORE, ga.getElementFeaturesAccess().getCommaKeyword_5_2_0(),
				ga.getElementFeaturesAccess().getCommaKeyword_6_2_0(), ga.getElementFeaturesAccess().getCommaKeyword_7_2_0(),
				ga.getUnknownFeatureAccess().getCommaKeyword_2_0(), ga.getUnknownFeatureAccess().getCommaKeyword_3_2_0(), ga.getProductRangeAccess().getCommaKeyword_0_2_0(),
				ga.getRelationAccess().getCommaKeyword_2_0(), ga.getRelationAccess().getCommaKeyword_3_2_0(),
				ga.getExtensionAccess().getCommaKeyword_3_0_2_0(), ga.getExtensionAccess().getCommaKeyword_3_2_2_0(),
				ga.getExtensionAccess().getCommaKeyword_3_3_2_0());
		put(Spacing.LINE_BEFORE, ga.getAreaAccess().getDescriptionKeyword_3_1_0(),
				ga.getElementFeaturesAccess().getStatusKeyword_0_0(), ga.getElementFeaturesAccess().getLayerKeyword_1_0(),
				ga.getElementFeaturesAccess().getAreaKeyword_2_0(), ga.getElementFeaturesAccess().getDescriptionKeyword_3_0(),
				ga.getElementFeaturesAccess().getRemarkKeyword_4_0(), ga.getElementFeaturesAccess().getAkaKeyword_5_0(),
				ga.getElementFeaturesAccess().getSectionsKeyword_6_0(), ga.getElementFeaturesAccess().getCoversKeyword_7_0(),
				ga.getExtensionAccess().getAkaKeyword_3_0_0(), ga.getExtensionAccess().getRemarkKeyword_3_1_0(),
				ga.getExtensionAccess().getSectionsKeyword_3_2_0(), ga.getExtensionAccess().getCoversKeyword_3_3_0(),
				ga.getExtensionAccess().getStatusKeyword_3_6_0(), ga.getExtensionAccess().getLayerKeyword_3_7_0(),
				ga.getExtensionAccess().getAreaKeyword_3_8_0(), ga.getExtensionAccess().getDescriptionKeyword_3_9_0());
		put(Spacing.OPEN_BLOCK, ga.getAreaAccess().getLeftCurlyBracketKeyword_3_0(),
				ga.getSpecificationAccess().getLeftCurlyBracketKeyword_4_0(),
				ga.getTechnologyAccess().getLeftCurlyBracketKeyword_4_0(),
				ga.getExtensionAccess().getLeftCurlyBracketKeyword_2(), ga.getLayerSetAccess().getLeftCurlyBracketKeyword_1(),
				ga.getProductSetAccess().getLeftCurlyBracketKeyword_2());
		put(Spacing.CLOSE_BLOCK, ga.getAreaAccess().getRightCurlyBracketKeyword_3_3(),
				ga.getSpecificationAccess().getRightCurlyBracketKeyword_4_2(),
				ga.getTechnologyAccess().getRightCurlyBracketKeyword_4_2(),
				ga.getExtensionAccess().getRightCurlyBracketKeyword_4(), ga.getLayerSetAccess().getRightCurlyBracketKeyword_3(),
				ga.getProductSetAccess().getRightCurlyBracketKeyword_4());
	}

	private void put(Spacing spacing, Keyword... keywords) {
		for (Keyword keyword : keywords) {
			if (spacings.put(keyword, spacing) != null) {
				throw new IllegalStateException("two layouts for the keyword '" + keyword.getValue() + "'");
			}
		}
	}

	/** The layout of a keyword; null for one this table does not know (not a keyword of a parser rule). */
	public Spacing spacing(Keyword keyword) {
		return spacings.get(keyword);
	}

	/** Every keyword with its layout. */
	public Map<Keyword, Spacing> all() {
		return Collections.unmodifiableMap(spacings);
	}
}
