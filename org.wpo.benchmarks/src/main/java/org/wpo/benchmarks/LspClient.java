package org.wpo.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor's side of a language-server session, as the language server tests drive it with LSP4J's
 * launcher: {@code wpo lsp} runs in a process of its own and talks JSON-RPC on its stdin and stdout.
 * Every publishDiagnostics is queued with the time it arrived.
 */
final class LspClient implements LanguageClient, AutoCloseable {

	/** One publishDiagnostics and when it arrived (System.nanoTime). */
	record Published(long nanos, PublishDiagnosticsParams params) {
	}

	private final Process process;
	private final LanguageServer server;
	final LinkedBlockingQueue<Published> published = new LinkedBlockingQueue<>();

	/** Starts {@code java JVM_OPTIONS -jar wpo.jar lsp}; the server's log goes to a file. */
	LspClient(Path wpoJar, List<String> jvmOptions, Path log) throws IOException {
		this(javaCommand(wpoJar, jvmOptions), log);
	}

	/** Starts the server with a command of its own (such as {@code ./wpo lsp}, as editors run it). */
	LspClient(List<String> command, Path log) throws IOException {
		process = new ProcessBuilder(command).redirectError(log.toFile()).start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	private static List<String> javaCommand(Path wpoJar, List<String> jvmOptions) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", wpoJar.toString(), "lsp"));
		return command;
	}

	LanguageServer server() {
		return server;
	}

	/** initialize (waited for) and initialized on one workspace folder. */
	void initialize(Path folder) throws Exception {
		InitializeParams initialize = new InitializeParams();
		initialize.setCapabilities(new ClientCapabilities());
		initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "bench")));
		server.initialize(initialize).get(30, TimeUnit.MINUTES);
		server.initialized(new InitializedParams());
	}

	void open(String uri, String text) {
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "wpo", 1, text)));
	}

	/** Replaces the whole text of an open document. */
	void change(String uri, int version, String text) {
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** The next publishDiagnostics for {@code uri}, skipping others; null after the timeout. */
	Published next(String uri, long timeoutSeconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (true) {
			Published next = published.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (next == null || next.params().getUri().equals(uri)) {
				return next;
			}
		}
	}

	/**
	 * Takes publishDiagnostics until each of {@code uris} has had one, or the timeout passed; returns
	 * them all, the last one giving the time the build reached the last of these files.
	 */
	List<Published> awaitAll(java.util.Set<String> uris, long timeoutSeconds) throws InterruptedException {
		java.util.Set<String> missing = new java.util.HashSet<>(uris);
		List<Published> taken = new ArrayList<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (!missing.isEmpty()) {
			Published next = published.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (next == null) {
				break;
			}
			taken.add(next);
			missing.remove(next.params().getUri());
		}
		return taken;
	}

	/**
	 * Takes publishDiagnostics until none has come for {@code quietMillis}; returns them (the last one
	 * gives the time the build ended).
	 */
	List<Published> drain(long quietMillis) throws InterruptedException {
		List<Published> taken = new ArrayList<>();
		for (Published next = published.poll(quietMillis, TimeUnit.MILLISECONDS); next != null; next = published
				.poll(quietMillis, TimeUnit.MILLISECONDS)) {
			taken.add(next);
		}
		return taken;
	}

	@Override
	public void close() throws Exception {
		try {
			server.shutdown().get(1, TimeUnit.MINUTES);
			server.exit();
			process.waitFor(30, TimeUnit.SECONDS);
		} finally {
			process.destroyForcibly();
		}
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		published.add(new Published(System.nanoTime(), diagnostics));
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams messageParams) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
