package org.wpo.dsl.ide.rename;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.xtext.ide.refactoring.RefactoringIssueAcceptor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.wpo.dsl.ide.server.LibraryElements;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;

/**
 * Xtext's rename (the declaration and every reference in every file of the workspace), except for
 * declarations of the built-in model, whose files are not the user's to change.
 */
public class WpoRenameService extends RenameService2 {

	/** Refuses at once, with a message the client shows, to rename a name of the built-in model. */
	@Override
	public WorkspaceEdit rename(Options options) {
		String uri = options.getRenameParams().getTextDocument().getUri();
		String refusal = options.getLanguageServerAccess().doSyncRead(uri, context -> {
			if (!(context.getResource() instanceof XtextResource resource)) {
				return null;
			}
			EObject element = getElementAtOffset(resource, context.getDocument(), options.getRenameParams().getPosition());
			return LibraryElements.isBuiltIn(element) ? refusal(element) : null;
		});
		if (refusal != null) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, refusal, null));
		}
		return super.rename(options);
	}

	private static String refusal(EObject element) {
		return "'" + WpoQualifiedNameProvider.simpleName(element)
				+ "' belongs to the built-in model mswpo, which cannot be changed.";
	}

	@Override
	protected void applyModifications(EObject element, WorkspaceEdit workspaceEdit,
			ServerRefactoringIssueAcceptor issueAcceptor, Options options, ILanguageServerAccess.Context context) {
		if (LibraryElements.isBuiltIn(element)) {
			issueAcceptor.add(RefactoringIssueAcceptor.Severity.FATAL, refusal(element));
			return;
		}
		super.applyModifications(element, workspaceEdit, issueAcceptor, options, context);
	}

	@Override
	protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> doPrepareRename(Resource resource,
			Document document, PrepareRenameParams params, CancelIndicator cancelIndicator) {
		Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> result = super.doPrepareRename(resource,
				document, params, cancelIndicator);
		if (result != null && resource instanceof XtextResource xtext) {
			int offset = document.getOffSet(params.getPosition());
			EObject element = getElementWithIdentifierAt(xtext, offset);
			if (element == null) {
				element = getElementWithIdentifierAt(xtext, offset - 1);
			}
			if (LibraryElements.isBuiltIn(element)) {
				return null;
			}
		}
		return result;
	}
}
