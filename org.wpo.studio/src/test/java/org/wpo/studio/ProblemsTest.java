package org.wpo.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.ide.server.WpoServerModule;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The problems list and the diagram's markers say the same: the {@code problems} message that
 * follows a {@code setModel}, a save, an edit and a change on disk lists exactly the problems whose
 * markers the diagram sent with it carries.
 */
class ProblemsTest {

	static final String LAB = """
			model lab
			import mswpo

			area 1 "Transport" {
				protocol MS-LBASE "Lab Base Protocol" {
					layer transport
				}
				format LAB-DATA "Lab Data Format" {
					layer presentation
				}
			}
			""";

	@TempDir
	Path dir;

	Path model;

	StudioServer server;

	@BeforeEach
	void start() throws Exception {
		model = Files.createDirectories(dir.resolve("model"));
		Files.writeString(model.resolve("lab.wpo"), LAB);
		server = StudioServer.start(List.of(model), 0, WpoServerModule.create(dir.resolve("library")), "test");
	}

	@AfterEach
	void stop() {
		server.close();
	}

	/** Each problem as {@code path:line severity code element}. */
	static List<String> items(JsonObject problems) {
		assertEquals("problems", problems.get("kind").getAsString());
		List<String> items = new ArrayList<>();
		for (JsonElement item : problems.getAsJsonArray("items")) {
			JsonObject problem = item.getAsJsonObject();
			items.add(problem.get("path").getAsString() + ":" + problem.get("line").getAsInt() + " "
					+ problem.get("severity").getAsString() + " " + problem.get("code").getAsString() + " "
					+ (problem.get("element").isJsonNull() ? "-" : problem.get("element").getAsString()));
		}
		return items;
	}

	/** Each marker of the diagram as {@code node severity code}. */
	static List<String> markers(JsonObject root) {
		List<String> markers = new ArrayList<>();
		collectMarkers(root, markers);
		markers.sort(null);
		return markers;
	}

	private static void collectMarkers(JsonObject node, List<String> markers) {
		if (node.has("markers")) {
			for (JsonElement marker : node.getAsJsonArray("markers")) {
				JsonObject m = marker.getAsJsonObject();
				markers.add(node.get("id").getAsString() + " " + m.get("severity").getAsString() + " "
						+ m.get("code").getAsString());
			}
		}
		if (node.has("children")) {
			for (JsonElement child : node.getAsJsonArray("children")) {
				collectMarkers(child.getAsJsonObject(), markers);
			}
		}
	}

	@Test
	void theProblemsOfAPageThatHasJustConnectedMatchItsMarkers() throws Exception {
		try (TestClient client = new TestClient(server, "/studio")) {
			JsonObject set = client.request(TestClient.message("requestModel", "diagram", "area-map"));
			assertEquals(List.of("element:lab::LAB-DATA error wpo.short-name-kind"), markers(set.getAsJsonObject("newRoot")));
			assertEquals(List.of("lab.wpo:8 error wpo.short-name-kind lab::LAB-DATA"), items(client.next()));
		}
	}

	@Test
	void afterASaveAnEditAndADiskChangeTheProblemsFollowTheMarkers() throws Exception {
		try (TestClient client = new TestClient(server, "/studio"); TestClient other = new TestClient(server, "/studio")) {
			client.request(TestClient.message("requestModel", "diagram", "area-map"));
			client.next("problems");
			other.request(TestClient.message("requestModel", "diagram", "area-map"));
			other.next("problems");

			// Saved from the editor: the error is fixed; every client gets the diagram, then the problems.
			String fixed = LAB.replace("format LAB-DATA", "format MS-LDATA");
			JsonObject saved = client.request(TestClient.message("saveFile", "path", "lab.wpo", "text", fixed, "baseHash",
					TextFiles.hash(LAB)));
			assertEquals("saved", saved.get("kind").getAsString(), saved.toString());
			for (TestClient each : List.of(client, other)) {
				assertEquals(List.of(), markers(each.next("updateModel").getAsJsonObject("newRoot")));
				assertEquals(List.of(), items(each.next()));
			}

			// A diagram edit that makes an error: a protocol whose name does not fit its kind.
			JsonObject created = TestClient.message("edit", "op", "createSpecification", "name", "LAB-NEW", "specKind",
					"protocol", "container", "lab::1");
			JsonObject result = client.request(created);
			assertEquals("SAVED", result.get("outcome").getAsString(), result.toString());
			for (TestClient each : List.of(client, other)) {
				each.next("filesChanged");
				assertEquals(List.of("element:lab::LAB-NEW error wpo.short-name-kind"),
						markers(each.next("updateModel").getAsJsonObject("newRoot")));
				assertEquals(List.of("lab.wpo:11 error wpo.short-name-kind lab::LAB-NEW"), items(each.next()));
			}

			// Another program puts the first text back.
			Files.writeString(model.resolve("lab.wpo"), LAB);
			for (TestClient each : List.of(client, other)) {
				JsonObject changed;
				List<String> listed;
				// A watcher may see the write in more than one step: the last report is the file's whole text.
				do {
					changed = each.next("filesChanged");
					List<String> marked = markers(each.next("updateModel").getAsJsonObject("newRoot"));
					listed = items(each.next());
					if (LAB.equals(changed.getAsJsonArray("files").get(0).getAsJsonObject().get("text").getAsString())) {
						assertEquals(List.of("element:lab::LAB-DATA error wpo.short-name-kind"), marked);
					}
				} while (!LAB.equals(changed.getAsJsonArray("files").get(0).getAsJsonObject().get("text").getAsString()));
				assertEquals(List.of("lab.wpo:8 error wpo.short-name-kind lab::LAB-DATA"), listed);
			}
		}
	}
}
