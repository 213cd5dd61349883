package org.wpo.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/** Offers the {@link WpoFixes} of each diagnostic the client sends as quick-fix code actions. */
public class WpoCodeActionService implements ICodeActionService2 {

	@Inject
	private WpoFixes fixes;

	@Inject
	private UriExtensions uriExtensions;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<String> only = options.getCodeActionParams().getContext().getOnly();
		if (only != null && !only.isEmpty() && only.stream().noneMatch(k -> k.equals(CodeActionKind.QuickFix)
				|| CodeActionKind.QuickFix.startsWith(k + "."))) {
			return List.of();
		}
		return options.getLanguageServerAccess().doSyncRead(options.getURI(), context -> {
			List<Either<Command, CodeAction>> actions = new ArrayList<>();
			for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
				String code = diagnostic.getCode() == null || !diagnostic.getCode().isLeft() ? null
						: diagnostic.getCode().getLeft();
				if (code == null || !WpoFixes.CODES.contains(code)
						|| !(context.getResource() instanceof XtextResource resource)) {
					continue;
				}
				Document document = context.getDocument();
				int start = document.getOffSet(diagnostic.getRange().getStart());
				int end = document.getOffSet(diagnostic.getRange().getEnd());
				for (Fix fix : fixes.fixes(resource, code, start, end - start)) {
					actions.add(Either.forRight(toCodeAction(fix, diagnostic, context)));
				}
			}
			return actions;
		});
	}

	private CodeAction toCodeAction(Fix fix, Diagnostic diagnostic, ILanguageServerAccess.Context context) {
		Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
		Map<URI, Document> documents = new LinkedHashMap<>();
		for (TextChange change : fix.changes()) {
			Document document = documents.computeIfAbsent(change.uri(), uri -> document(uri, context));
			Range range = new Range(document.getPosition(change.offset()),
					document.getPosition(change.offset() + change.length()));
			changes.computeIfAbsent(uriExtensions.toUriString(change.uri()), uri -> new ArrayList<>())
					.add(new TextEdit(range, change.text()));
		}
		CodeAction action = new CodeAction(fix.label());
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		action.setEdit(new WorkspaceEdit(changes));
		return action;
	}

	/** The open document for the fixed file; the loaded text for other files a fix changes. */
	private static Document document(URI uri, ILanguageServerAccess.Context context) {
		if (uri.equals(context.getResource().getURI())) {
			return context.getDocument();
		}
		Resource resource = context.getResource().getResourceSet().getResource(uri, false);
		String text = resource instanceof XtextResource xtext && xtext.getParseResult() != null
				? xtext.getParseResult().getRootNode().getText()
				: "";
		return new Document(1, text);
	}
}
