package org.wpo.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;

/**
 * Accepts up to 1000 proposals instead of Xtext's 100, so that every name of the built-in model and
 * of the workspace can be proposed before anything is typed (several hundred).
 */
public class WpoProposalAcceptor extends IdeContentProposalAcceptor {

	/** The most proposals one completion request returns. */
	public static final int LIMIT = 1000;

	@Override
	public boolean canAcceptMoreProposals() {
		super.canAcceptMoreProposals();
		return entries.size() < LIMIT;
	}

	@Override
	public boolean didAcceptAllProposals() {
		return entries.size() < LIMIT;
	}
}
