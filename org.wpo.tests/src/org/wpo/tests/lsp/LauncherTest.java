package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.ide.server.WpoLanguageServerLauncher;
import org.wpo.dsl.ide.server.WpoServerModule;

/**
 * The launcher that {@code wpo lsp} uses, driven by a real LSP4J client: over a pair of streams and
 * over a socket bound to the loopback address. Every wait is bounded.
 */
class LauncherTest {

	private static final long TIMEOUT = 60;

	@TempDir
	Path folder;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		executor.shutdownNow();
	}

	/** A client that remembers nothing; these tests look at requests and exit statuses. */
	static class QuietClient implements LanguageClient {
		final CompletableFuture<PublishDiagnosticsParams> diagnostics = new CompletableFuture<>();

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.complete(params);
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	}

	static final String TEXT = "model lab\narea 1 {\n\ttechnology T {\n\t\tuses Nowhere\n\t}\n}\n";

	/** Initializes with the test's folder as the workspace folder. */
	private InitializeResult initialize(LanguageServer server) throws Exception {
		Files.writeString(folder.resolve("a.wpo"), TEXT);
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "lab")));
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspace);
		params.setCapabilities(capabilities);
		InitializeResult result = server.initialize(params).get(TIMEOUT, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		return result;
	}

	/** Initializes naming no folder, as an editor opened on one file may, and opens that file. */
	private void initializeWithoutFolder(LanguageServer server) throws Exception {
		Path file = Files.writeString(folder.resolve("single.wpo"), TEXT);
		InitializeParams params = new InitializeParams();
		params.setCapabilities(new ClientCapabilities());
		server.initialize(params).get(TIMEOUT, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(file.toUri().toString(), "wpo", 1, TEXT)));
	}

	@Test
	void streamsEndWithStatusZeroAfterShutdownAndExit() throws Exception {
		PipedOutputStream toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream fromServer = new PipedInputStream(serverOut, 1 << 16);
		WpoLanguageServerLauncher launcher = new WpoLanguageServerLauncher(
				WpoServerModule.create(LanguageServerTestBase.LIBRARY_BASE));
		Future<Integer> status = executor.submit(() -> launcher.serve(serverIn, serverOut));

		QuietClient client = new QuietClient();
		Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(client, fromServer, toServer);
		clientLauncher.startListening();
		LanguageServer server = clientLauncher.getRemoteProxy();
		InitializeResult result = initialize(server);
		assertTrue(result.getCapabilities().getHoverProvider().getLeft());
		PublishDiagnosticsParams diagnostics = client.diagnostics.get(TIMEOUT, TimeUnit.SECONDS);
		assertTrue(diagnostics.getUri().endsWith("/a.wpo"), diagnostics::getUri);
		assertEquals("wpo.unresolved-reference", diagnostics.getDiagnostics().get(0).getCode().getLeft());
		server.shutdown().get(TIMEOUT, TimeUnit.SECONDS);
		server.exit();
		assertEquals(0, status.get(TIMEOUT, TimeUnit.SECONDS));
	}

	@Test
	void exitWithoutShutdownEndsWithStatusOne() throws Exception {
		PipedOutputStream toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream fromServer = new PipedInputStream(serverOut, 1 << 16);
		WpoLanguageServerLauncher launcher = new WpoLanguageServerLauncher(
				WpoServerModule.create(LanguageServerTestBase.LIBRARY_BASE));
		Future<Integer> status = executor.submit(() -> launcher.serve(serverIn, serverOut));
		Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(new QuietClient(), fromServer,
				toServer);
		clientLauncher.startListening();
		clientLauncher.getRemoteProxy().exit();
		assertEquals(1, status.get(TIMEOUT, TimeUnit.SECONDS));
	}

	@Test
	void socketListensOnTheLoopbackAddressOnly() throws Exception {
		WpoLanguageServerLauncher launcher = new WpoLanguageServerLauncher(
				WpoServerModule.create(LanguageServerTestBase.LIBRARY_BASE));
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Future<Integer> status = executor.submit(() -> launcher.serveSocket(0, port::complete));
		int bound = port.get(TIMEOUT, TimeUnit.SECONDS);
		assertTrue(bound > 0);
		// Nothing listens on the machine's other addresses.
		for (InetAddress address : InetAddress.getAllByName(InetAddress.getLocalHost().getHostName())) {
			if (!address.isLoopbackAddress()) {
				assertTrue(refused(address, bound), () -> "reachable on " + address);
			}
		}
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), bound)) {
			QuietClient client = new QuietClient();
			Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(client,
					socket.getInputStream(), socket.getOutputStream());
			clientLauncher.startListening();
			LanguageServer server = clientLauncher.getRemoteProxy();
			initializeWithoutFolder(server);
			PublishDiagnosticsParams diagnostics = client.diagnostics.get(TIMEOUT, TimeUnit.SECONDS);
			assertTrue(diagnostics.getUri().endsWith("/single.wpo"), diagnostics::getUri);
			assertEquals("wpo.unresolved-reference", diagnostics.getDiagnostics().get(0).getCode().getLeft());
			server.shutdown().get(TIMEOUT, TimeUnit.SECONDS);
			server.exit();
			assertEquals(0, status.get(TIMEOUT, TimeUnit.SECONDS));
		}
	}

	private static boolean refused(InetAddress address, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new java.net.InetSocketAddress(address, port), 2000);
			return false;
		} catch (IOException e) {
			return true;
		}
	}
}
