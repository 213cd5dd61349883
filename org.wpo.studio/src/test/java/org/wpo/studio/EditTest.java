package org.wpo.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.ide.server.WpoServerModule;

import com.google.gson.JsonObject;

/**
 * Diagram edits through the studio: saved as org.wpo.edit writes them (exact text, comments and
 * permissions kept), sent to every client with the new diagram, undone and redone byte for byte;
 * refused edits (a cycle, a name taken, the built-in model) change no file.
 */
class EditTest {

	/** a.wpo after moving Pipes into area 91 of b.wpo (org.wpo.edit's own expectation). */
	static final String A_MOVED = """
			// ACME appliances: the protocols of the management stack.
			model acme
			import net

			/* Chapter 90 holds everything ACME ships. */
			area 90 "ACME management" {
				description "Appliance management."

				protocol MS-ACME "ACME Management Protocol" {
					layer app      // the top layer
					status current
					runs-over Pipes ,  Sockets section 90
					requires MS-ACMS
				}

				protocol MS-ACMS "ACME Security" {
					layer app
					status legacy
					runs-over Sockets
				}
			}

			// Old transport, kept for reference.
			technology Pipes {
				layer wire
				status deprecated
				area 91
			}
			""";

	@TempDir
	Path dir;

	Path model;

	StudioServer server;

	@BeforeEach
	void start() throws Exception {
		model = Files.createDirectories(dir.resolve("model"));
		Fixture.write(model);
		server = StudioServer.start(List.of(model), 0, WpoServerModule.create(dir.resolve("library")), "test");
	}

	@AfterEach
	void stop() {
		server.close();
	}

	static JsonObject edit(String op, String... fields) {
		JsonObject message = TestClient.message("edit", fields);
		message.addProperty("op", op);
		return message;
	}

	/** The id of the container that holds the element in the SModel, or null. */
	static String parentOf(JsonObject node, String id) {
		for (var child : node.getAsJsonArray("children")) {
			JsonObject object = child.getAsJsonObject();
			if (id.equals(object.get("id").getAsString())) {
				return node.has("id") ? node.get("id").getAsString() : null;
			}
			if (object.has("children")) {
				String found = parentOf(object, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void moveToAreaWritesTheTextKeepsCommentsAndPermissionsAndUpdatesEveryClient() throws Exception {
		try (TestClient client = new TestClient(server, "/studio"); TestClient other = new TestClient(server, "/studio")) {
			JsonObject first = client.request(TestClient.message("requestModel", "diagram", "area-map"));
			assertEquals("area:acme::90", parentOf(first.getAsJsonObject("newRoot"), "element:acme::Pipes"));
			// The problems follow the model: the fixture's warnings, each tied to its element.
			JsonObject listed = client.next("problems");
			assertEquals("[a.wpo:12 wpo.deprecated-dependency acme::MS-ACME, b.wpo:13 wpo.deprecated-dependency net::Sockets]",
					listed.getAsJsonArray("items").asList().stream().map(i -> i.getAsJsonObject())
							.map(i -> i.get("path").getAsString() + ":" + i.get("line").getAsInt() + " "
									+ i.get("code").getAsString() + " " + i.get("element").getAsString())
							.toList().toString());
			other.request(TestClient.message("requestModel", "diagram", "area-map"));
			JsonObject result = client.request(edit("moveToArea", "element", "Pipes", "area", "91"));
			assertEquals("SAVED", result.get("outcome").getAsString(), result.toString());
			assertEquals(A_MOVED, Files.readString(model.resolve("a.wpo")));
			assertEquals(Fixture.B, Files.readString(model.resolve("b.wpo")));
			assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(model.resolve("a.wpo"))));
			JsonObject file = result.getAsJsonArray("files").get(0).getAsJsonObject();
			assertEquals("a.wpo", file.get("path").getAsString());
			assertEquals(A_MOVED, file.get("text").getAsString());
			assertEquals(TextFiles.hash(A_MOVED), file.get("hash").getAsString());
			for (TestClient each : List.of(client, other)) {
				JsonObject changed = each.next("filesChanged");
				assertEquals("edit", changed.get("cause").getAsString());
				assertEquals(A_MOVED, changed.getAsJsonArray("files").get(0).getAsJsonObject().get("text").getAsString());
				JsonObject update = each.next("updateModel");
				assertEquals("area:net::91", parentOf(update.getAsJsonObject("newRoot"), "element:acme::Pipes"));
				JsonObject problems = each.next("problems");
				assertTrue(problems.getAsJsonArray("items").size() > 0);
			}

			JsonObject undone = client.request(TestClient.message("undo"));
			assertEquals("SAVED", undone.get("outcome").getAsString(), undone.toString());
			assertEquals(Fixture.A, Files.readString(model.resolve("a.wpo")));
			assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(model.resolve("a.wpo"))));
			JsonObject redone = client.request(TestClient.message("redo"));
			assertEquals("SAVED", redone.get("outcome").getAsString(), redone.toString());
			assertEquals(A_MOVED, Files.readString(model.resolve("a.wpo")));

			// Changed by another program since: undo refuses and leaves the file.
			String typed = A_MOVED.replace("status deprecated", "status obsolete");
			Files.writeString(model.resolve("a.wpo"), typed);
			JsonObject refused = client.request(TestClient.message("undo"));
			assertEquals("REFUSED", refused.get("outcome").getAsString());
			assertEquals("Cannot undo: a.wpo changed since; no file was changed.", refused.get("message").getAsString());
			assertEquals(typed, Files.readString(model.resolve("a.wpo")));
		}
	}

