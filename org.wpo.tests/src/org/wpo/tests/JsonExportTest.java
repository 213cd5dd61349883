package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.export.JsonExport;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/** The JSON export: its keys, and the values it writes for each kind of declaration. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class JsonExportTest {

	@Inject
	WpoTestSupport support;

	private JsonObject export() {
		var set = support.load("sample.wpo", Samples.ALL_CONSTRUCTS, "other.wpo", Samples.OTHER);
		return JsonParser.parseString(JsonExport.toJson(set.getResources())).getAsJsonObject();
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
	void topLevelKeysInOrder() {
		assertEquals(List.of("areas", "specifications", "technologies", "relations", "products"),
				List.copyOf(export().keySet()));
	}

	@Test
	void areasWithSectionAndParent() {
		JsonArray areas = export().getAsJsonArray("areas");
		JsonObject com = find(areas, "id", "sample::2.2.1");
		assertEquals("Component Object Model (COM)", com.get("title").getAsString());
		assertEquals("2.2.1", com.get("section").getAsString());
		assertEquals("sample::2", com.get("parent").getAsString());
		assertTrue(find(areas, "id", "sample::2").get("parent").isJsonNull());
		assertEquals(5, areas.size(), "four areas in the sample and one in the other file: " + areas);
	}

	@Test
	void specificationEntries() {
		JsonObject coma = find(export().getAsJsonArray("specifications"), "shortName", "MS-COMA");
		assertEquals("COM+ Remote Administration Protocol", coma.get("title").getAsString());
		assertEquals("protocol", coma.get("kind").getAsString());
		assertEquals("current", coma.get("status").getAsString());
		assertEquals("sample::2.2.1", coma.get("area").getAsString());
		assertEquals("application", coma.get("layer").getAsString());
		assertEquals("[\"2.2.1\",\"7.3\"]", coma.get("sections").toString());
		assertEquals("{\"from\":\"Windows 2000\",\"to\":\"Windows Server 2003\","
				+ "\"text\":\"from Windows 2000 up to Windows Server 2003\","
				+ "\"products\":[\"Windows 2000\",\"Windows Server 2003\"]}", coma.get("applicability").toString());
		assertEquals("element", coma.get("applicabilityStatedIn").getAsString());
		assertEquals("[]", coma.get("aliases").toString());
		JsonObject adod = find(export().getAsJsonArray("specifications"), "shortName", "MS-ADOD");
		assertEquals("overview", adod.get("kind").getAsString());
		assertEquals("[\"sample::2\",\"sample::7.3\"]", adod.get("covers").toString());
	}

	@Test
	void technologyEntries() {
		JsonObject dcom = find(export().getAsJsonArray("technologies"), "name", "DCOM");
		assertEquals("[\"DCOM Remote Protocol\",\"COM over RPC\"]", dcom.get("aliases").toString());
		assertEquals("session", dcom.get("layer").getAsString());
	}

	@Test
	void oneRelationEntryPerTargetWithShortNames() {
		JsonArray relations = export().getAsJsonArray("relations");
		JsonObject first = relations.get(0).getAsJsonObject();
		assertEquals("{\"source\":\"MS-COMA\",\"kind\":\"runs-over\",\"target\":\"DCOM\",\"section\":\"2.2.1\","
				+ "\"note\":\"Stated in the COM+ section.\",\"via\":[],\"condition\":null,\"sourceDocument\":null,"
				+ "\"sourceSection\":null}", first.toString());
		long dcomRunsOver = relations.asList().stream().map(JsonElement::getAsJsonObject)
				.filter(r -> r.get("source").getAsString().equals("DCOM")
						&& r.get("kind").getAsString().equals("runs-over"))
				.count();
		assertEquals(2, dcomRunsOver);
		JsonObject extension = find(relations, "source", "C706");
		assertEquals("SOAP1.1", extension.get("target").getAsString());
		assertEquals("specified-by", extension.get("kind").getAsString());
	}

	@Test
	void productsInOrder() {
		assertEquals("[{\"name\":\"Windows NT\",\"title\":\"Windows NT operating system\",\"line\":\"Windows NT\","
				+ "\"position\":1,\"after\":null},"
				+ "{\"name\":\"Windows 2000\",\"title\":null,\"line\":\"Windows NT\",\"position\":2,\"after\":\"Windows NT\"},"
				+ "{\"name\":\"Windows Server 2003\",\"title\":null,\"line\":\"Windows NT\",\"position\":3,"
				+ "\"after\":\"Windows 2000\"}]",
				export().getAsJsonArray("products").toString());
	}
}
