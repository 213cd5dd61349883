package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.diagram.DiagramContent;
import org.wpo.dsl.ide.hover.Summary;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.export.CsvExport;
import org.wpo.export.ExportGraph;
import org.wpo.export.JsonExport;
import org.wpo.export.ModelContents;
import org.wpo.query.ListQuery;
import org.wpo.query.ModelIndex;
import org.wpo.render.ReportSite;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Which area holds an element, where the two ways of placing it disagree: an element declared
 * inside one area whose {@code area} line names another is held by the area it is declared in, and
 * the hover, the list query, every export, the area map and the report all say so.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class PlacementTest {

	static final String MODEL = """
			model lab
			area 1 "Calls" {
				protocol MS-CALL "Call Protocol" { area 2 }
			}
			area 2 "Transfers" {
				technology Pipes
			}
			protocol MS-LOOSE { area 2 }
			protocol MS-NOWHERE { area 9 }
			""";

	@Inject
	WpoTestSupport support;

	private ModelIndex index() {
		XtextResourceSet set = support.load("main.wpo", MODEL);
		return ModelIndex.of(set);
	}

	private static Element element(ModelIndex index, String name) {
		return index.find(name).orElseThrow();
	}

	private static Area area(ModelIndex index, String name) {
		return index.areas().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void theDeclaringAreaHoldsTheElementAndAnAreaLinePlacesAnElementDeclaredOutside() {
		ModelIndex index = index();
		assertEquals(Optional.of(area(index, "1")), Placement.areaOf(element(index, "MS-CALL")));
		assertEquals(Optional.of(area(index, "2")), Placement.areaOf(element(index, "MS-LOOSE")));
		assertEquals(Optional.empty(), Placement.areaOf(element(index, "MS-NOWHERE")), "area 9 is not found");
		assertEquals(Placement.areaOf(element(index, "MS-CALL")), ListQuery.areaOf(element(index, "MS-CALL")));
	}

	@Test
	void theHoverNamesTheDeclaringArea() {
		ModelIndex index = index();
		assertEquals("1 Calls", fact(Summary.of(element(index, "MS-CALL")), "Area"));
		assertEquals("2 Transfers", fact(Summary.of(element(index, "MS-LOOSE")), "Area"));
		assertEquals("?", fact(Summary.of(element(index, "MS-NOWHERE")), "Area"));
		assertEquals("2 Transfers", fact(Summary.of(element(index, "Pipes")), "Area"));
	}

	private static String fact(Summary summary, String label) {
		return summary.facts().stream().filter(f -> f.label().equals(label)).map(Summary.Fact::value).findFirst()
				.orElseThrow(() -> new AssertionError("no fact " + label + " in " + summary.facts()));
	}

	@Test
	void theListQueryFindsItUnderTheDeclaringArea() {
		ModelIndex index = index();
		assertEquals(List.of("MS-CALL"), names(ListQuery.run(index, new ListQuery.Filter("1", null, null, null))));
		assertEquals(List.of("MS-LOOSE"), names(ListQuery.run(index, new ListQuery.Filter("2", null, null, null))));
	}

	private static List<String> names(List<? extends Element> elements) {
		return elements.stream().map(Element::getName).toList();
	}

	@Test
	void everyExportPutsItInTheDeclaringArea() {
		XtextResourceSet set = support.load("main.wpo", MODEL);
		JsonObject json = JsonParser.parseString(JsonExport.toJson(set.getResources())).getAsJsonObject();
		assertEquals("lab::1", specification(json, "MS-CALL").get("area").getAsString());
		assertEquals("lab::2", specification(json, "MS-LOOSE").get("area").getAsString());
		assertTrue(specification(json, "MS-NOWHERE").get("area").isJsonNull());

		ModelContents contents = ModelContents.of(set.getResources());
		String csv = CsvExport.write(contents).get("specifications.csv");
		assertTrue(csv.contains("\"lab::MS-CALL\",\"MS-CALL\",\"Call Protocol\",\"protocol\",\"current\",\"1\","), csv);
		assertTrue(csv.contains("\"lab::MS-LOOSE\",\"MS-LOOSE\",\"\",\"protocol\",\"current\",\"2\","), csv);

		ExportGraph graph = ExportGraph.of(contents);
		String cluster1 = graph.clusters().stream().filter(c -> c.name().equals("1")).findFirst().orElseThrow().id();
		assertEquals(List.of("MS-CALL"), graph.nodesIn(cluster1).stream().map(ExportGraph.Node::name).toList());
	}

	private static JsonObject specification(JsonObject json, String name) {
		for (JsonElement entry : json.getAsJsonArray("specifications")) {
			if (entry.getAsJsonObject().get("shortName").getAsString().equals(name)) {
				return entry.getAsJsonObject();
			}
		}
		throw new AssertionError("no specification " + name);
	}

	@Test
	void theAreaMapAndTheReportShowItInTheDeclaringArea() {
		ModelIndex index = index();
		DiagramContent map = DiagramContent.areaMap(index);
		DiagramContent.Node call = map.nodes().stream().filter(n -> n.element().getName().equals("MS-CALL"))
				.findFirst().orElseThrow();
		assertEquals(area(index, "1"), call.container().source());

		String page = ReportSite.files(index).get("element-MS-CALL.html");
		assertTrue(page.contains("<dt>Area</dt><dd><a href=\"area-1.html\">1 Calls</a></dd>"), page);
	}
}
