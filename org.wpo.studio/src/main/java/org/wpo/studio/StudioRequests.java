package org.wpo.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.wpo.diagram.DiagramKind;
import org.wpo.dsl.wpo.Element;
import org.wpo.edit.Edit;
import org.wpo.edit.EditResult;
import org.wpo.edit.EditResult.FileChange;
import org.wpo.render.SvgWriter;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * One message of a {@code /studio} client, answered on the studio's worker (PROTOCOL.md). A message
 * that cannot be read, or whose fields are wrong, gets an {@code error} answer; the connection stays.
 */
final class StudioRequests {

	private final Studio studio;

	private final Studio.Client client;

	private JsonElement requestId;

	StudioRequests(Studio studio, Studio.Client client) {
		this.studio = studio;
		this.client = client;
	}

	static JsonObject error(JsonElement requestId, String message) {
		JsonObject error = new JsonObject();
		error.addProperty("kind", "error");
		if (requestId != null) {
			error.add("requestId", requestId);
		}
		error.addProperty("message", message);
		return error;
	}

	void handle(String text) {
		JsonObject message;
		try {
			JsonElement parsed = JsonParser.parseString(text);
			if (!parsed.isJsonObject()) {
				client.send(error(null, "a message must be a JSON object"));
				return;
			}
			message = parsed.getAsJsonObject();
		} catch (JsonParseException | StackOverflowError e) {
			client.send(error(null, "malformed JSON"));
			return;
		}
		JsonElement id = message.get("requestId");
		if (id instanceof JsonPrimitive primitive && (primitive.isString() || primitive.isNumber())) {
			requestId = id;
		}
		try {
			String kind = Messages.string(message, "kind", true);
			switch (kind) {
			case "openFile" -> openFile(message);
			case "saveFile" -> saveFile(message);
			case "requestModel" -> requestModel(message);
			case "edit" -> edit(message);
			case "undo" -> undo(true);
			case "redo" -> undo(false);
			case "setPosition" -> setPosition(message);
			case "exportSvg" -> exportSvg(message);
			default -> client.send(error(requestId, "unknown kind '" + abbreviate(kind) + "'"));
			}
		} catch (IllegalArgumentException e) {
			client.send(error(requestId, e.getMessage()));
		} catch (IOException e) {
			client.send(error(requestId, "cannot read or write a file: " + e.getMessage()));
		} catch (RuntimeException | StackOverflowError e) {
			client.send(error(requestId, "internal error: " + e));
		}
	}

	private JsonObject answer(String kind) {
		JsonObject answer = new JsonObject();
		answer.addProperty("kind", kind);
		if (requestId != null) {
			answer.add("requestId", requestId);
		}
		return answer;
	}

	private void openFile(JsonObject message) throws IOException {
		String path = Messages.string(message, "path", true);
		String text = Studio.builtInText(path);
		boolean readOnly = text != null;
		if (text == null) {
			Path file = studio.folders().resolve(path);
			text = TextFiles.read(file);
			if (text == null) {
				throw new IllegalArgumentException("no such file: " + path);
			}
		}
		JsonObject answer = answer("fileText");
		answer.addProperty("path", path);
		answer.addProperty("text", text);
		answer.addProperty("hash", TextFiles.hash(text));
		answer.addProperty("readOnly", readOnly);
		client.send(answer);
	}

	private void saveFile(JsonObject message) throws IOException {
		String path = Messages.string(message, "path", true);
		if (Studio.builtInText(path) != null) {
			throw new IllegalArgumentException("the built-in model is read-only");
		}
		Path file = studio.folders().resolve(path);
		String text = Messages.string(message, "text", true);
		String baseHash = Messages.string(message, "baseHash", false);
		boolean force = Messages.flag(message, "force");
		String disk = TextFiles.read(file);
		String diskHash = TextFiles.hash(disk);
		if (!force && disk != null && !diskHash.equals(baseHash)) {
			JsonObject conflict = answer("conflict");
			conflict.addProperty("path", path);
			conflict.addProperty("diskText", disk);
			conflict.addProperty("diskHash", diskHash);
			client.send(conflict);
			return;
		}
		studio.wrote(file, text);
		TextFiles.write(file, text);
		JsonObject saved = answer("saved");
		saved.addProperty("path", path);
		saved.addProperty("hash", TextFiles.hash(text));
		client.send(saved);
		studio.changed(List.of(file), "save", client);
	}

