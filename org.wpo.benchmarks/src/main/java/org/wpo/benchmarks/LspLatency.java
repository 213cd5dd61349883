package org.wpo.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.wpo.dsl.ide.server.WpoServerModule;

import com.google.inject.Guice;

/**
 * Completion and hover latency of the language server, in the server's own JVM, on one synthetic
 * file of about 5,000 lines: the requests go through the server's request manager as an editor's
 * would, without the JSON-RPC transport. Median and 99th percentile in milliseconds.
 */
public final class LspLatency {

	public record Result(int lines, double completionMedian, double completionP99, double hoverMedian,
			double hoverP99, int requests) {
	}

	public static Result measure(int requests) throws Exception {
		Path workspace = Files.createTempDirectory("wpo-lsp-bench-");
		String text = new SyntheticModel(1000, 1, 42).texts().get("part-0000.wpo");
		Path layers = workspace.resolve("layers.wpo");
		Files.writeString(layers, new SyntheticModel(1000, 1, 42).texts().get("layers.wpo"));
		Path file = workspace.resolve("big.wpo");
		Files.writeString(file, text);
		String uri = file.toUri().toString();
		List<String> lines = text.lines().toList();
		// Positions: the start of each relation's target name, spread over the whole file.
		List<Position> targets = new ArrayList<>();
		for (int line = 0; line < lines.size(); line++) {
			String content = lines.get(line);
			int space = content.indexOf(" MS-S");
			if (space > 0 && !content.contains("protocol")) {
				targets.add(new Position(line, space + 1));
			}
		}
		LanguageServerImpl server = Guice.createInjector(WpoServerModule.create()).getInstance(LanguageServerImpl.class);
		server.connect(new QuietClient());
		InitializeParams initialize = new InitializeParams();
		initialize.setCapabilities(new ClientCapabilities());
		initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "bench")));
		server.initialize(initialize).get(5, TimeUnit.MINUTES);
		server.initialized(new InitializedParams());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "wpo", 1, text)));
		List<Double> completion = new ArrayList<>();
		List<Double> hover = new ArrayList<>();
		int warmups = Math.min(50, requests);
		for (int i = 0; i < warmups + requests; i++) {
			Position at = targets.get((i * 7919) % targets.size());
			TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
			long start = System.nanoTime();
			server.getTextDocumentService()
					.completion(new CompletionParams(document, new Position(at.getLine(), at.getCharacter() + 4)))
					.get(1, TimeUnit.MINUTES);
			long completed = System.nanoTime();
			server.getTextDocumentService().hover(new HoverParams(document, at)).get(1, TimeUnit.MINUTES);
			long hovered = System.nanoTime();
			if (i >= warmups) {
				completion.add((completed - start) / 1e6);
				hover.add((hovered - completed) / 1e6);
			}
		}
		server.shutdown().get(1, TimeUnit.MINUTES);
		completion.sort(Double::compare);
		hover.sort(Double::compare);
		return new Result(lines.size(), percentile(completion, 50), percentile(completion, 99), percentile(hover, 50),
				percentile(hover, 99), requests);
	}

	static double percentile(List<Double> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	public static void main(String[] args) throws Exception {
		System.out.println(measure(args.length > 0 ? Integer.parseInt(args[0]) : 300));
		System.exit(0);
	}

	/** A client that takes every notification and answers nothing. */
	private static final class QuietClient implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
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
}
