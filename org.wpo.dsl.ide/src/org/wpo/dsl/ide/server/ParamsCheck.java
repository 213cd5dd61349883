package org.wpo.dsl.ide.server;

import java.lang.reflect.Type;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.validation.ReflectiveMessageValidator;

/**
 * Whether the params of a request or notification keep LSP4J's {@code @NonNull} contract of its
 * method's parameter type, which Xtext's services rely on: without this a hover without a position
 * failed with a NullPointerException, answered as an internal error with a stack trace. Xtext's own
 * launchers check the same with LSP4J's validator (validateMessages); here only the client's params
 * are checked, and missing params count as an empty object.
 */
final class ParamsCheck extends ReflectiveMessageValidator {

	private final MessageJsonHandler json;

	ParamsCheck(MessageJsonHandler json) {
		this.json = json;
	}

	/** What is wrong with the params, or null if nothing. */
	String problem(String method, Object params) {
		Object checked = params;
		if (checked == null) {
			JsonRpcMethod rpcMethod = json.getJsonRpcMethod(method);
			Type[] types = rpcMethod == null ? new Type[0] : rpcMethod.getParameterTypes();
			if (types.length == 0) {
				return null;
			}
			try {
				checked = json.getGson().fromJson("{}", types[0]);
			} catch (RuntimeException e) {
				return "params are missing";
			}
		}
		List<MessageIssue> issues = validate(checked);
		if (issues.isEmpty()) {
			return null;
		}
		return (params == null ? "params are missing: " : "")
				+ issues.stream().map(MessageIssue::getText).sorted().collect(Collectors.joining("; "));
	}
}
