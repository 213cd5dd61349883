package org.wpo.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.FQNPrefixMatcher;

/**
 * Matches names written as strings by their text: typing {@code Win} proposes
 * {@code "Windows 2000"} as well as typing {@code "Win} does.
 */
public class WpoPrefixMatcher extends FQNPrefixMatcher {

	@Override
	public boolean isCandidateMatchingPrefix(String name, String prefix) {
		return super.isCandidateMatchingPrefix(name, prefix)
				|| super.isCandidateMatchingPrefix(name.replace("\"", ""), prefix.replace("\"", ""));
	}
}
