package org.wpo.dsl.ide.server;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * LSP4J's launcher of a language server, reading the client's messages with {@link JsonRpcReader}
 * instead of LSP4J's reader, so that malformed messages are answered and the connection survives
 * them. The reader answers on the same message stream as the server (one writer, so that answers
 * never interleave with other messages).
 */
final class WpoLauncherBuilder extends Launcher.Builder<LanguageClient> {

	private MessageJsonHandler json;

	private RemoteEndpoint endpoint;

	private MessageConsumer toClient;

	@Override
	protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
		json = jsonHandler;
		toClient = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
		endpoint = exceptionHandler == null ? new RemoteEndpoint(toClient, ServiceEndpoints.toEndpoint(localServices))
				: new RemoteEndpoint(toClient, ServiceEndpoints.toEndpoint(localServices), exceptionHandler);
		jsonHandler.setMethodProvider(endpoint);
		endpoint.setJsonHandler(jsonHandler);
		return endpoint;
	}

	@Override
	protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer lsp4jReader,
			MessageConsumer messageConsumer, LanguageClient remoteProxy) {
		return new ConcurrentMessageProcessor(new JsonRpcReader(input, json, endpoint, toClient), messageConsumer);
	}
}
