package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.diagram.DiagramStyle;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.export.DotExport;
import org.wpo.export.ExportGraph;
import org.wpo.export.MermaidExport;
import org.wpo.export.ModelContents;
import org.wpo.export.PlantUmlExport;

import com.google.inject.Inject;

/**
 * The manages kind (one protocol remotely administers or configures another element) where diagrams
 * and diagram exports name relation kinds one by one: its own edge style, and its arrow in DOT,
 * Mermaid and PlantUML.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class ManagesKindTest {

	static final String MODEL = """
			area 10 "Systems Management" {
				protocol MS-ADMIN "Admin Protocol" { manages DNS section 10 }
			}
			technology DNS
			""";

	@Inject
	WpoTestSupport support;

	ExportGraph graph;

	@BeforeEach
	void load() {
		List<Resource> resources = List.copyOf(support.load("m.wpo", MODEL).getResources());
		graph = ExportGraph.of(ModelContents.of(resources));
	}

	@Test
	void managesHasAnEdgeStyleOfItsOwn() {
		DiagramStyle.EdgeStyle manages = DiagramStyle.edge(RelationKind.MANAGES);
		assertEquals(new DiagramStyle.EdgeStyle("#8E44AD", DiagramStyle.Line.DASHED, DiagramStyle.Arrow.CIRCLE, 1),
				manages);
		Set<DiagramStyle.EdgeStyle> others = java.util.Arrays.stream(RelationKind.values())
				.filter(kind -> kind != RelationKind.MANAGES).map(DiagramStyle::edge).collect(Collectors.toSet());
		assertEquals(RelationKind.values().length - 1, others.size(), "every other kind has its own style");
		assertTrue(!others.contains(manages), "manages shares a style with another kind");
		// Not the color of any other kind either, so that it stands out when lines cross.
		assertTrue(others.stream().noneMatch(style -> style.color().equals(manages.color())), others.toString());
	}

	@Test
	void dotDrawsManagesDashedWithADot() {
		assertTrue(DotExport.write(graph).contains(
				"\tn1 -> n2 [label=\"manages\", style=dashed, color=darkviolet, arrowhead=dot];\n"), DotExport.write(graph));
	}

	@Test
	void plantUmlAndMermaidLabelTheManagesArrow() {
		assertTrue(PlantUmlExport.write(graph).contains("n1 ..> n2 : manages\n"), PlantUmlExport.write(graph));
		assertTrue(MermaidExport.write(graph).contains("\tn1 -.->|manages| n2\n"), MermaidExport.write(graph));
	}
}
