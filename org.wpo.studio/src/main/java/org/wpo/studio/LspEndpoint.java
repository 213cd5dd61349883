package org.wpo.studio;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.wpo.dsl.ide.server.WpoLanguageServerLauncher;

import com.google.inject.Module;

/**
 * One WebSocket connection to the language server of {@code wpo lsp}: its own server (its own
 * injector from the shared module), fed one JSON-RPC message per text frame. The server runs on its
 * own thread until the client sends {@code exit} or the connection closes. Public only because Jetty
 * calls its listener methods reflectively.
 */
public final class LspEndpoint implements Session.Listener.AutoDemanding {

	private final WpoLanguageServerLauncher launcher;

	private final FramedStreams.Input input = new FramedStreams.Input();

	private volatile Session session;

	LspEndpoint(Module serverModule) {
		this.launcher = new WpoLanguageServerLauncher(serverModule);
	}

	@Override
	public void onWebSocketOpen(Session opened) {
		session = opened;
		FramedStreams.Output output = new FramedStreams.Output(this::send);
		Thread thread = new Thread(() -> {
			try {
				launcher.serve(input, output);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} finally {
				Session current = session;
				if (current != null && current.isOpen()) {
					current.close();
				}
			}
		}, "wpo-studio-lsp");
		thread.setDaemon(true);
		thread.start();
	}

	private void send(String message) {
		Session current = session;
		if (current != null && current.isOpen()) {
			synchronized (this) {
				current.sendText(message, Callback.NOOP);
			}
		}
	}

	@Override
	public void onWebSocketText(String message) {
		input.offer(message);
	}

	@Override
	public void onWebSocketClose(int statusCode, String reason, Callback callback) {
		input.end();
		callback.succeed();
	}

	@Override
	public void onWebSocketError(Throwable cause) {
		input.end();
	}
}