	@Test
	void refusedEditsChangeNoFile() throws Exception {
		String before = Fixture.hash(model);
		try (TestClient client = new TestClient(server, "/studio")) {
			Map<JsonObject, String> refusals = new HashMap<>();
			refusals.put(edit("createRelation", "source", "Pipes", "relationKind", "runs-over", "target", "MS-ACME"), "cycle");
			refusals.put(edit("rename", "element", "MS-ACMS", "newName", "MS-ACME"), "MS-ACME");
			refusals.put(edit("rename", "element", "MS-RPCE", "newName", "MS-RPCX"), "MS-RPCE");
			refusals.put(edit("deleteElement", "element", "mswpo::MS-RPCE"), "MS-RPCE");
			refusals.put(edit("moveToArea", "element", "Pipes", "area", "no-such-area"), "no-such-area");
			for (Map.Entry<JsonObject, String> refusal : refusals.entrySet()) {
				JsonObject result = client.request(refusal.getKey());
				assertEquals("editResult", result.get("kind").getAsString(), result.toString());
				assertEquals("REFUSED", result.get("outcome").getAsString(), result.toString());
				assertTrue(result.get("message").getAsString().contains(refusal.getValue()), result.toString());
				assertEquals(0, result.getAsJsonArray("files").size());
			}
			JsonObject nothing = client.request(TestClient.message("undo"));
			assertEquals("Nothing to undo.", nothing.get("message").getAsString());
		}
		assertEquals(before, Fixture.hash(model));
	}

	@Test
	void aSaveWithAnOldBaseIsAConflictAndChangesNothing() throws Exception {
		try (TestClient client = new TestClient(server, "/studio")) {
			String before = Fixture.hash(model);
			JsonObject save = TestClient.message("saveFile", "path", "b.wpo", "text", "model net\n", "baseHash",
					TextFiles.hash("something else"));
			JsonObject conflict = client.request(save);
			assertEquals("conflict", conflict.get("kind").getAsString());
			assertEquals(Fixture.B, conflict.get("diskText").getAsString());
			assertEquals(before, Fixture.hash(model));
			String text = Fixture.B.replace("uses Sockets", "requires Sockets");
			JsonObject saved = client.request(TestClient.message("saveFile", "path", "b.wpo", "text", text, "baseHash",
					TextFiles.hash(Fixture.B)));
			assertEquals("saved", saved.get("kind").getAsString(), saved.toString());
			assertEquals(text, Files.readString(model.resolve("b.wpo")));
			assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(model.resolve("b.wpo"))));
		}
	}

	@Test
	void aFileChangedOnDiskReachesTheClients() throws Exception {
		try (TestClient client = new TestClient(server, "/studio")) {
			client.request(TestClient.message("requestModel", "diagram", "area-map"));
			String text = Fixture.B.replace("\t\tlayer wire\n\t\truns-over acme", "\t\tlayer wire\n\t\tstatus legacy\n\t\truns-over acme");
			Files.writeString(model.resolve("b.wpo"), text);
			JsonObject changed = client.next("filesChanged");
			assertEquals("disk", changed.get("cause").getAsString());
			JsonObject file = changed.getAsJsonArray("files").get(0).getAsJsonObject();
			assertEquals("b.wpo", file.get("path").getAsString());
			assertEquals(text, file.get("text").getAsString());
			JsonObject update = client.next("updateModel");
			Map<String, double[]> absolute = new HashMap<>();
			Map<String, JsonObject> byId = new HashMap<>();
			DiagramModelTest.collect(update.getAsJsonObject("newRoot"), 0, 0, absolute, byId);
			assertEquals("legacy", byId.get("element:net::Sockets").get("status").getAsString());
		}
	}
}
