package org.wpo.studio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.wpo.diagram.DiagramKind;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.dsl.wpo.Element;
import org.wpo.edit.WpoEditor;
import org.wpo.render.Diagrams;
import org.wpo.render.LaidOutDiagram;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The studio's state and its one worker thread: the model loaded from disk, the undo history, the
 * user's node positions, the texts last seen on disk, and the connected clients. Every message and
 * every disk event runs on the worker, one after the other, so an edit never sees another half-done.
 * The truth is the files on disk; the model is reloaded after every change and sent to every client.
 */
final class Studio implements AutoCloseable {

	/** One client of {@code /studio}: where to send, and which diagram it shows. */
	interface Client {
		void send(JsonObject message);

		View view();

		void view(View view);
	}

	/** A diagram a client shows: its kind and, for a stack, the root element's name. */
	record View(DiagramKind kind, String root) {
	}

	static final String BUILT_IN_PATH = "mswpo (built-in)";

	private final ModelFolders folders;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "wpo-studio");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<Client> clients = new CopyOnWriteArraySet<>();

	private final UserPositions positions = new UserPositions();

	private final EditHistory history;

	private final Map<Path, String> known = new HashMap<>();

	private WpoEditor editor;

	private LoadedModel model;

	Studio(ModelFolders folders) throws InputProblemException, IOException {
		this.folders = folders;
		this.history = new EditHistory(folders);
		for (Path file : folders.files()) {
			known.put(file, TextFiles.read(file));
		}
		this.model = LoadedModel.load(folders);
	}

	ModelFolders folders() {
		return folders;
	}

	LoadedModel model() {
		return model;
	}

	UserPositions positions() {
		return positions;
	}

	EditHistory history() {
		return history;
	}

	synchronized WpoEditor editor() {
		if (editor == null) {
			editor = WpoEditor.create();
		}
		return editor;
	}

	void connect(Client client) {
		clients.add(client);
	}

	void disconnect(Client client) {
		clients.remove(client);
	}

	/** Handles a client's message on the worker. */
	void receive(Client client, String text) {
		worker.execute(() -> new StudioRequests(this, client).handle(text));
	}

	/** Runs a task on the worker (the watcher's check of the disk). */
	void later(Runnable task) {
		worker.execute(task);
	}

	/** Tells the studio that it wrote a file itself, so that the watcher does not report it. */
	void wrote(Path file, String text) {
		known.put(file, text);
	}

	/**
	 * Compares the model's files with the texts last seen; when some changed (another program, or a
	 * file added or removed), reloads and tells every client with the cause "disk".
	 */
	void checkDisk() {
		Map<Path, String> now = new LinkedHashMap<>();
		for (Path file : folders.files()) {
			try {
				now.put(file, TextFiles.read(file));
			} catch (IOException e) {
				// Unreadable for now (being replaced): the next event looks again.
			}
		}
		List<Path> changed = new ArrayList<>();
		Set<Path> all = new HashSet<>(now.keySet());
		all.addAll(known.keySet());
		for (Path file : all) {
			if (!java.util.Objects.equals(now.get(file), known.get(file))) {
				changed.add(file);
			}
		}
		if (changed.isEmpty()) {
			return;
		}
		known.clear();
		known.putAll(now);
		changed.sort(null);
		changed(changed, "disk", null);
	}

	/**
	 * After files changed: reloads the model and sends every client (but {@code except}) the files'
	 * new texts, then every client its diagram and the problems.
	 */
	void changed(List<Path> files, String cause, Client except) {
		reload();
		JsonObject message = new JsonObject();
		message.addProperty("kind", "filesChanged");
		JsonArray list = new JsonArray();
		for (Path file : files) {
			list.add(fileJson(file, known.get(file)));
		}
		message.add("files", list);
		message.addProperty("cause", cause);
		for (Client client : clients) {
			if (client != except) {
				client.send(message);
			}
		}
		broadcastModel();
	}

	JsonObject fileJson(Path file, String text) {
		JsonObject json = new JsonObject();
		json.addProperty("path", folders.relative(file));
		json.addProperty("text", text);
		json.addProperty("hash", TextFiles.hash(text));
		return json;
	}

	/** Reloads the model from disk; a model that cannot be loaded keeps the last one. */
	void reload() {
		try {
			model = LoadedModel.load(folders);
			Set<String> names = new HashSet<>();
			model.index().elements().forEach(e -> names.add(LoadedModel.qualifiedName(e)));
			positions.retainOnly(names);
		} catch (InputProblemException | RuntimeException e) {
			broadcastError("cannot load the model: " + e.getMessage());
		}
	}

	/** Sends every client its diagram ({@code updateModel}) and the problems. */
	void broadcastModel() {
		broadcastModel(null);
	}

	/** Sends every client but {@code except} its diagram ({@code updateModel}) and the problems. */
	void broadcastModel(Client except) {
		Map<View, JsonObject> diagrams = new HashMap<>();
		JsonObject problems = problems();
		for (Client client : clients) {
			if (client == except) {
				continue;
			}
			View view = client.view();
			if (view != null) {
				try {
					JsonObject root = diagrams.computeIfAbsent(view, this::diagram);
					JsonObject update = new JsonObject();
					update.addProperty("kind", "updateModel");
					update.add("newRoot", root);
					client.send(update);
				} catch (RuntimeException e) {
					client.send(StudioRequests.error(null, "cannot draw the diagram: " + e.getMessage()));
				}
			}
			client.send(problems);
		}
	}

	private void broadcastError(String message) {
		clients.forEach(client -> client.send(StudioRequests.error(null, message)));
	}

	/** The SModel of a diagram of the current model. */
	JsonObject diagram(View view) {
		Element root = null;
		if (view.kind() == DiagramKind.STACK) {
			root = model.element(view.root())
					.orElseThrow(() -> new IllegalArgumentException("no element named '" + view.root() + "'"));
		}
		return new SModelWriter(model, positions).write(laidOut(view.kind(), root), root);
	}

	LaidOutDiagram laidOut(DiagramKind kind, Element root) {
		return Diagrams.of(model.index(), kind, root);
	}

	JsonObject problems() {
		JsonObject message = new JsonObject();
		message.addProperty("kind", "problems");
		JsonArray items = new JsonArray();
		for (LoadedModel.Problem problem : model.problems()) {
			JsonObject item = new JsonObject();
			item.addProperty("path", problem.path());
			item.addProperty("line", problem.line());
			item.addProperty("column", problem.column());
			item.addProperty("severity", problem.severity());
			item.addProperty("code", problem.code());
			item.addProperty("message", problem.message());
			item.addProperty("element", problem.element());
			items.add(item);
		}
		message.add("items", items);
		return message;
	}

	/** The page's configuration ({@code GET /config}). */
	String config(String version) {
		JsonObject config = new JsonObject();
		config.addProperty("rootUri", folders.base().toUri().toString());
		JsonArray files = new JsonArray();
		for (Path file : folders.files()) {
			files.add(fileInfo(folders.relative(file), file.toUri().toString(), false));
		}
		config.add("files", files);
		config.add("builtIn", fileInfo(BUILT_IN_PATH, "wpo-builtin:/mswpo.wpo", true));
		JsonArray builtIn = new JsonArray();
		for (String name : BuiltInLibrary.fileNames()) {
			builtIn.add(fileInfo(BuiltInLibrary.NAMESPACE + "/" + name, BuiltInLibrary.uriOf(name).toString(), true));
		}
		config.add("builtInFiles", builtIn);
		config.addProperty("version", version);
		return config.toString();
	}

	private static JsonObject fileInfo(String path, String uri, boolean readOnly) {
		JsonObject info = new JsonObject();
		info.addProperty("path", path);
		info.addProperty("uri", uri);
		info.addProperty("readOnly", readOnly);
		return info;
	}

	/** The text of a built-in file by its client path, all of them for {@link #BUILT_IN_PATH}; else null. */
	static String builtInText(String path) throws IOException {
		List<String> names = BuiltInLibrary.fileNames();
		if (path.equals(BUILT_IN_PATH)) {
			StringBuilder all = new StringBuilder();
			for (String name : names) {
				all.append(read(name));
			}
			return all.toString();
		}
		String prefix = BuiltInLibrary.NAMESPACE + "/";
		if (path.startsWith(prefix) && names.contains(path.substring(prefix.length()))) {
			return read(path.substring(prefix.length()));
		}
		return null;
	}

	private static String read(String name) throws IOException {
		try (InputStream in = BuiltInLibrary.open(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Waits for the work in progress (an edit being written) to end. */
	@Override
	public void close() {
		worker.shutdown();
		try {
			worker.awaitTermination(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
