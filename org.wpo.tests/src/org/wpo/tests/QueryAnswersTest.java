package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.diagram.DiagramContent;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ImpactQuery;
import org.wpo.query.ListQuery;
import org.wpo.query.ModelIndex;
import org.wpo.query.PathQuery;
import org.wpo.query.ProductScope;
import org.wpo.query.Specifies;
import org.wpo.query.StackQuery;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The answers of stack, impact, path and list on users' models: a document and the technology it
 * specifies answer as one, a relation's via and product condition, products along lines, membership,
 * manages, and names declared twice.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class QueryAnswersTest {

	static final String SPECIFIED = """
			layers { layer application layer session layer transport layer network }
			area 1 "Documents" {
				protocol MS-SMB2 "SMB 2 and 3" { layer transport }
				standard RFC793 "TCP"
				protocol MS-APP { layer application runs-over MS-SMB2 }
				protocol MS-RPCX { layer session runs-over "named pipes" }
			}
			area 2 "Technologies" {
				technology SMB2 { layer transport specified-by MS-SMB2 runs-over TCP }
				technology TCP { layer transport specified-by RFC793 runs-over IP }
				technology IP { layer network }
				technology "named pipes" { layer transport runs-over SMB2 specified-by MS-SMB2 }
			}
			""";

	static final String VIA = """
			technology RPC { runs-over "named pipes", TCP, UDP }
			technology "named pipes" { runs-over SMB }
			technology SMB { runs-over TCP }
			technology TCP { runs-over IP }
			technology UDP { runs-over IP }
			technology IP
			protocol MS-IFACE { runs-over RPC via "named pipes" }
			protocol MS-DEEP { runs-over RPC via SMB }
			protocol MS-ANY { runs-over RPC }
			""";

	static final String PRODUCTS = """
			products { product P1 product P2 product P3 }
			products after P3 { product P4 }
			technology TCP { runs-over IP }
			technology IP
			technology RDMA
			technology QUIC { applies from P4 }
			protocol MS-NEW { applies from P2 runs-over TCP runs-over RDMA only from P4 runs-over QUIC }
			protocol MS-OLD { applies to P1 }
			protocol MS-ALL
			""";

	static final String MEMBERS = """
			technology "file access" "Our file access system" { part-of estate }
			technology estate "Everything we run"
			protocol MS-A { part-of "file access" runs-over TCP }
			protocol MS-B { part-of "file access" uses MS-A }
			technology TCP
			protocol MS-USER { uses MS-A }
			protocol MS-CLIENT { runs-over "file access" }
			protocol MS-ADMIN { manages MS-A }
			""";

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	WpoTestSupport support;

	private ModelIndex index(String text) {
		return ModelIndex.of(support.load("user.wpo", text));
	}

	/** The user's files after the built-in model, as the command line loads them. */
	private ModelIndex withLibrary(String... namesAndTexts) {
		XtextResourceSet set = resourceSets.get();
		BuiltInLibrary.load(set);
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			Resource resource = set.createResource(URI.createURI("test:/" + namesAndTexts[i]));
			try {
				resource.load(new ByteArrayInputStream(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)), null);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		EcoreUtil.resolveAll(set);
		return ModelIndex.of(set);
	}

	private static Element get(ModelIndex index, String name) {
		return index.find(name).orElseThrow();
	}

	/** Each needed element as "NAME KIND VIA[/THROUGH]", in layer order. */
	private static List<String> needed(StackQuery.Result stack) {
		return stack.byLayer().values().stream().flatMap(List::stream)
				.map(n -> n.element().getName() + " " + n.kind().getLiteral() + " " + n.via().getName()
						+ (n.through() == null ? "" : "/" + n.through().getName()))
				.toList();
	}

	private static List<String> paths(StackQuery.Result stack) {
		return stack.transportPaths().stream()
				.map(p -> p.stream().map(Element::getName).collect(Collectors.joining(" > "))).toList();
	}

	/** Each dependent as "KIND: NAME on ON[/THROUGH] DEPTH", kinds in result order. */
	private static List<String> dependents(ImpactQuery.Result impact) {
		return impact.byKind().values().stream().flatMap(List::stream)
				.map(d -> d.kind().getLiteral() + ": " + d.element().getName() + " on " + d.on().getName()
						+ (d.through() == null ? "" : "/" + d.through().getName()) + " " + d.depth())
				.toList();
	}

	private static List<String> chains(PathQuery.Result result) {
		return result.chains().stream().map(c -> result.from().getName() + c.steps().stream()
				.map(s -> " -" + s.label() + "-> " + s.target().getName()).collect(Collectors.joining()))
				.toList();
	}

	private static List<String> names(List<? extends Element> elements) {
		return elements.stream().map(Element::getName).toList();
	}

	@Test
	void aDocumentIsStackedThroughTheTechnologyItSpecifies() {
		ModelIndex index = index(SPECIFIED);
		StackQuery.Result stack = StackQuery.run(index, get(index, "MS-SMB2"));
		assertEquals(List.of("SMB2"), names(stack.partners()));
		assertEquals(List.of("TCP runs-over MS-SMB2/SMB2", "IP runs-over TCP"), needed(stack));
		assertEquals(List.of("MS-SMB2 > SMB2 > TCP > IP"), paths(stack));

		StackQuery.Result app = StackQuery.run(index, get(index, "MS-APP"));
		assertEquals(List.of("MS-SMB2 runs-over MS-APP", "TCP runs-over MS-SMB2/SMB2", "IP runs-over TCP"), needed(app));
		assertEquals(List.of("MS-APP > MS-SMB2 > SMB2 > TCP > IP"), paths(app));
	}

	@Test
	void aConstructBuiltOnWhatSpecifiesItIsNotOneWithIt() {
		ModelIndex index = index(SPECIFIED);
		assertEquals(List.of(), Specifies.partners(index.graph(), get(index, "named pipes")));
		assertEquals(List.of("SMB2"), names(Specifies.group(index.graph(), get(index, "MS-SMB2")).subList(1, 2)));
		assertEquals("SMB2, which MS-SMB2 specifies",
				Specifies.through(get(index, "MS-SMB2"), get(index, "SMB2"), index.graph()));
		assertEquals("MS-SMB2, which specifies SMB2",
				Specifies.through(get(index, "SMB2"), get(index, "MS-SMB2"), index.graph()));
	}

	@Test
	void theImpactOfADocumentIsThatOfTheTechnologyItSpecifies() {
		ModelIndex index = index(SPECIFIED);
		assertEquals(List.of("runs-over: MS-APP on MS-SMB2 1", "runs-over: named pipes on MS-SMB2/SMB2 1",
				"runs-over: MS-RPCX on named pipes 2"), dependents(ImpactQuery.run(index, get(index, "MS-SMB2"))));
		ImpactQuery.Result ofRfc = ImpactQuery.run(index, get(index, "RFC793"));
		assertEquals(List.of("TCP"), names(ofRfc.partners()));
		assertEquals(List.of("runs-over: SMB2 on RFC793/TCP 1", "runs-over: named pipes on SMB2 2",
				"runs-over: MS-APP on SMB2/MS-SMB2 2", "runs-over: MS-RPCX on named pipes 3"), dependents(ofRfc));
	}

	@Test
	void aPathStepsFromADocumentToTheTechnologyItSpecifies() {
		ModelIndex index = index(SPECIFIED);
		assertEquals(List.of("MS-SMB2 -specifies-> SMB2 -runs-over-> TCP -runs-over-> IP"),
				chains(PathQuery.run(index, get(index, "MS-SMB2"), get(index, "IP"))));
		assertEquals(List.of("MS-APP -runs-over-> MS-SMB2 -specifies-> SMB2 -runs-over-> TCP -specified-by-> RFC793"),
				chains(PathQuery.run(index, get(index, "MS-APP"), get(index, "RFC793"))));
	}

	@Test
	void theStackDiagramDrawsWhatTheStackQueryFollowed() {
		ModelIndex index = index(SPECIFIED);
		DiagramContent diagram = DiagramContent.stack(index, get(index, "MS-SMB2"));
		assertEquals(List.of("MS-SMB2", "SMB2", "TCP", "IP"), diagram.nodes().stream().map(n -> n.element().getName()).toList());
		assertEquals(List.of("SMB2 runs-over TCP", "TCP runs-over IP"), diagram.edges().stream()
				.map(e -> e.source().getName() + " " + e.kind().getLiteral() + " " + e.target().getName()).toList());
	}

	@Test
	void viaKeepsOnlyTheNamedCarrierBelowTheTarget() {
		ModelIndex index = index(VIA);
		StackQuery.Result iface = StackQuery.run(index, get(index, "MS-IFACE"));
		assertEquals(List.of("MS-IFACE > RPC > named pipes > SMB > TCP > IP"), paths(iface));
		assertEquals(List.of("RPC runs-over MS-IFACE", "named pipes runs-over RPC", "SMB runs-over named pipes",
				"TCP runs-over SMB", "IP runs-over TCP"), needed(iface));
		assertEquals(List.of("MS-DEEP > RPC > named pipes > SMB > TCP > IP"), paths(StackQuery.run(index, get(index, "MS-DEEP"))));
		assertEquals(List.of("MS-ANY > RPC > named pipes > SMB > TCP > IP", "MS-ANY > RPC > TCP > IP",
				"MS-ANY > RPC > UDP > IP"), paths(StackQuery.run(index, get(index, "MS-ANY"))));
		DiagramContent diagram = DiagramContent.stack(index, get(index, "MS-IFACE"));
		assertTrue(diagram.edges().stream().noneMatch(e -> e.target().getName().equals("UDP")));
	}

	@Test
	void aStackInOneProductLeavesOutWhatDoesNotApplyAndSaysWhy() {
		ModelIndex index = index(PRODUCTS);
		Element msNew = get(index, "MS-NEW");
		StackQuery.Result inP3 = StackQuery.run(index, msNew, ProductScope.of(index.product("P3").orElseThrow()));
		assertNull(inP3.rootWhyNot());
		assertEquals(List.of("TCP runs-over MS-NEW", "IP runs-over TCP"), needed(inP3));
		assertEquals(List.of("RDMA: only from P4", "QUIC: applies from P4"), inP3.notApplying().stream()
				.map(n -> n.element().getName() + ": " + n.reason()).toList());
		assertEquals(List.of("MS-NEW > TCP > IP"), paths(inP3));

		StackQuery.Result inP4 = StackQuery.run(index, msNew, ProductScope.of(index.product("P4").orElseThrow()));
		assertEquals(List.of("TCP runs-over MS-NEW", "RDMA runs-over MS-NEW", "QUIC runs-over MS-NEW", "IP runs-over TCP"),
				needed(inP4));
		assertEquals(List.of(), inP4.notApplying());

		StackQuery.Result inP1 = StackQuery.run(index, msNew, ProductScope.of(index.product("P1").orElseThrow()));
		assertEquals("applies from P2", inP1.rootWhyNot());
	}

	@Test
	void listByProductFollowsTheProductLines() {
		ModelIndex index = index(PRODUCTS);
		assertEquals(List.of("MS-NEW", "MS-ALL"), names(ListQuery.run(index,
				new ListQuery.Filter(null, null, null, null, index.product("P4").orElseThrow()))));
		assertEquals(List.of("MS-OLD", "MS-ALL"), names(ListQuery.run(index,
				new ListQuery.Filter(null, null, null, null, index.product("p1").orElseThrow()))));
		assertEquals(List.of("P4"), index.closestProducts("Q4", 1));
	}

	@Test
	void aWholesImpactListsItsMembersAndWhatDependsOnTheWholeOnly() {
		ModelIndex index = index(MEMBERS);
		ImpactQuery.Result system = ImpactQuery.run(index, get(index, "file access"));
		assertEquals(List.of("MS-A", "MS-B"), names(system.members()));
		assertEquals(List.of("runs-over: MS-CLIENT on file access 1", "part-of: estate on file access 1"),
				dependents(system));
	}

	@Test
	void aMembersImpactReachesItsWholeAndWhatDependsOnIt() {
		ModelIndex index = index(MEMBERS);
		assertEquals(List.of("runs-over: MS-CLIENT on file access 2", "uses: MS-B on MS-A 1", "uses: MS-USER on MS-A 1",
				"manages: MS-ADMIN on MS-A 1", "part-of: file access on MS-A 1", "part-of: estate on file access 2"),
				dependents(ImpactQuery.run(index, get(index, "MS-A"))));
	}

	@Test
	void stackFollowsNeitherMembershipNorManagement() {
		ModelIndex index = index(MEMBERS);
		StackQuery.Result system = StackQuery.run(index, get(index, "file access"));
		assertEquals(List.of(), needed(system));
		assertEquals(List.of("MS-A", "MS-B"), names(system.members()));
		assertEquals(List.of(), needed(StackQuery.run(index, get(index, "MS-ADMIN"))));
		assertEquals(0, ImpactQuery.run(index, get(index, "MS-ADMIN")).size());
		assertEquals(List.of("TCP runs-over MS-A"), needed(StackQuery.run(index, get(index, "MS-A"))));
	}

	@Test
	void aPathThatRunsTheOtherWayIsShown() {
		ModelIndex index = index(MEMBERS);
		PathQuery.Result result = PathQuery.run(index, get(index, "estate"), get(index, "MS-A"));
		assertEquals(List.of(), result.chains());
		assertEquals(List.of("MS-A -part-of-> file access -part-of-> estate"), chains(result.reverse()));
		assertNull(PathQuery.run(index, get(index, "MS-USER"), get(index, "MS-CLIENT")).reverse());
	}

	@Test
	void aNameDeclaredAgainAnswersAsTheUsersReferencesResolve() {
		ModelIndex index = withLibrary("acme.wpo", """
				model acme
				import mswpo
				area 1 "Acme" {
					new protocol MS-SMB2 "Acme's own SMB2" { runs-over TCP }
					protocol MS-ACME { runs-over MS-SMB2 }
				}
				""");
		Element own = get(index, "MS-SMB2");
		assertEquals("acme::MS-SMB2", ModelNames.id(own));
		assertEquals("mswpo::MS-SMB2", ModelNames.id(get(index, "mswpo::MS-SMB2")));
		assertEquals(own, get(index, "acme::MS-SMB2"));
		assertEquals(List.of("mswpo::MS-SMB2"), index.shadowed(own).stream().map(ModelNames::id).toList());
		Element acme = get(index, "MS-ACME");
		assertEquals(own, acme.getRelations().get(0).getTargets().get(0), "the user's reference resolves to its own");
		assertEquals(List.of("TCP runs-over MS-SMB2"), needed(StackQuery.run(index, own)).subList(0, 1));
		assertEquals(List.of("SMB2"), names(StackQuery.run(index, get(index, "mswpo::MS-SMB2")).partners()));
	}

	@Test
	void anUnnamedUserModelComesBeforeWhatItImports() {
		ModelIndex index = withLibrary("mine.wpo", """
				import mswpo
				new technology TCP "Our TCP"
				""");
		assertEquals("Our TCP", get(index, "TCP").getTitle());
		assertEquals("Transmission Control Protocol", get(index, "mswpo::TCP").getTitle());
	}

	@Test
	void aNameComesBeforeAnAliasOfAnotherElement() {
		ModelIndex index = index("""
				technology "Server Message Block" { aka "SMB", "SMB1" }
				technology SMB
				""");
		assertEquals("SMB", get(index, "SMB").getName());
		assertEquals("Server Message Block", get(index, "SMB1").getName());
		assertEquals("Server Message Block", get(index, "smb1").getName());
	}
}
