package org.wpo.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/**
 * The language server at scale, as an editor drives it over JSON-RPC ({@link LspClient}): a
 * workspace of the synthetic model (N specifications in N/100 files plus layers.wpo) is opened, then
 * scripted edits are applied, each time recording when the edited file's diagnostics arrive and when
 * the last diagnostics of the build arrive (the build is over when none has come for a quiet period).
 * <ul>
 * <li>Edits of few references: the title of the last protocol of the last file changes (no other
 * file refers to that file's specifications more than a few times).</li>
 * <li>Edits of many references: layers.wpo renames the layer {@code link}, which nearly every
 * file's protocols name, and then renames it back; every such file's diagnostics change.</li>
 * <li>During each edit of many references, completion and hover on the last file are sent one after
 * the other until every file that names the layer has had its diagnostics.</li>
 * </ul>
 * Also: from {@code initialize} to the first diagnostics of a file that imports mswpo, opened in a
 * workspace of that one file, in a fresh server each time. Times in milliseconds.
 */
public final class LspSession {

	/** Latencies of one kind, sorted, with their median and 99th percentile. */
	public record Latencies(String what, List<Double> sorted) {
		public Latencies {
			sorted = sorted.stream().sorted().toList();
		}

		public double median() {
			return sorted.isEmpty() ? Double.NaN : LspLatency.percentile(sorted, 50);
		}

		public double p99() {
			return sorted.isEmpty() ? Double.NaN : LspLatency.percentile(sorted, 99);
		}

