package org.wpo.dsl.ide.fixes;

import java.util.List;

/**
 * The fixes of the problems of one issue code, computed on the model and its text without any editor.
 * {@link WpoFixes} holds one implementation per code; each is created by the language's injector.
 */
interface Fixer {

	/** The code of the problems this fixes (one of {@link org.wpo.dsl.validation.WpoIssueCodes}). */
	String code();

	/**
	 * The fixes of one problem.
	 *
	 * @param text   the file, parsed and linked
	 * @param offset where the problem's range starts
	 * @param length the length of the problem's range
	 * @return the fixes, best first; empty when there is none
	 */
	List<Fix> fixes(FixText text, int offset, int length);
}
