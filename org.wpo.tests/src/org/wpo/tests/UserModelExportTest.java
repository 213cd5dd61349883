package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.export.CsvExport;
import org.wpo.export.DotExport;
import org.wpo.export.ExportGraph;
import org.wpo.export.GraphMlExport;
import org.wpo.export.JsonExport;
import org.wpo.export.MermaidExport;
import org.wpo.export.ModelContents;
import org.wpo.export.PlantUmlExport;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * The exports of a user's model on top of a library: a relation's via, condition (in words and as
 * products) and source; what extend blocks add to an element (aliases, remarks, sections, covers,
 * applicability); the product line through both files; the manages kind.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class UserModelExportTest {

	@Inject
	WpoTestSupport support;

	List<Resource> resources;

	@BeforeEach
	void load() {
		resources = List.copyOf(support.load("shelf.wpo", UserModelSamples.LIBRARY, "acme.wpo", UserModelSamples.USER)
				.getResources());
	}

	private JsonObject json() {
		return JsonParser.parseString(JsonExport.toJson(resources)).getAsJsonObject();
	}

	private static JsonObject find(JsonArray array, String key, String value) {
		for (JsonElement element : array) {
			JsonObject object = element.getAsJsonObject();
			if (object.has(key) && !object.get(key).isJsonNull() && object.get(key).getAsString().equals(value)) {
				return object;
			}
		}
		throw new AssertionError("no entry with " + key + " = " + value + " in " + array);
	}

	@Test
	void jsonRelationsCarryViaConditionAndSource() {
		JsonArray relations = json().getAsJsonArray("relations");
		assertEquals(8, relations.size(), relations.toString());
		assertEquals("{\"source\":\"MS-ACME\",\"kind\":\"manages\",\"target\":\"ZIP\",\"section\":null,\"note\":null,"
				+ "\"via\":[],\"condition\":null,\"sourceDocument\":null,\"sourceSection\":null}",
				relations.get(0).toString());
		assertEquals("{\"source\":\"MS-ACME\",\"kind\":\"runs-over\",\"target\":\"RPC\",\"section\":\"1\","
				+ "\"note\":\"Stated twice.\",\"via\":[\"named pipes\"],\"condition\":{\"from\":\"Windows 10\","
				+ "\"text\":\"from Windows 10\",\"products\":[\"Windows 10\",\"Windows 11\"]},"
				+ "\"sourceDocument\":\"MS-XYZ\",\"sourceSection\":\"2.1\"}", relations.get(1).toString());
		assertEquals("{\"source\":\"MS-ACME\",\"kind\":\"uses\",\"target\":\"TCP\",\"section\":null,\"note\":null,"
				+ "\"via\":[],\"condition\":{\"in\":[\"Windows NT\",\"Windows 11\"],\"text\":\"in Windows NT, Windows 11\","
				+ "\"products\":[\"Windows NT\",\"Windows 11\"]},\"sourceDocument\":\"RFC 1001\",\"sourceSection\":null}",
				relations.get(3).toString());
		assertEquals("{\"to\":\"Windows 2000\",\"text\":\"up to Windows 2000\",\"products\":[\"Windows NT\","
				+ "\"Windows 2000\"]}", relations.get(4).getAsJsonObject().get("condition").toString());
		assertEquals("C706 3", relations.get(4).getAsJsonObject().get("sourceDocument").getAsString() + " "
				+ relations.get(4).getAsJsonObject().get("sourceSection").getAsString());
		JsonObject extension = relations.get(7).getAsJsonObject();
		assertEquals("ZIP uses MS-ACME from Windows 10", extension.get("source").getAsString() + " "
				+ extension.get("kind").getAsString() + " " + extension.get("target").getAsString() + " "
				+ extension.getAsJsonObject("condition").get("text").getAsString());
	}

	@Test
	void jsonElementsCarryWhatExtendBlocksAdd() {
		JsonObject zip = find(json().getAsJsonArray("technologies"), "name", "ZIP");
		assertEquals("{\"name\":\"ZIP\",\"title\":null,\"aliases\":[\"Deflate archive\",\"Zip file\",\"PKZIP\"],"
				+ "\"status\":\"current\",\"area\":\"shelf::2\",\"layer\":null,\"sections\":[\"2\",\"1\"],"
				+ "\"applicability\":{\"from\":\"Windows NT\",\"to\":\"Windows 11\","
				+ "\"text\":\"from Windows NT up to Windows 11\","
				+ "\"products\":[\"Windows NT\",\"Windows 2000\",\"Windows 10\",\"Windows 11\"]},\"description\":null,"
				+ "\"remark\":\"The library's remark.\","
				+ "\"remarks\":[\"The library's remark.\",\"First remark.\",\"Second remark.\"],"
				+ "\"applicabilityStatedIn\":\"extend\"}", zip.toString());
		JsonObject overview = find(json().getAsJsonArray("specifications"), "shortName", "MS-SHOV");
		assertEquals("{\"shortName\":\"MS-SHOV\",\"title\":\"Shelf Overview\",\"kind\":\"overview\",\"status\":\"current\","
				+ "\"area\":\"shelf::2\",\"layer\":null,\"sections\":[\"2\"],\"applicability\":null,\"description\":null,"
				+ "\"covers\":[\"shelf::2\",\"acme::1\"],\"remarks\":[],\"applicabilityStatedIn\":null,"
				+ "\"aliases\":[\"Shelf overview\"]}", overview.toString());
	}

	@Test
	void jsonProductsRunAlongOneLineThroughBothFiles() {
		assertEquals("[{\"name\":\"Windows NT\",\"title\":null,\"line\":\"Windows NT\",\"position\":1,\"after\":null},"
				+ "{\"name\":\"Windows 2000\",\"title\":null,\"line\":\"Windows NT\",\"position\":2,\"after\":\"Windows NT\"},"
				+ "{\"name\":\"Windows 10\",\"title\":\"Windows 10 (2015)\",\"line\":\"Windows NT\",\"position\":3,"
				+ "\"after\":\"Windows 2000\"},"
				+ "{\"name\":\"Windows 11\",\"title\":null,\"line\":\"Windows NT\",\"position\":4,\"after\":\"Windows 10\"}]",
				json().getAsJsonArray("products").toString());
	}

	/**
	 * Every object of the export has the keys its definition in wpo.schema.json requires and none it
	 * does not name (a check of the schema's keys; org.wpo.cli validates the export with a validator).
	 */
	@Test
	void theSchemaNamesEveryKeyOfTheExport() throws java.io.IOException {
		JsonObject schema;
		try (var in = JsonExport.class.getResourceAsStream("wpo.schema.json")) {
			assertTrue(in != null, "wpo.schema.json is in the export bundle");
			schema = JsonParser.parseString(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
					.getAsJsonObject();
		}
		JsonObject definitions = schema.getAsJsonObject("$defs");
		JsonObject json = json();
		assertEquals(schema.getAsJsonObject("properties").keySet(), json.keySet());
		Map<String, String> definitionOf = Map.of("areas", "area", "specifications", "specification", "technologies",
				"technology", "relations", "relation", "products", "product");
		for (var entry : definitionOf.entrySet()) {
			JsonObject definition = definitions.getAsJsonObject(entry.getValue());
			java.util.Set<String> allowed = new java.util.HashSet<>(definition.getAsJsonObject("properties").keySet());
			java.util.Set<String> required = new java.util.HashSet<>();
			definition.getAsJsonArray("required").forEach(r -> required.add(r.getAsString()));
			if (definition.has("allOf")) {
				JsonObject placement = definitions.getAsJsonObject("placement");
				allowed.addAll(placement.getAsJsonObject("properties").keySet());
				placement.getAsJsonArray("required").forEach(r -> required.add(r.getAsString()));
			}
			for (JsonElement item : json.getAsJsonArray(entry.getKey())) {
				java.util.Set<String> keys = item.getAsJsonObject().keySet();
				assertTrue(allowed.containsAll(keys), entry.getValue() + " " + keys + " within " + allowed);
				assertTrue(keys.containsAll(required), entry.getValue() + " " + keys + " lacks one of " + required);
			}
		}
		JsonObject condition = definitions.getAsJsonObject("applicability");
		java.util.Set<String> conditionKeys = condition.getAsJsonObject("properties").keySet();
		for (JsonElement relation : json.getAsJsonArray("relations")) {
			JsonElement value = relation.getAsJsonObject().get("condition");
			assertTrue(value.isJsonNull() || conditionKeys.containsAll(value.getAsJsonObject().keySet()), value.toString());
		}
	}

	@Test
	void csvColumnsAfterTheEarlierOnes() {
		Map<String, String> files = CsvExport.write(ModelContents.of(resources));
		assertEquals("\"Source\",\"Kind\",\"Target\",\"Section\",\"Note\",\"Via\",\"Condition\",\"Condition products\","
				+ "\"Source document\",\"Source section\"\r\n"
				+ "\"MS-ACME\",\"manages\",\"ZIP\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n"
				+ "\"MS-ACME\",\"runs-over\",\"RPC\",\"1\",\"Stated twice.\",\"named pipes\",\"only from Windows 10\","
				+ "\"Windows 10; Windows 11\",\"MS-XYZ\",\"2.1\"\r\n"
				+ "\"MS-ACME\",\"uses\",\"ZIP\",\"\",\"\",\"\",\"only in Windows NT, Windows 11\",\"Windows NT; Windows 11\","
				+ "\"RFC 1001\",\"\"\r\n"
				+ "\"MS-ACME\",\"uses\",\"TCP\",\"\",\"\",\"\",\"only in Windows NT, Windows 11\",\"Windows NT; Windows 11\","
				+ "\"RFC 1001\",\"\"\r\n"
				+ "\"MS-ACME\",\"requires\",\"TCP\",\"\",\"\",\"\",\"only up to Windows 2000\",\"Windows NT; Windows 2000\","
				+ "\"C706\",\"3\"\r\n"
				+ "\"RPC\",\"runs-over\",\"named pipes\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n"
				+ "\"RPC\",\"runs-over\",\"TCP\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n"
				+ "\"ZIP\",\"uses\",\"MS-ACME\",\"\",\"\",\"\",\"only from Windows 10\",\"Windows 10; Windows 11\",\"\",\"\"\r\n",
				files.get("relations.csv"));
		String technologies = files.get("technologies.csv");
		assertTrue(technologies.startsWith("\"ID\",\"Name\",\"Title\",\"Aliases\",\"Status\",\"Area\",\"Layer\","
				+ "\"Sections\",\"Description\",\"Remarks\",\"Applies\",\"Applies products\"\r\n"), technologies);
		assertTrue(technologies.contains("\r\n\"shelf::ZIP\",\"ZIP\",\"\",\"Deflate archive; Zip file; PKZIP\","
				+ "\"current\",\"2\",\"\",\"1\",\"\",\"The library's remark.; First remark.; Second remark.\","
				+ "\"from Windows NT up to Windows 11\",\"Windows NT; Windows 2000; Windows 10; Windows 11\"\r\n"),
				technologies);
		String specifications = files.get("specifications.csv");
		assertTrue(specifications.startsWith("\"ID\",\"Short name\",\"Title\",\"Kind\",\"Status\",\"Area\",\"Layer\","
				+ "\"Sections\",\"Description\",\"Aliases\",\"Remarks\",\"Applies\",\"Applies products\"\r\n"),
				specifications);
		assertTrue(specifications.contains("\r\n\"shelf::MS-SHOV\",\"MS-SHOV\",\"Shelf Overview\",\"overview\","
				+ "\"current\",\"2\",\"\",\"\",\"\",\"Shelf overview\",\"\",\"\",\"\"\r\n"), specifications);
	}

	@Test
	void graphEdgesAndNodesCarryTheNewFacts() {
		ExportGraph graph = ExportGraph.of(ModelContents.of(resources));
		assertEquals(List.of("n1 ZIP from Windows NT up to Windows 11", "n2 ZAP null", "n3 TCP null", "n4 MS-SHOV null",
				"n5 MS-ACME null", "n6 ZAP null", "n7 RPC null", "n8 named pipes null"),
				graph.nodes().stream().map(n -> n.id() + " " + n.name() + " " + n.applies()).toList());
		ExportGraph.Edge runsOver = graph.edges().get(1);
		assertEquals("n5 n7 runs-over [named pipes] only from Windows 10 [Windows 10, Windows 11] MS-XYZ 2.1",
				runsOver.source() + " " + runsOver.target() + " " + runsOver.kind() + " " + runsOver.via() + " "
						+ runsOver.condition() + " " + runsOver.conditionProducts() + " " + runsOver.sourceDocument()
						+ " " + runsOver.sourceSection());
	}

	@Test
	void graphMlHasADataKeyForEachNewFact() {
		String graphMl = GraphMlExport.write(ExportGraph.of(ModelContents.of(resources)));
		for (String key : List.of("applies\" for=\"node", "via\" for=\"edge", "condition\" for=\"edge",
				"conditionProducts\" for=\"edge", "sourceDocument\" for=\"edge", "sourceSection\" for=\"edge")) {
			assertTrue(graphMl.contains("<key id=\"" + key + "\""), key + " in " + graphMl);
		}
		assertTrue(graphMl.contains("<edge id=\"e2\" source=\"n5\" target=\"n7\"><data key=\"kind\">runs-over</data>"
				+ "<data key=\"section\">1</data><data key=\"note\">Stated twice.</data>"
				+ "<data key=\"via\">named pipes</data><data key=\"condition\">only from Windows 10</data>"
				+ "<data key=\"conditionProducts\">Windows 10; Windows 11</data>"
				+ "<data key=\"sourceDocument\">MS-XYZ</data><data key=\"sourceSection\">2.1</data></edge>"), graphMl);
		assertTrue(graphMl.contains("<edge id=\"e1\" source=\"n5\" target=\"n1\"><data key=\"kind\">manages</data></edge>"),
				graphMl);
		assertTrue(graphMl.contains("<data key=\"name\">ZIP</data><data key=\"type\">technology</data>"
				+ "<data key=\"status\">current</data><data key=\"applies\">from Windows NT up to Windows 11</data>"),
				graphMl);
	}

	@Test
	void diagramsLabelAConditionedRelationWithItsCondition() {
		ExportGraph graph = ExportGraph.of(ModelContents.of(resources));
		String dot = DotExport.write(graph);
		assertTrue(dot.contains("\tn5 -> n7 [label=\"runs-over only from Windows 10\", style=solid];\n"), dot);
		assertTrue(dot.contains("\tn5 -> n1 [label=\"manages\", style=dashed, color=darkviolet, arrowhead=dot];\n"), dot);
		String mermaid = MermaidExport.write(graph);
		assertTrue(mermaid.contains("\tn5 -->|runs-over only from Windows 10| n7\n"), mermaid);
		assertTrue(mermaid.contains("\tn5 -.->|uses only in Windows NT, Windows 11| n1\n"), mermaid);
		String puml = PlantUmlExport.write(graph);
		assertTrue(puml.contains("n5 --> n7 : runs-over only from Windows 10\n"), puml);
		assertTrue(puml.contains("n5 ..> n1 : manages\n"), puml);
	}
}
