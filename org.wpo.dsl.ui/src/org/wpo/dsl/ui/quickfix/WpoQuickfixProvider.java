package org.wpo.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.ui.editor.model.IXtextDocument;
import org.eclipse.xtext.ui.editor.model.edit.IModificationContext;
import org.eclipse.xtext.ui.editor.model.edit.IssueModificationContext;
import org.eclipse.xtext.ui.editor.quickfix.DefaultQuickfixProvider;
import org.eclipse.xtext.ui.editor.quickfix.Fix;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolutionAcceptor;
import org.eclipse.xtext.validation.Issue;
import org.wpo.dsl.ide.fixes.TextChange;
import org.wpo.dsl.ide.fixes.WpoFixes;
import org.wpo.dsl.validation.WpoIssueCodes;

import com.google.inject.Inject;

/**
 * Quick fixes of the Eclipse editor: the same fixes as the language server's code actions, computed
 * by {@link WpoFixes} (org.wpo.dsl.ide); this class only turns them into Eclipse resolutions.
 */
public class WpoQuickfixProvider extends DefaultQuickfixProvider {

	@Inject
	private WpoFixes fixes;

	@Inject
	private IssueModificationContext.Factory modificationContexts;

	@Fix(WpoIssueCodes.UNRESOLVED_REFERENCE)
	public void createMissing(Issue issue, IssueResolutionAcceptor acceptor) {
		offer(issue, acceptor);
	}

	@Fix(WpoIssueCodes.SELF_RELATION)
	public void removeSelfRelation(Issue issue, IssueResolutionAcceptor acceptor) {
		offer(issue, acceptor);
	}

	@Fix(WpoIssueCodes.UNPLACED_SPECIFICATION)
	public void placeInArea(Issue issue, IssueResolutionAcceptor acceptor) {
		offer(issue, acceptor);
	}

	@Fix(WpoIssueCodes.SHORT_NAME_KIND)
	public void fitNameAndKind(Issue issue, IssueResolutionAcceptor acceptor) {
		offer(issue, acceptor);
	}

	@Fix(WpoIssueCodes.LAYER_INVERSION)
	public void swapRunsOver(Issue issue, IssueResolutionAcceptor acceptor) {
		offer(issue, acceptor);
	}

	@Fix(WpoIssueCodes.REDECLARED_NAME)
	public void redeclaredToExtend(Issue issue, IssueResolutionAcceptor acceptor) {
		offer(issue, acceptor);
	}

	@Fix(WpoIssueCodes.DUPLICATE_RELATION)
	public void removeDuplicateRelation(Issue issue, IssueResolutionAcceptor acceptor) {
		offer(issue, acceptor);
	}

	@Fix(WpoIssueCodes.UNKNOWN_WORD)
	public void replaceUnknownWord(Issue issue, IssueResolutionAcceptor acceptor) {
		offer(issue, acceptor);
	}

	@Fix(WpoIssueCodes.EXTEND_REFUSED_FEATURE)
	public void removeRefusedFeature(Issue issue, IssueResolutionAcceptor acceptor) {
		offer(issue, acceptor);
	}

	/** One resolution per fix; each is computed again when applied, on the text as it is then. */
	private void offer(Issue issue, IssueResolutionAcceptor acceptor) {
		IXtextDocument document = modificationContexts.createModificationContext(issue).getXtextDocument();
		if (document == null) {
			return;
		}
		for (org.wpo.dsl.ide.fixes.Fix fix : compute(document, issue)) {
			String label = fix.label();
			acceptor.accept(issue, label, label + ".", null, context -> apply(context, issue, label));
		}
	}

	private List<org.wpo.dsl.ide.fixes.Fix> compute(IXtextDocument document, Issue issue) {
		return document.readOnly((XtextResource resource) -> fixes.fixes(resource, issue.getCode(), issue.getOffset(),
				issue.getLength()));
	}

	private void apply(IModificationContext context, Issue issue, String label) throws Exception {
		IXtextDocument document = context.getXtextDocument();
		for (org.wpo.dsl.ide.fixes.Fix fix : compute(document, issue)) {
			if (!fix.label().equals(label)) {
				continue;
			}
			List<TextChange> changes = new ArrayList<>(fix.changes());
			// From the last offset to the first, so that earlier offsets stay valid.
			changes.sort(Comparator.comparingInt(TextChange::offset).reversed());
			URI own = issue.getUriToProblem() == null ? null : issue.getUriToProblem().trimFragment();
			for (TextChange change : changes) {
				IXtextDocument target = own == null || own.equals(change.uri()) ? document
						: context.getXtextDocument(change.uri());
				target.replace(change.offset(), change.length(), change.text());
			}
			return;
		}
	}
}