	private void requestModel(JsonObject message) {
		Studio.View view = view(message);
		JsonObject root = studio.diagram(view);
		client.view(view);
		JsonObject answer = answer("setModel");
		answer.add("newRoot", root);
		client.send(answer);
		// A page that has just connected lists the problems too.
		client.send(studio.problems());
	}

	/** The diagram a message names; a stack without a root is the stack this client shows. */
	private Studio.View view(JsonObject message) {
		DiagramKind kind = DiagramKind.of(Messages.string(message, "diagram", true));
		String root = Messages.string(message, "root", false);
		Studio.View shown = client.view();
		if (kind == DiagramKind.STACK && root == null && shown != null && shown.kind() == DiagramKind.STACK) {
			return shown;
		}
		if (kind == DiagramKind.STACK && root == null) {
			throw new IllegalArgumentException("the stack diagram needs a root element");
		}
		return new Studio.View(kind, kind == DiagramKind.STACK ? root : null);
	}

	private void edit(JsonObject message) {
		// Another program may have changed the files since the last event: start from the disk.
		studio.checkDisk();
		Edit edit = new EditRequests(studio.folders(), studio.model()).toEdit(message);
		EditResult result = studio.editor().apply(studio.folders().files(), edit);
		if (result.saved()) {
			result.changes().forEach(change -> studio.wrote(change.file(), change.after()));
			studio.history().record(result.changes());
		}
		editResult(result.outcome().name(), result.message(), result.changes(), "edit");
	}

	private void undo(boolean back) throws IOException {
		studio.checkDisk();
		EditHistory.Outcome outcome = back ? studio.history().undo() : studio.history().redo();
		if (outcome.done()) {
			outcome.written().forEach(change -> studio.wrote(change.file(), change.after()));
		}
		editResult(outcome.done() ? "SAVED" : "REFUSED", outcome.message(), outcome.written(),
				back ? "undo" : "redo");
	}

	private void editResult(String outcome, String text, List<FileChange> changes, String cause) {
		JsonObject answer = answer("editResult");
		answer.addProperty("outcome", outcome);
		answer.addProperty("message", text);
		JsonArray files = new JsonArray();
		boolean saved = outcome.equals("SAVED");
		if (saved) {
			changes.forEach(change -> files.add(studio.fileJson(change.file(), change.after())));
		}
		answer.add("files", files);
		client.send(answer);
		if (saved) {
			studio.changed(changes.stream().map(FileChange::file).toList(), cause, null);
		}
	}

	private void setPosition(JsonObject message) {
		Studio.View view = view(message);
		String id = Messages.string(message, "id", true);
		if (!id.startsWith("element:")) {
			throw new IllegalArgumentException("only elements can be placed: " + abbreviate(id));
		}
		String name = id.substring("element:".length());
		Element element = studio.model().element(name)
				.orElseThrow(() -> new IllegalArgumentException("no element named '" + abbreviate(name) + "'"));
		Element root = view.root() == null ? null : studio.model().element(view.root()).orElse(null);
		String diagramId = SModelWriter.rootId(view.kind(), root);
		studio.positions().put(diagramId, LoadedModel.qualifiedName(element), Messages.number(message, "x"),
				Messages.number(message, "y"));
		// The answer to this request, then the others' diagrams (which may show the same one).
		JsonObject answer = answer("updateModel");
		answer.add("newRoot", studio.diagram(view));
		client.send(answer);
		studio.broadcastModel(client);
	}

	private void exportSvg(JsonObject message) {
		Studio.View view = view(message);
		Element root = view.root() == null ? null
				: studio.model().element(view.root())
						.orElseThrow(() -> new IllegalArgumentException("no element named '" + view.root() + "'"));
		JsonObject answer = answer("svg");
		answer.addProperty("text", SvgWriter.write(studio.laidOut(view.kind(), root)));
		client.send(answer);
	}

	private static String abbreviate(String text) {
		return text.length() > 80 ? text.substring(0, 80) + "..." : text;
	}
}
