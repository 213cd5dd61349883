package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.query.ImpactQuery;
import org.wpo.query.ListQuery;
import org.wpo.query.ModelIndex;
import org.wpo.query.PathQuery;
import org.wpo.query.StackQuery;

import com.google.inject.Inject;

/** The stack, impact, path and list queries, and name look-up, on a small protocol family. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class QueryTest {

	static final String FAMILY = """
			layers {
				layer application
				layer session
				layer transport
				layer network
			}
			area 2 "Application" {
				protocol MS-COMA "COM+ Remote Administration Protocol" { layer application runs-over DCOM requires MS-DTYP }
				protocol MS-COMT { layer application runs-over DCOM }
				protocol "MS-COM+" { extends DCOM uses MS-COMA }
				format MS-DTYP "Windows Data Types" { status current }
				protocol MS-OLD { status legacy }
			}
			area 7 "Networking" {
				area 7.3 "Session" {
					technology DCOM { layer session runs-over RPC }
					technology RPC { layer session runs-over "named pipes", TCP, HTTP }
				}
				area 7.4 "Transport" {
					technology "named pipes" { layer transport runs-over SMB }
					technology SMB { layer transport runs-over TCP }
					technology TCP { layer transport runs-over IP }
					technology HTTP { runs-over TCP }
				}
				technology IP { layer network }
			}
			""";

	@Inject
	WpoTestSupport support;

	ModelIndex index;

	@BeforeEach
	void load() {
		index = ModelIndex.of(support.load("family.wpo", FAMILY));
	}

	private Element get(String name) {
		return index.find(name).orElseThrow();
	}

	private static String names(List<Element> elements) {
		return elements.stream().map(Element::getName).collect(Collectors.joining(" > "));
	}

	@Test
	void stackGroupsEverythingNeededByLayer() {
		StackQuery.Result stack = StackQuery.run(index, get("MS-COMA"));
		List<String> layers = stack.byLayer().keySet().stream().map(l -> l == null ? "(none)" : l.getName()).toList();
		assertEquals(List.of("session", "transport", "network", "(none)"), layers);
		assertEquals("DCOM,RPC", stack.byLayer().entrySet().stream().filter(e -> e.getKey() != null
				&& e.getKey().getName().equals("session")).flatMap(e -> e.getValue().stream())
				.map(n -> n.element().getName()).collect(Collectors.joining(",")));
		assertEquals(List.of("MS-DTYP", "HTTP"),
				stack.byLayer().get(null).stream().map(n -> n.element().getName()).toList());
		StackQuery.Needed dtyp = stack.byLayer().get(null).get(0);
		assertEquals(RelationKind.REQUIRES, dtyp.kind());
		assertEquals("MS-COMA", dtyp.via().getName());
	}

	@Test
	void stackListsTheAlternativeTransportPaths() {
		StackQuery.Result stack = StackQuery.run(index, get("MS-COMA"));
		assertEquals(List.of(
				"MS-COMA > DCOM > RPC > named pipes > SMB > TCP > IP",
				"MS-COMA > DCOM > RPC > TCP > IP",
				"MS-COMA > DCOM > RPC > HTTP > TCP > IP"),
				stack.transportPaths().stream().map(QueryTest::names).toList());
		assertFalse(stack.pathsTruncated());
	}

	@Test
	void anExtensionTakesTheTransportOfWhatItExtends() {
		StackQuery.Result stack = StackQuery.run(index, get("MS-COM+"));
		assertEquals("MS-COM+ > DCOM > RPC > TCP > IP", names(stack.transportPaths().get(1)));
	}

	@Test
	void impactByKindDirectAndTransitive() {
		ImpactQuery.Result impact = ImpactQuery.run(index, get("DCOM"));
		assertEquals(List.of("MS-COMA", "MS-COMT"), impact.byKind().get(RelationKind.RUNS_OVER).stream()
				.map(d -> d.element().getName()).toList());
		assertEquals("MS-COM+", impact.byKind().get(RelationKind.EXTENDS).get(0).element().getName());
		assertEquals(3, impact.size());

		ImpactQuery.Result ofTcp = ImpactQuery.run(index, get("TCP"));
		ImpactQuery.Dependent coma = ofTcp.byKind().get(RelationKind.RUNS_OVER).stream()
				.filter(d -> d.element().getName().equals("MS-COMA")).findFirst().orElseThrow();
		assertEquals(3, coma.depth());
		assertEquals("DCOM", coma.on().getName());
		assertTrue(ofTcp.byKind().get(RelationKind.RUNS_OVER).stream().anyMatch(d -> d.direct()
				&& d.element().getName().equals("SMB")));
	}

	@Test
	void pathsShortestFirst() {
		PathQuery.Result result = PathQuery.run(index, get("MS-COMA"), get("TCP"));
		List<String> chains = result.chains().stream().map(c -> c.steps().get(0).source().getName() + c.steps()
				.stream().map(e -> " -" + e.label() + "-> " + e.target().getName())
				.collect(Collectors.joining())).toList();
		assertEquals(List.of(
				"MS-COMA -runs-over-> DCOM -runs-over-> RPC -runs-over-> TCP",
				"MS-COMA -runs-over-> DCOM -runs-over-> RPC -runs-over-> HTTP -runs-over-> TCP",
				"MS-COMA -runs-over-> DCOM -runs-over-> RPC -runs-over-> named pipes -runs-over-> SMB -runs-over-> TCP"),
				chains);
		assertTrue(PathQuery.run(index, get("TCP"), get("MS-COMA")).chains().isEmpty());
	}

	@Test
	void listFilters() {
		assertEquals(List.of("MS-COMA", "MS-COMT", "MS-COM+", "MS-DTYP", "MS-OLD"),
				ListQuery.run(index, new ListQuery.Filter("2", null, null, null)).stream().map(Element::getName)
						.toList());
		assertEquals(List.of("MS-DTYP"), ListQuery.run(index, new ListQuery.Filter(null, "format", null, null))
				.stream().map(Element::getName).toList());
		assertEquals(List.of("MS-COMA", "MS-COMT"),
				ListQuery.run(index, new ListQuery.Filter("Application", "protocol", "application", "current"))
						.stream().map(Element::getName).toList());
		assertEquals(List.of("MS-OLD"), ListQuery.run(index, new ListQuery.Filter(null, null, null, "legacy"))
				.stream().map(Element::getName).toList());
		assertEquals(List.of(), ListQuery.run(index, new ListQuery.Filter("7", null, null, null)));
	}

	@Test
	void unknownNamesGetTheClosestKnownNames() {
		assertTrue(index.find("MS-COMX").isEmpty());
		assertEquals(List.of("MS-COM+", "MS-COMA", "MS-COMT"), index.closest("MS-COMX", 3), "ties in name order");
		assertEquals("MS-COMA", index.find("ms-coma").orElseThrow().getName(), "case is forgiven when unambiguous");
		assertEquals(List.of("named pipes"), index.closest("pipes", 3));
	}

	@Test
	void aVeryLongUnknownNameIsAnsweredAtOnce() {
		// The edit distance to every known name would take minutes for a million characters.
		String name = "MS-COM" + "X".repeat(1_000_000);
		long started = System.nanoTime();
		assertEquals(List.of(), index.closest(name, 5));
		assertEquals(List.of("MS-COMA"), index.closest("MS-COMA".substring(0, 6) + "A", 1));
		assertTrue(System.nanoTime() - started < 2_000_000_000L, "took " + (System.nanoTime() - started) / 1_000_000 + " ms");
	}
}