		@Override
		public String toString() {
			return String.format("%s: median %.1f ms, 99th percentile %.1f ms, max %.1f ms (%d)", what, median(), p99(),
					sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1), sorted.size());
		}
	}

	public record Result(int specifications, int files, double initialBuildMillis, List<Latencies> latencies) {
	}

	/** A file that imports the built-in model, as a user's first file would. */
	static final String IMPORTS_MSWPO = "model acme\n\nimport mswpo\n\narea 2 \"ACME\" {\n"
			+ "\tprotocol MS-ACMED \"ACME Discovery Protocol\" {\n\t\tlayer application\n\t\tstatus current\n"
			+ "\t\truns-over UDP\n\t}\n}\n";

	private static final long QUIET_MILLIS = 3000;

	public static Result measure(Path wpoJar, int specifications, int fewEdits, int manyEdits, int startRuns)
			throws Exception {
		List<Latencies> latencies = new ArrayList<>();
		latencies.add(firstDiagnostics(wpoJar, startRuns));
		Path folder = new SyntheticModel(specifications, 42).writeTo(Files.createTempDirectory("wpo-lsp-session-"));
		List<Double> few = new ArrayList<>();
		List<Double> fewBuild = new ArrayList<>();
		List<Double> manyOwn = new ArrayList<>();
		List<Double> manyBuild = new ArrayList<>();
		List<Double> completion = new ArrayList<>();
		List<Double> hover = new ArrayList<>();
		double initialBuild;
		Path log = Files.createTempFile("wpo-lsp-session-", ".log");
		try (LspClient client = new LspClient(wpoJar, List.of("-Xmx2g"), log)) {
			long start = System.nanoTime();
			client.initialize(folder);
			List<LspClient.Published> first = client.drain(QUIET_MILLIS);
			initialBuild = first.isEmpty() ? Double.NaN : (first.get(first.size() - 1).nanos() - start) / 1e6;
			int files = specifications / 100;
			Path last = folder.resolve(String.format("part-%04d.wpo", files - 1));
			String lastUri = last.toUri().toString();
			String lastText = Files.readString(last);
			client.open(lastUri, lastText);
			client.drain(QUIET_MILLIS);
			Path layers = folder.resolve("layers.wpo");
			String layersUri = layers.toUri().toString();
			String layersText = Files.readString(layers);
			client.open(layersUri, layersText);
			client.drain(QUIET_MILLIS);
			int title = lastText.lastIndexOf("\"Synthetic protocol ");
			int version = 1;
			for (int i = 0; i < fewEdits; i++) {
				String text = lastText.substring(0, title) + "\"Edited " + i + " " + lastText.substring(title + 1);
				long sent = System.nanoTime();
				client.change(lastUri, ++version, text);
				LspClient.Published own = client.next(lastUri, 600);
				List<LspClient.Published> rest = client.drain(QUIET_MILLIS);
				few.add((own.nanos() - sent) / 1e6);
				fewBuild.add(((rest.isEmpty() ? own : rest.get(rest.size() - 1)).nanos() - sent) / 1e6);
				System.out.printf("title edit %d: diagnostics of %d other files published after it%n", i, rest.size());
			}
			Position at = hoverPosition(lastText);
			// The files whose diagnostics change when the layer link is renamed: those that name it.
			java.util.Set<String> naming = new java.util.HashSet<>();
			for (int f = 0; f < files; f++) {
				Path file = folder.resolve(String.format("part-%04d.wpo", f));
				if (Files.readString(file).contains("layer link\n")) {
					naming.add(file.toUri().toString());
				}
			}
			int layersVersion = 1;
			for (int i = 0; i < manyEdits; i++) {
				String text = i % 2 == 0 ? layersText.replace("layer link", "layer link2") : layersText;
				AtomicBoolean building = new AtomicBoolean(true);
				Thread requests = new Thread(() -> requestWhile(client, lastUri, at, building, completion, hover));
				long sent = System.nanoTime();
				client.change(layersUri, ++layersVersion, text);
				requests.start();
				List<LspClient.Published> rest = client.awaitAll(naming, 1800);
				building.set(false);
				rest.addAll(client.drain(QUIET_MILLIS));
				LspClient.Published own = rest.stream().filter(p -> p.params().getUri().equals(layersUri)).findFirst()
						.orElseThrow(() -> new IllegalStateException("no diagnostics for layers.wpo"));
				requests.join();
				manyOwn.add((own.nanos() - sent) / 1e6);
				manyBuild.add(((rest.isEmpty() ? own : rest.get(rest.size() - 1)).nanos() - sent) / 1e6);
				long withErrors = rest.stream().filter(p -> !p.params().getDiagnostics().isEmpty()).count();
				System.out.printf("layers edit %d: %d diagnostics published after it (%d with problems), %d files name the layer%n",
						i, rest.size(), withErrors, naming.size());
			}
		}
		latencies.add(new Latencies("edit of a file few reference: its diagnostics", few));
		latencies.add(new Latencies("edit of a file few reference: last diagnostics of the build", fewBuild));
		latencies.add(new Latencies("edit of layers.wpo (nearly every file refers to it): its diagnostics", manyOwn));
		latencies.add(new Latencies("edit of layers.wpo: last diagnostics of the build", manyBuild));
		latencies.add(new Latencies("completion during that build", completion));
		latencies.add(new Latencies("hover during that build", hover));
		return new Result(specifications, specifications / 100 + 1, initialBuild, latencies);
	}

	/**
	 * From initialize sent to the first diagnostics of a file importing mswpo, fresh server each run,
	 * started through the {@code wpo} launcher as the VS Code extension and other editors start it.
	 */
	static Latencies firstDiagnostics(Path wpoJar, int runs) throws Exception {
		List<Double> millis = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			Path folder = Files.createTempDirectory("wpo-lsp-first-");
			Path file = folder.resolve("acme.wpo");
			Files.writeString(file, IMPORTS_MSWPO);
			Path log = Files.createTempFile("wpo-lsp-first-", ".log");
			// As an editor starts it: the launcher beside the jar's module (org.wpo.cli/target/wpo.jar),
			// with the flags and class archive it chooses for a small model.
			Path launcher = wpoJar.toAbsolutePath().getParent().getParent().getParent().resolve("wpo");
			List<String> command = Files.isExecutable(launcher) ? List.of(launcher.toString(), "lsp")
					: List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", wpoJar.toString(),
							"lsp");
			try (LspClient client = new LspClient(command, log)) {
				// The JVM is started: what an editor waits for from here is the server's own work.
				Thread.sleep(1000);
				long start = System.nanoTime();
				client.initialize(folder);
				client.open(file.toUri().toString(), IMPORTS_MSWPO);
				LspClient.Published first = client.next(file.toUri().toString(), 300);
				if (first == null) {
					throw new IllegalStateException("no diagnostics for " + file + "; server log: " + log);
				}
				if (!first.params().getDiagnostics().isEmpty()) {
					throw new IllegalStateException("unexpected diagnostics: " + first.params().getDiagnostics());
				}
				millis.add((first.nanos() - start) / 1e6);
			}
		}
		return new Latencies("initialize to first diagnostics of a file importing mswpo", millis);
	}

	private static Position hoverPosition(String text) {
		List<String> lines = text.lines().toList();
		for (int line = lines.size() - 1; line >= 0; line--) {
			int space = lines.get(line).indexOf("uses MS-S");
			if (space >= 0) {
				return new Position(line, space + "uses ".length());
			}
		}
		throw new IllegalStateException("no uses relation in the last file");
	}

	private static void requestWhile(LspClient client, String uri, Position at, AtomicBoolean building,
			List<Double> completion, List<Double> hover) {
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		try {
			while (building.get()) {
				long start = System.nanoTime();
				client.server().getTextDocumentService()
						.completion(new CompletionParams(document, new Position(at.getLine(), at.getCharacter() + 4)))
						.get(10, TimeUnit.MINUTES);
				long completed = System.nanoTime();
				client.server().getTextDocumentService().hover(new HoverParams(document, at)).get(10, TimeUnit.MINUTES);
				long hovered = System.nanoTime();
				synchronized (completion) {
					completion.add((completed - start) / 1e6);
					hover.add((hovered - completed) / 1e6);
				}
				Thread.sleep(20);
			}
		} catch (Exception e) {
			throw new IllegalStateException("completion or hover failed", e);
		}
	}

	/** Usage: LspSession WPO_JAR [SPECIFICATIONS [EDITS_FEW [EDITS_MANY [START_RUNS]]]] */
	public static void main(String[] args) throws Exception {
		Result result = measure(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 100000,
				args.length > 2 ? Integer.parseInt(args[2]) : 20, args.length > 3 ? Integer.parseInt(args[3]) : 4,
				args.length > 4 ? Integer.parseInt(args[4]) : 5);
		System.out.printf("workspace: %,d specifications in %,d files; initialize to the end of the first build: %.0f ms%n",
				result.specifications(), result.files(), result.initialBuildMillis());
		result.latencies().forEach(System.out::println);
		System.exit(0);
	}
}
