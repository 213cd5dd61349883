package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.diagram.DiagramContent;
import org.wpo.diagram.DiagramStyle;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.Status;
import org.wpo.query.ModelIndex;

import com.google.inject.Inject;

/** What each of the three diagrams shows, and the styling table. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class DiagramContentTest {

	@Inject
	WpoTestSupport support;

	ModelIndex index;

	@BeforeEach
	void load() {
		index = ModelIndex.of(support.load("family.wpo", QueryTest.FAMILY));
	}

	@Test
	void areaMapNestsAreasAndPlacesElements() {
		DiagramContent map = DiagramContent.areaMap(index);
		assertEquals(List.of("2 Application/0", "7 Networking/0", "7.3 Session/1", "7.4 Transport/1"),
				map.containers().stream().map(c -> c.label() + "/" + c.depth()).toList());
		assertEquals("7 Networking", map.containers().get(2).parent().label());
		assertEquals(List.of("DCOM in 7.3 Session", "IP in 7 Networking"), map.nodes().stream()
				.filter(n -> List.of("DCOM", "IP").contains(n.element().getName()))
				.map(n -> n.element().getName() + " in " + n.container().label()).toList());
		assertEquals(List.of(), map.edges());
	}

	@Test
	void layerStackHasALanePerLayerAndRunsOverEdges() {
		DiagramContent stack = DiagramContent.layerStack(index);
		assertEquals(List.of("application", "session", "transport", "network"),
				stack.containers().stream().map(DiagramContent.Container::label).toList());
		assertEquals(8, stack.nodes().size(), "HTTP, MS-COM+, MS-DTYP and MS-OLD have no layer");
		assertEquals(List.of("MS-COMA>DCOM", "MS-COMT>DCOM", "DCOM>RPC", "RPC>named pipes", "RPC>TCP",
				"named pipes>SMB", "SMB>TCP", "TCP>IP"),
				stack.edges().stream().map(e -> e.source().getName() + ">" + e.target().getName()).toList());
	}

	@Test
	void protocolStackOfOneElement() {
		Element coma = index.find("MS-COMA").orElseThrow();
		DiagramContent stack = DiagramContent.stack(index, coma);
		assertEquals(List.of("MS-COMA", "DCOM", "RPC", "named pipes", "TCP", "SMB", "IP", "MS-DTYP", "HTTP"),
				stack.nodes().stream().map(n -> n.element().getName()).toList());
		assertEquals(10, stack.edges().size());
		assertEquals(RelationKind.REQUIRES, stack.edges().get(1).kind());
	}

	@Test
	void statusChangesTheBorderAndTone() {
		Element old = index.find("MS-OLD").orElseThrow();
		assertEquals(Status.LEGACY, old.getStatus());
		DiagramStyle.NodeStyle style = DiagramStyle.node(old);
		assertEquals(DiagramStyle.Line.DASHED, style.border());
		assertEquals(DiagramStyle.Shape.RECTANGLE, style.shape());
		assertEquals(DiagramStyle.Line.SOLID, DiagramStyle.node(index.find("MS-COMA").orElseThrow()).border());
		for (RelationKind kind : RelationKind.values()) {
			assertEquals(true, DiagramStyle.edge(kind) != null, kind.getLiteral());
		}
	}
}
