package org.wpo.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.diagram.DiagramContent;
import org.wpo.dsl.ide.server.WpoServerModule;
import org.wpo.render.Diagrams;
import org.wpo.render.LaidOutDiagram;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The SModel of the built-in model's area map, as a client gets it: every area and element of
 * org.wpo.diagram's content, ids from qualified names, positions relative to the parent that add up
 * to the absolute positions of the layout {@code wpo render} draws; and the same SVG as render.
 */
class DiagramModelTest {

	@TempDir
	static Path dir;

	static StudioServer server;

	static LoadedModel model;

	@BeforeAll
	static void start() throws Exception {
		Path empty = Files.createDirectories(dir.resolve("empty"));
		server = StudioServer.start(List.of(empty), 0, WpoServerModule.create(dir.resolve("library")), "test");
		model = LoadedModel.load(new ModelFolders(List.of(empty)));
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	/** Every node of the tree by id, with its absolute position (the sum of its parents'). */
	static void collect(JsonObject node, double x, double y, Map<String, double[]> absolute, Map<String, JsonObject> byId) {
		for (JsonElement child : node.getAsJsonArray("children")) {
			JsonObject object = child.getAsJsonObject();
			if (!object.has("position") || object.get("type").getAsString().equals("label")) {
				continue;
			}
			JsonObject position = object.getAsJsonObject("position");
			double ax = x + position.get("x").getAsDouble();
			double ay = y + position.get("y").getAsDouble();
			absolute.put(object.get("id").getAsString(), new double[] { ax, ay });
			byId.put(object.get("id").getAsString(), object);
			if (object.has("children")) {
				collect(object, ax, ay, absolute, byId);
			}
		}
	}

	@Test
	void theBuiltInAreaMapHasEveryAreaAndElementAtTheLayoutsPlaces() throws Exception {
		JsonObject root;
		try (TestClient client = new TestClient(server, "/studio")) {
			JsonObject answer = client.request(TestClient.message("requestModel", "diagram", "area-map"));
			assertEquals("setModel", answer.get("kind").getAsString(), answer.toString());
			root = answer.getAsJsonObject("newRoot");
		}
		assertEquals("graph", root.get("type").getAsString());
		assertEquals("area-map", root.get("id").getAsString());
		Map<String, double[]> absolute = new HashMap<>();
		Map<String, JsonObject> byId = new HashMap<>();
		collect(root, 0, 0, absolute, byId);

		DiagramContent content = DiagramContent.areaMap(model.index());
		assertEquals(88, content.containers().size());
		long areas = byId.values().stream().filter(n -> n.get("type").getAsString().equals("node:area")).count();
		long elements = byId.values().stream().filter(n -> n.get("type").getAsString().equals("node:element")).count();
		assertEquals(content.containers().size(), areas);
		assertEquals(content.nodes().size(), elements);

		LaidOutDiagram laidOut = Diagrams.areaMap(model.index());
		for (LaidOutDiagram.Frame frame : laidOut.frames()) {
			String id = "area:" + LoadedModel.qualifiedName(frame.container().source());
			assertTrue(id.startsWith("area:mswpo::"), id);
			double[] at = absolute.get(id);
			assertEquals(frame.bounds().x(), at[0], 1e-6, id);
			assertEquals(frame.bounds().y(), at[1], 1e-6, id);
			JsonObject node = byId.get(id);
			assertEquals(frame.bounds().width(), node.getAsJsonObject("size").get("width").getAsDouble(), 1e-6);
			assertEquals(false, node.get("editable").getAsBoolean());
		}
		for (LaidOutDiagram.NodeBox box : laidOut.nodes()) {
			String id = "element:mswpo::" + box.element().getName();
			double[] at = absolute.get(id);
			assertEquals(box.bounds().x(), at[0], 1e-6, id);
			assertEquals(box.bounds().y(), at[1], 1e-6, id);
			JsonObject node = byId.get(id);
			assertEquals(box.style().fill(), node.get("fill").getAsString());
			assertEquals("elk", node.get("layoutSource").getAsString());
			assertEquals(box.label().get(0).text(), node.getAsJsonArray("children").get(0).getAsJsonObject()
					.get("text").getAsString());
		}
		List<String> edgeIds = root.getAsJsonArray("children").asList().stream()
				.filter(c -> c.getAsJsonObject().get("type").getAsString().equals("edge:relation"))
				.map(c -> c.getAsJsonObject().get("id").getAsString()).toList();
		// One line per source, kind and target, each id once.
		assertEquals(laidOut.edges().stream().map(line -> SModelWriter.edgeId(line.edge().source(),
				line.edge().kind().getLiteral(), line.edge().target())).distinct().count(), edgeIds.size());
		assertEquals(edgeIds.size(), new java.util.HashSet<>(edgeIds).size(), "an edge id written twice");
	}

	@Test
	void aRelationStatedTwiceIsOneLineWithOneId() throws Exception {
		JsonObject root;
		try (TestClient client = new TestClient(server, "/studio")) {
			root = client.request(TestClient.message("requestModel", "diagram", "layer-stack")).getAsJsonObject("newRoot");
		}
		List<String> edgeIds = root.getAsJsonArray("children").asList().stream()
				.filter(c -> c.getAsJsonObject().get("type").getAsString().equals("edge:relation"))
				.map(c -> c.getAsJsonObject().get("id").getAsString()).toList();
		assertEquals(edgeIds.size(), new java.util.HashSet<>(edgeIds).size(), "an edge id written twice");
		// MS-DCOM runs over MS-RPCE in two statements (7.3.2, and 2.3.3 via HTTP): one line.
		assertEquals(1, edgeIds.stream().filter("rel:mswpo::MS-DCOM|runs-over|mswpo::MS-RPCE"::equals).count());
	}

	@Test
	void theSvgIsTheOneRenderWrites() throws Exception {
		try (TestClient client = new TestClient(server, "/studio")) {
			JsonObject answer = client.request(TestClient.message("exportSvg", "diagram", "layer-stack"));
			assertEquals(org.wpo.render.SvgWriter.write(Diagrams.layerStack(model.index())),
					answer.get("text").getAsString());
		}
	}

	@Test
	void aUserPositionReplacesTheLayoutsAndIsKept() throws Exception {
		try (TestClient client = new TestClient(server, "/studio")) {
			client.request(TestClient.message("requestModel", "diagram", "layer-stack"));
			JsonObject set = TestClient.message("setPosition", "diagram", "layer-stack", "id", "element:mswpo::MS-RPCE");
			set.addProperty("x", 12.5);
			set.addProperty("y", 7);
			// The answer carries the request's id, so that the page knows its drag is done.
			JsonObject update = client.request(set);
			assertEquals("updateModel", update.get("kind").getAsString(), update.toString());
			Map<String, double[]> absolute = new HashMap<>();
			Map<String, JsonObject> byId = new HashMap<>();
			collect(update.getAsJsonObject("newRoot"), 0, 0, absolute, byId);
			JsonObject node = byId.get("element:mswpo::MS-RPCE");
			assertEquals("user", node.get("layoutSource").getAsString());
			assertEquals(12.5, node.getAsJsonObject("position").get("x").getAsDouble());
			assertEquals(7, node.getAsJsonObject("position").get("y").getAsDouble());
		}
	}
}
