package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
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
import org.wpo.export.MermaidExport;
import org.wpo.export.ModelContents;
import org.wpo.export.PlantUmlExport;
import org.wpo.export.XmiExport;

import com.google.inject.Inject;

/** The content of the diagram, table and EMF exports on a small model with awkward names. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class DiagramExportTest {

	static final String MODEL = """
			area 7.3 "Session \\"quoted\\" <layer>" {
				technology RPC "Remote Procedure Call" { runs-over TCP section 7.3 note "a|b" }
				protocol MS-OLD "Old # protocol" { status deprecated extends RPC }
			}
			technology TCP
			""";

	@Inject
	WpoTestSupport support;

	List<Resource> resources;
	ExportGraph graph;

	@BeforeEach
	void load() {
		resources = List.copyOf(support.load("m.wpo", MODEL).getResources());
		graph = ExportGraph.of(ModelContents.of(resources));
	}

	@Test
	void graphHasNodesEdgesAndClusters() {
		assertEquals(List.of("n1 RPC technology c1", "n2 MS-OLD protocol c1", "n3 TCP technology null"),
				graph.nodes().stream().map(n -> n.id() + " " + n.name() + " " + n.type() + " " + n.clusterId())
						.toList());
		assertEquals(List.of("n1 runs-over n3 7.3", "n2 extends n1 null"),
				graph.edges().stream().map(e -> e.source() + " " + e.kind() + " " + e.target() + " " + e.section())
						.toList());
	}

	@Test
	void dot() {
		String dot = DotExport.write(graph);
		assertTrue(dot.startsWith("digraph wpo {\n"), dot);
		assertTrue(dot.contains("\tsubgraph cluster_c1 {\n\t\tlabel=\"7.3 Session \\\"quoted\\\" <layer>\";\n"), dot);
		assertTrue(dot.contains("\t\tn1 [label=\"RPC\\nRemote Procedure Call\", shape=ellipse];\n"), dot);
		assertTrue(dot.contains("n2 [label=\"MS-OLD\\nOld # protocol\", shape=box, style=\"dashed,filled\""), dot);
		assertTrue(dot.contains("\tn1 -> n3 [label=\"runs-over\", style=solid];\n"), dot);
		assertTrue(dot.contains("\tn2 -> n1 [label=\"extends\", style=bold, arrowhead=onormal];\n"), dot);
		assertTrue(dot.endsWith("}\n"));
	}

	@Test
	void mermaid() {
		String mermaid = MermaidExport.write(graph);
		assertTrue(mermaid.startsWith("flowchart TB\n\tn3(\"TCP\")\n\tsubgraph c1[\"7.3 Session #quot;quoted#quot; #lt;layer#gt;\"]\n"),
				mermaid);
		assertTrue(mermaid.contains("\t\tn2[\"MS-OLD<br/>Old #35; protocol\"]\n"), mermaid);
		assertTrue(mermaid.contains("\tn1 -->|runs-over| n3\n\tn2 ==>|extends| n1\n"), mermaid);
		assertTrue(mermaid.contains("\tclass n2 deprecated\n"), mermaid);
	}

	@Test
	void plantUml() {
		String puml = PlantUmlExport.write(graph);
		assertTrue(puml.startsWith("@startuml\n"));
		assertTrue(puml.contains("package \"7.3 Session <U+0022>quoted<U+0022> <layer>\" as c1 {\n"), puml);
		assertTrue(puml.contains("  component \"MS-OLD\\nOld # protocol\" as n2 <<protocol>> #line.dashed\n"), puml);
		assertTrue(puml.contains("n2 --|> n1 : extends\n"), puml);
		assertTrue(puml.endsWith("@enduml\n"));
	}

	@Test
	void graphMlNestsAreasAndEscapesText() throws Exception {
		String graphMl = GraphMlExport.write(graph);
		var document = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		document.setNamespaceAware(true);
		var parsed = document.newDocumentBuilder()
				.parse(new ByteArrayInputStream(graphMl.getBytes(StandardCharsets.UTF_8)));
		var nodes = parsed.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
		assertEquals(4, nodes.getLength(), "three elements and one area");
		assertTrue(graphMl.contains("<data key=\"title\">Session \"quoted\" &lt;layer&gt;</data>"), graphMl);
		assertTrue(graphMl.contains("<edge id=\"e1\" source=\"n1\" target=\"n3\"><data key=\"kind\">runs-over</data>"
				+ "<data key=\"section\">7.3</data><data key=\"note\">a|b</data></edge>"), graphMl);
	}

	@Test
	void csvFilesQuoteEveryField() {
		Map<String, String> files = CsvExport.write(ModelContents.of(resources));
		assertEquals(List.of("specifications.csv", "technologies.csv", "relations.csv"), List.copyOf(files.keySet()));
		assertEquals("\"ID\",\"Short name\",\"Title\",\"Kind\",\"Status\",\"Area\",\"Layer\",\"Sections\",\"Description\","
				+ "\"Aliases\",\"Remarks\",\"Applies\",\"Applies products\"\r\n"
				+ "\"MS-OLD\",\"MS-OLD\",\"Old # protocol\",\"protocol\",\"deprecated\",\"7.3\",\"\",\"\",\"\",\"\",\"\",\"\","
				+ "\"\"\r\n", files.get("specifications.csv"));
		assertEquals("\"Source\",\"Kind\",\"Target\",\"Section\",\"Note\",\"Via\",\"Condition\",\"Condition products\","
				+ "\"Source document\",\"Source section\"\r\n"
				+ "\"RPC\",\"runs-over\",\"TCP\",\"7.3\",\"a|b\",\"\",\"\",\"\",\"\",\"\"\r\n"
				+ "\"MS-OLD\",\"extends\",\"RPC\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n", files.get("relations.csv"));
	}

	@Test
	void xmiLoadsBackIntoAnEqualModel() throws Exception {
		String xmi = XmiExport.write(resources);
		XMIResourceImpl loaded = new XMIResourceImpl(URI.createURI("test:/back.xmi"));
		loaded.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), Map.of());
		List<EObject> originals = resources.stream().flatMap(r -> r.getContents().stream()).toList();
		assertEquals(originals.size(), loaded.getContents().size());
		assertTrue(EcoreUtil.equals(originals, loaded.getContents()), xmi);
	}
}
