package org.wpo.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;
import org.wpo.dsl.workspace.IssueConverter;

/**
 * Xtext's language server with the diagnostics of {@code wpo check}: the same codes (syntax errors
 * as {@code wpo.syntax-error}, ...) and messages, with {@code wpo} as their source. A client that
 * names no folder at all (an editor opened on a single file) gets a workspace of no folders, where
 * each opened file is checked on its own with the built-in model. A request for a method the server
 * does not have is answered with MethodNotFound (-32601), as JSON-RPC asks.
 */
public class WpoLanguageServer extends LanguageServerImpl {

	/** The source named in every diagnostic. */
	public static final String SOURCE = "wpo";

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		ClientCapabilities capabilities = params.getCapabilities() == null ? new ClientCapabilities()
				: params.getCapabilities();
		WorkspaceClientCapabilities workspace = capabilities.getWorkspace() == null ? new WorkspaceClientCapabilities()
				: capabilities.getWorkspace();
		boolean folders = Boolean.TRUE.equals(workspace.getWorkspaceFolders());
		@SuppressWarnings("deprecation")
		boolean root = params.getRootUri() != null || params.getRootPath() != null;
		if (!folders && !root) {
			workspace.setWorkspaceFolders(true);
			capabilities.setWorkspace(workspace);
			params.setCapabilities(capabilities);
			if (params.getWorkspaceFolders() == null) {
				params.setWorkspaceFolders(List.of());
			}
		}
		return super.initialize(params);
	}

	/**
	 * LSP4J passes requests it does not know to the server, where Xtext looks for a language extension
	 * and throws UnsupportedOperationException when there is none, which the client got as an internal
	 * error with a stack trace. Unknown methods (also those starting with {@code $/}, as the protocol
	 * says) are answered with MethodNotFound instead.
	 */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!supportedMethods().containsKey(method)) {
			return CompletableFuture.failedFuture(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unsupported request method: " + method, null)));
		}
		return super.request(method, parameter);
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setCode(IssueConverter.code(issue));
		diagnostic.setSource(SOURCE);
		return diagnostic;
	}
}
