package org.wpo.studio;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.wpo.dsl.ide.server.WpoServerModule;
import org.wpo.dsl.workspace.InputProblemException;

import com.google.inject.Module;

/**
 * {@code wpo studio}: a Jetty server on 127.0.0.1 only, serving the page, {@code /config}, the
 * language server on {@code /lsp} and the studio's messages on {@code /studio}, all behind
 * {@link AccessGuard} (token, Host and Origin). Stopping it waits for an edit being written.
 */
public final class StudioServer implements AutoCloseable {

	/** Text frames up to this size: a whole model file in one {@code didOpen} or {@code saveFile}. */
	private static final long MAX_MESSAGE = 64L * 1024 * 1024;

	private final Server server;

	private final Studio studio;

	private final ModelWatcher watcher;

	private final String token;

	private final int port;

	private StudioServer(Server server, Studio studio, ModelWatcher watcher, String token, int port) {
		this.server = server;
		this.studio = studio;
		this.watcher = watcher;
		this.token = token;
		this.port = port;
	}

	/**
	 * Loads the model and starts serving.
	 *
	 * @param paths     the model's files and folders (each must exist)
	 * @param port      the port, 0 for any free one
	 * @param lspModule the language server's module, normally {@link WpoServerModule#create()}
	 * @param version   the tool's version, for the page
	 * @throws InputProblemException when the model cannot be read
	 * @throws IOException           when the port cannot be bound
	 */
	public static StudioServer start(List<Path> paths, int port, Module lspModule, String version)
			throws IOException, InputProblemException {
		ModelFolders folders = new ModelFolders(paths);
		Studio studio = new Studio(folders);
		String token = AccessGuard.newToken();
		QueuedThreadPool threads = new QueuedThreadPool(32, 2, 60_000);
		threads.setName("wpo-studio-http");
		threads.setDaemon(true);
		Server server = new Server(threads);
		ServerConnector connector = new ServerConnector(server, 1, 1);
		connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
		connector.setPort(port);
		server.addConnector(connector);
		WebAssets assets = new WebAssets(token, () -> studio.config(version));
		WebSocketUpgradeHandler sockets = WebSocketUpgradeHandler.from(server, container -> {
			container.setMaxTextMessageSize(MAX_MESSAGE);
			container.setIdleTimeout(Duration.ofDays(1));
			container.addMapping("/lsp", (request, response, callback) -> new LspEndpoint(lspModule));
			container.addMapping("/studio", (request, response, callback) -> new StudioEndpoint(studio));
		});
		sockets.setHandler(assets);
		AccessGuard guard = new AccessGuard(token, sockets);
		server.setHandler(guard);
		server.setStopAtShutdown(false);
		try {
			server.start();
		} catch (IOException e) {
			studio.close();
			throw e;
		} catch (Exception e) {
			studio.close();
			throw new IOException(e.getMessage(), e);
		}
		int bound = connector.getLocalPort();
		guard.setPort(bound);
		ModelWatcher watcher = new ModelWatcher(studio);
		return new StudioServer(server, studio, watcher, token, bound);
	}

	public int port() {
		return port;
	}

	public String token() {
		return token;
	}

	/** The address to open: {@code http://127.0.0.1:PORT/?token=T}. */
	public String address() {
		return "http://127.0.0.1:" + port + "/?token=" + token;
	}

	/** Blocks until the server stops. */
	public void join() throws InterruptedException {
		server.join();
	}

	/** Stops serving, after the edit being written (if any) is done. */
	@Override
	public void close() {
		try {
			watcher.close();
		} catch (IOException e) {
			// Closing a watch service does not fail in practice; nothing to undo.
		}
		studio.close();
		try {
			server.stop();
		} catch (Exception e) {
			// Stopping is best effort: the process ends anyway.
		}
	}
}
