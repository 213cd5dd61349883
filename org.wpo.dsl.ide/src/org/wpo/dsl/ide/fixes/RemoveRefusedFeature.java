package org.wpo.dsl.ide.fixes;

import java.util.List;

import org.wpo.dsl.validation.WpoIssueCodes;

/**
 * {@code wpo.extend-refused-feature}: remove the status, layer, area or description an extend block
 * cannot set (the problem's range is the feature, keyword and value).
 */
class RemoveRefusedFeature implements Fixer {

	@Override
	public String code() {
		return WpoIssueCodes.EXTEND_REFUSED_FEATURE;
	}

	@Override
	public List<Fix> fixes(FixText text, int offset, int length) {
		if (length <= 0 || offset + length > text.content.length()) {
			return List.of();
		}
		String feature = text.content.substring(offset, offset + length);
		return List.of(new Fix("Remove '" + feature + "' from the extend block",
				List.of(text.removeLines(offset, offset + length))));
	}
}
