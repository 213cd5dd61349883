package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.workspace.AtomicFiles;
import org.wpo.query.ModelIndex;
import org.wpo.render.FileNames;
import org.wpo.render.ReportSite;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.inject.Inject;
import com.google.inject.Provider;

/** The HTML report: its pages, their links, the search index, and escaping of every model text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class ReportSiteTest {

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	WpoTestSupport support;

	private static Map<String, String> builtInSite;

	private Map<String, String> builtIn() {
		synchronized (ReportSiteTest.class) {
			if (builtInSite == null) {
				builtInSite = ReportSite.files(index());
			}
			return builtInSite;
		}
	}

	private ModelIndex index() {
		return ModelIndex.of(BuiltInModel.get(resourceSets.get(), support).resourceSet);
	}

	@Test
	void everyAreaAndElementHasAPageAndEveryLinkResolves() {
		Map<String, String> site = builtIn();
		ModelIndex index = index();
		assertEquals(6 + index.areas().size() + index.elements().size(), site.size(), site.keySet().toString());
		int links = 0;
		for (Map.Entry<String, String> file : site.entrySet()) {
			if (!file.getKey().endsWith(".html")) {
				continue;
			}
			Document page = Xml.parse(file.getValue());
			for (String[] attribute : Xml.attributes(page)) {
				if (!List.of("href", "src").contains(attribute[1]) || attribute[0].equals("svg")) {
					continue;
				}
				String target = attribute[2];
				if (target.equals("data:,")) {
					continue;
				}
				String local = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
				assertTrue(site.containsKey(local), file.getKey() + " links to a missing " + target);
				links++;
			}
		}
		assertTrue(links > 5000, "links: " + links);
	}

	@Test
	void aSpecificationPageShowsItsRelationsBothWaysWithSections() {
		Map<String, String> site = builtIn();
		ModelIndex index = index();
		Element rpce = index.find("MS-RPCE").orElseThrow();
		Document page = Xml.parse(site.get("element-MS-RPCE.html"));
		List<org.w3c.dom.Element> outgoing = rows(page, "outgoing");
		List<org.w3c.dom.Element> incoming = rows(page, "incoming");
		assertEquals(index.graph().outgoing(rpce).size(), outgoing.size());
		assertEquals(index.graph().incoming(rpce).size(), incoming.size());
		for (int i = 0; i < outgoing.size(); i++) {
			ModelGraph.Edge edge = index.graph().outgoing(rpce).get(i);
			String row = outgoing.get(i).getTextContent();
			assertTrue(row.startsWith(edge.kind().getLiteral() + edge.target().getName()), row);
			if (edge.relation().getSection() != null) {
				assertTrue(row.contains(edge.relation().getSection().getName() + " "), row);
			}
		}
		for (int i = 0; i < incoming.size(); i++) {
			ModelGraph.Edge edge = index.graph().incoming(rpce).get(i);
			String row = incoming.get(i).getTextContent();
			assertTrue(row.startsWith(edge.source().getName()), row);
			assertTrue(row.contains(edge.kind().getLiteral()), row);
		}
		String text = page.getDocumentElement().getTextContent();
		assertTrue(text.contains("Statuscurrent"), "status is shown");
		assertTrue(text.contains("Applies to"), "applicability is shown");
		assertTrue(Xml.all(page).stream().anyMatch(e -> "svg".equals(e.getLocalName())
				&& "stack".equals(e.getAttribute("data-diagram"))), "the page holds the stack diagram");
		assertTrue(text.contains("MS-RPCE \u2192 TCP"), "transport paths are listed");
	}

	@Test
	void applicabilityIsSpelledOut() {
		Map<String, String> site = builtIn();
		ModelIndex index = index();
		Element restricted = index.elements().stream().filter(e -> !e.getApplicabilities().isEmpty()).findFirst().orElseThrow();
		String text = Xml.parse(site.get("element-" + FileNames.safe(restricted.getName()) + ".html")).getDocumentElement()
				.getTextContent();
		String products = org.wpo.dsl.model.Availability.of(restricted).orElseThrow().stream().map(p -> p.getName())
				.reduce((a, b) -> a + ", " + b).orElseThrow();
		assertTrue(text.contains(products), restricted.getName() + ": " + products);
	}

	private static List<org.w3c.dom.Element> rows(Document page, String table) {
		List<org.w3c.dom.Element> rows = new ArrayList<>();
		for (org.w3c.dom.Element t : Xml.withClass(page, "table", table)) {
			rows.addAll(Xml.all(t).stream().filter(e -> e.getLocalName().equals("tr"))
					.filter(e -> Xml.children(e, "td").size() > 0).toList());
		}
		return rows;
	}

	@Test
	void theSearchIndexListsEveryAreaAndElement() {
		Map<String, String> site = builtIn();
		ModelIndex index = index();
		String script = site.get("search-index.js");
		String json = script.substring(script.indexOf('['), script.lastIndexOf(']') + 1);
		JsonArray entries = JsonParser.parseString(json).getAsJsonArray();
		assertEquals(index.elements().size() + index.areas().size(), entries.size());
		for (JsonElement entry : entries) {
			assertTrue(site.containsKey(entry.getAsJsonObject().get("u").getAsString()), entry.toString());
		}
		assertTrue(entries.toString().contains("\"n\":\"MS-RPCE\""));
	}

	@Test
	void theSearchIndexIsGsonsHtmlSafeJsonOfEveryText() {
		ModelIndex index = ModelIndex.of(support.load("odd.wpo", """
				model lab
				area 1 "a=b & <c>" {
					protocol MS-ODD "broken \\uD800 pair" { description "it's \\u2028 here" aka "x", "y" }
				}
				"""));
		String script = ReportSite.files(index).get("search-index.js");
		assertEquals("/* The search index of the report: one entry per area and element. */\n"
				+ "window.WPO_SEARCH = [\n"
				+ "{\"n\":\"MS-ODD\",\"t\":\"broken \uFFFD pair\",\"k\":\"protocol\",\"u\":\"element-MS-ODD.html\","
				+ "\"a\":\"x y\",\"d\":\"it\\u0027s \\u2028 here\"},\n"
				+ "{\"n\":\"1\",\"t\":\"a\\u003db \\u0026 \\u003cc\\u003e\",\"k\":\"area\",\"u\":\"area-1.html\"}\n"
				+ "];\n", script);
		String json = script.substring(script.indexOf('['), script.lastIndexOf(']') + 1);
		JsonArray entries = JsonParser.parseString(json).getAsJsonArray();
		assertEquals("it's \u2028 here", entries.get(0).getAsJsonObject().get("d").getAsString());
		assertEquals("a=b & <c>", entries.get(1).getAsJsonObject().get("t").getAsString());
	}

	@Test
	void aLaterReportRemovesThePagesItNoLongerHasAndNothingElse(@TempDir Path folder) throws Exception {
		ModelIndex before = ModelIndex.of(support.load("before.wpo", """
				model lab
				area 1 "Calls" {
					protocol MS-OLD "Old" { }
					protocol MS-KEPT "Kept" { }
				}
				"""));
		ReportSite.write(before, folder);
		assertTrue(Files.isRegularFile(folder.resolve("element-MS-OLD.html")));
		Files.writeString(folder.resolve("notes.html"), "<html><body>the user's own page</body></html>");
		Files.writeString(folder.resolve("notes.txt"), "the user's own notes");

		ModelIndex after = ModelIndex.of(support.load("after.wpo", """
				model lab
				area 1 "Calls" {
					protocol MS-NEW "New" { }
					protocol MS-KEPT "Kept" { }
				}
				"""));
		List<Path> written = ReportSite.write(after, folder);
		assertFalse(Files.exists(folder.resolve("element-MS-OLD.html")), "the page of the removed element is gone");
		assertTrue(Files.isRegularFile(folder.resolve("element-MS-NEW.html")));
		assertTrue(Files.isRegularFile(folder.resolve("element-MS-KEPT.html")));
		assertEquals("<html><body>the user's own page</body></html>", Files.readString(folder.resolve("notes.html")));
		assertEquals("the user's own notes", Files.readString(folder.resolve("notes.txt")));
		try (Stream<Path> files = Files.list(folder)) {
			Set<Path> all = files.collect(Collectors.toSet());
			Set<Path> expected = new HashSet<>(written);
			expected.add(folder.resolve("notes.html"));
			expected.add(folder.resolve("notes.txt"));
			assertEquals(expected, all);
		}
	}

	@Test
	void theSameModelGivesTheSameSite() {
		assertEquals(builtIn(), ReportSite.files(index()));
	}

	@Test
	void modelTextShowsAsTextOnEveryPage(@TempDir Path folder) throws Exception {
		ModelIndex evil = ModelIndex.of(support.load("evil.wpo", Hostile.MODEL));
		Map<String, String> site = ReportSite.files(evil);
		for (Map.Entry<String, String> file : site.entrySet()) {
			assertTrue(file.getKey().matches("[A-Za-z0-9][A-Za-z0-9._-]*"), file.getKey());
			assertNotNull(AtomicFiles.inside(folder, file.getKey()));
			if (!file.getKey().endsWith(".html")) {
				continue;
			}
			Document page = Xml.parse(file.getValue());
			List<org.w3c.dom.Element> scripts = Xml.all(page).stream().filter(e -> e.getLocalName().equals("script"))
					.toList();
			assertEquals(Set.of("search-index.js", "search.js"),
					Set.copyOf(scripts.stream().map(e -> e.getAttribute("src")).toList()), file.getKey());
			scripts.forEach(s -> assertEquals("", s.getTextContent(), file.getKey()));
			assertTrue(Xml.all(page).stream().noneMatch(e -> List.of("img", "iframe", "style", "b", "i", "foreignObject")
					.contains(e.getLocalName())), file.getKey());
			for (String[] attribute : Xml.attributes(page)) {
				String name = attribute[1].toLowerCase(Locale.ROOT);
				assertFalse(name.startsWith("on"), file.getKey() + " has " + attribute[1]);
				if (name.equals("href") || name.equals("src")) {
					assertFalse(attribute[2].strip().toLowerCase(Locale.ROOT).startsWith("javascript:"),
							file.getKey() + " " + attribute[2]);
				}
			}
		}
		String spec = site.get("element-" + FileNames.safe(Hostile.SPEC) + ".html");
		assertNotNull(spec, site.keySet().toString());
		Document page = Xml.parse(spec);
		org.w3c.dom.Element heading = Xml.all(page).stream().filter(e -> e.getLocalName().equals("h1")).findFirst()
				.orElseThrow();
		assertEquals(Hostile.SPEC + " " + Hostile.SPEC_TITLE, heading.getTextContent());
		String text = page.getDocumentElement().getTextContent();
		assertTrue(text.contains(Hostile.DESCRIPTION), "the description shows as text");
		assertTrue(text.contains(Hostile.AREA + " " + Hostile.AREA_TITLE), "the area shows as text");
		assertTrue(site.containsKey("element-SOAP1.2-1_2F2003-copy.html"), site.keySet().toString());
		assertTrue(site.containsKey("element-_2E._2F.._2Fescape.html"), site.keySet().toString());
		String index = site.get("search-index.js");
		assertFalse(index.contains("<"), "the search index has no raw markup characters");
		String json = index.substring(index.indexOf('['), index.lastIndexOf(']') + 1);
		assertTrue(JsonParser.parseString(json).toString().contains("window.pwned=6"));
	}

	@Test
	void fileNamesAreSafeAndDistinct() {
		assertEquals("SOAP1.2-1_2F2003", FileNames.safe("SOAP1.2-1/2003"));
		assertEquals("MS-RPCE", FileNames.safe("MS-RPCE"));
		assertEquals("named_20pipes", FileNames.safe("named pipes"));
		assertEquals("_2E.", FileNames.safe(".."));
		assertEquals("a_5Fb", FileNames.safe("a_b"));
		assertEquals("_", FileNames.safe(""));
		assertEquals("_C3_A9", FileNames.safe("\u00e9"));
		assertEquals("_5C_3A", FileNames.safe("\\:"));
		assertFalse(FileNames.safe("a b").equals(FileNames.safe("a_20b")));
		assertTrue(FileNames.safe("x".repeat(500)).length() < 140);
	}
}
