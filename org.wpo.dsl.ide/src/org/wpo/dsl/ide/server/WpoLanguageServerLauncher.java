package org.wpo.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * Runs the WPO language server over a pair of streams (stdio) or a socket bound to the loopback
 * address only. Each connection gets its own server and workspace. The methods return the exit
 * status the protocol asks for: 0 when the client sent {@code shutdown} before {@code exit} (or before
 * closing the connection), 1 otherwise. Nothing but JSON-RPC is written to the output stream.
 * Malformed messages are answered with JSON-RPC errors and the connection goes on
 * ({@link JsonRpcReader}); LSP4J's log goes to log4j, one line per record ({@link JsonRpcLog}).
 */
public final class WpoLanguageServerLauncher {

	private final Module module;

	/** @param module the server's Guice module, normally {@link WpoServerModule#create()} */
	public WpoLanguageServerLauncher(Module module) {
		this.module = module;
		JsonRpcLog.install();
	}

	/** Serves one client over the streams until it sends {@code exit} or closes its end. */
	public int serve(InputStream in, OutputStream out) throws InterruptedException {
		return serveClient(in, out).exitStatus().getNow(1);
	}

	private ShutdownAndExit serveClient(InputStream in, OutputStream out) throws InterruptedException {
		Injector injector = Guice.createInjector(module);
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		ShutdownAndExit shutdownAndExit = injector.getInstance(ShutdownAndExit.class);
		Launcher<LanguageClient> launcher = new WpoLauncherBuilder().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		Thread watcher = new Thread(() -> {
			try {
				listening.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (ExecutionException | java.util.concurrent.CancellationException e) {
				// The connection broke: the client is gone all the same.
			}
			shutdownAndExit.exitStatus().complete(shutdownAndExit.shutdownRequested() ? 0 : 1);
		}, "wpo-lsp-input");
		watcher.setDaemon(true);
		watcher.start();
		try {
			shutdownAndExit.exitStatus().get();
			return shutdownAndExit;
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		} finally {
			listening.cancel(true);
			server.getRequestManager().shutdown();
		}
	}

	/**
	 * Listens on the loopback address and serves one client after another, until a client sends
	 * {@code exit}.
	 *
	 * @param port  the port, or 0 for any free port
	 * @param bound told the port once the socket is bound
	 */
	public int serveSocket(int port, IntConsumer bound) throws IOException, InterruptedException {
		try (ServerSocket serverSocket = new ServerSocket()) {
			serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			bound.accept(serverSocket.getLocalPort());
			while (true) {
				try (Socket socket = serverSocket.accept()) {
					ShutdownAndExit client = serveClient(socket.getInputStream(), socket.getOutputStream());
					if (client.exitReceived()) {
						return client.exitStatus().getNow(1);
					}
				}
			}
		}
	}
}
