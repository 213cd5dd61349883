package org.wpo.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.wpo.dsl.ide.server.WpoServerModule;
import org.wpo.studio.StudioServer;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The studio's start time, and the time from a diagram gesture (an {@code edit} message: an element
 * dragged into another layer lane, alternating between two layers) to the file written and the new
 * diagram received by the client ({@code editResult}, then {@code updateModel}), over the studio's
 * real WebSocket, in one JVM; and from a pause in typing (the editor's {@code saveFile}) to the new
 * diagram. The browser's drawing and the editor's autosave pause are not included. Median and 99th
 * percentile.
 */
public final class StudioLatency {

	public record Result(String model, String diagram, double startMillis, double median, double p99, int gestures,
			double saveMedian, double saveP99) {
	}

	/** The size of the page's script and style in the jar, in kB (0 when the page was not built). */
	public static long bundleKilobytes() throws java.io.IOException {
		long bytes = 0;
		for (String name : List.of("app.js", "app.css", "index.html")) {
			try (var in = StudioServer.class.getResourceAsStream("/org/wpo/studio/web/" + name)) {
				bytes += in == null ? 0 : in.readAllBytes().length;
			}
		}
		return bytes / 1024;
	}

	/** The built-in model's area map, with one user file that places a protocol in area 7. */
	public static Result builtIn(int gestures) throws Exception {
		Path folder = Files.createTempDirectory("wpo-studio-bench-");
		Files.writeString(folder.resolve("bench.wpo"), """
				model bench
				import mswpo

				protocol MS-BENCH "Benchmark protocol" {
					layer session
					area 7
				}
				""");
		return measure("built-in model (88 areas) and one user file", folder, "MS-BENCH", "area-map", null,
				"session", "transport", gestures);
	}

	/**
	 * A 10,000-specification model; the element dragged is one without relations, and the diagram is
	 * its protocol stack (the area map or layer stack of 10,000 nodes takes ELK minutes to lay out, as
	 * it does for {@code wpo render}): what is measured is editing, saving and reloading the model.
	 */
	public static Result synthetic(int specifications, int gestures) throws Exception {
		SyntheticModel model = new SyntheticModel(specifications, 42);
		Path folder = model.writeTo(Files.createTempDirectory("wpo-studio-bench-"));
		String element = withoutRelations(model, specifications);
		// The synthetic layers share names with the built-in model's: the built-in ones, qualified.
		return measure(String.format("%,d-specification model", specifications), folder, element, "stack", element,
				"mswpo::session", "mswpo::transport", gestures);
	}

	/** The name of a specification declared without relations (its block holds only its layer). */
	private static String withoutRelations(SyntheticModel model, int specifications) {
		for (String text : model.texts().values()) {
			java.util.regex.Matcher m = java.util.regex.Pattern
					.compile("protocol (MS-S\\d+) \"[^\"]*\" \\{\n\t+layer \\w+\n\t+\\}").matcher(text);
			if (m.find()) {
				return m.group(1);
			}
		}
		return SyntheticModel.name(0);
	}

	static Result measure(String label, Path folder, String element, String diagram, String root, String layerA,
			String layerB, int gestures) throws Exception {
		Path library = Files.createTempDirectory("wpo-studio-library-");
		long started = System.nanoTime();
		try (StudioServer server = StudioServer.start(List.of(folder), 0, WpoServerModule.create(library), "bench")) {
			double startMillis = (System.nanoTime() - started) / 1e6;
			BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
			StringBuilder partial = new StringBuilder();
			WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
					.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/studio?token=" + server.token()),
							new WebSocket.Listener() {
								@Override
								public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
									partial.append(data);
									if (last) {
										received.add(JsonParser.parseString(partial.toString()).getAsJsonObject());
										partial.setLength(0);
									}
									webSocket.request(1);
									return null;
								}
							})
					.get(1, TimeUnit.MINUTES);
			JsonObject request = new JsonObject();
			request.addProperty("kind", "requestModel");
			request.addProperty("diagram", diagram);
			request.addProperty("root", root);
			socket.sendText(request.toString(), true).join();
			await(received, "setModel");
			List<Double> millis = new ArrayList<>();
			int warmups = 2;
			JsonObject lastFile = null;
			for (int i = 0; i < warmups + gestures; i++) {
				JsonObject op = new JsonObject();
				op.addProperty("op", "moveToLayer");
				op.addProperty("element", element);
				op.addProperty("layer", i % 2 == 0 ? layerB : layerA);
				JsonObject edit = new JsonObject();
				edit.addProperty("kind", "edit");
				edit.add("op", op);
				long start = System.nanoTime();
				socket.sendText(edit.toString(), true).join();
				JsonObject result = await(received, "editResult");
				if (!result.get("outcome").getAsString().equals("SAVED")) {
					throw new IllegalStateException("the benchmark's edit was not saved: " + result);
				}
				lastFile = result.getAsJsonArray("files").get(0).getAsJsonObject();
				await(received, "updateModel");
				if (i >= warmups) {
					millis.add((System.nanoTime() - start) / 1e6);
				}
			}
			// A pause in typing: the editor saves the file (here: a blank line added and removed in
			// turn) and the client waits for the diagram.
			JsonObject file = lastFile;
			String path = file.get("path").getAsString();
			String base = file.get("text").getAsString();
			String hash = file.get("hash").getAsString();
			List<Double> saves = new ArrayList<>();
			for (int i = 0; i < warmups + gestures; i++) {
				JsonObject save = new JsonObject();
				save.addProperty("kind", "saveFile");
				save.addProperty("path", path);
				save.addProperty("text", i % 2 == 0 ? base + "\n" : base);
				save.addProperty("baseHash", hash);
				long start = System.nanoTime();
				socket.sendText(save.toString(), true).join();
				hash = await(received, "saved").get("hash").getAsString();
				await(received, "updateModel");
				if (i >= warmups) {
					saves.add((System.nanoTime() - start) / 1e6);
				}
			}
			socket.abort();
			millis.sort(Double::compare);
			saves.sort(Double::compare);
			return new Result(label, diagram, startMillis, LspLatency.percentile(millis, 50),
					LspLatency.percentile(millis, 99), gestures, LspLatency.percentile(saves, 50),
					LspLatency.percentile(saves, 99));
		}
	}

	private static JsonObject await(BlockingQueue<JsonObject> received, String kind) throws InterruptedException {
		while (true) {
			JsonObject message = received.poll(10, TimeUnit.MINUTES);
			if (message == null) {
				throw new IllegalStateException("no " + kind + " within 10 minutes");
			}
			if (message.get("kind").getAsString().equals("error")) {
				throw new IllegalStateException("the studio answered " + message);
			}
			if (message.get("kind").getAsString().equals(kind)) {
				return message;
			}
		}
	}

	public static void main(String[] args) throws Exception {
		int gestures = args.length > 0 ? Integer.parseInt(args[0]) : 50;
		System.out.println(builtIn(gestures));
		System.out.println(synthetic(args.length > 1 ? Integer.parseInt(args[1]) : 10_000, Math.max(5, gestures / 5)));
		System.exit(0);
	}
}
