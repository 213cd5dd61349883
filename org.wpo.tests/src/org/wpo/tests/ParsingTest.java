package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.LayerSet;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.ProductSet;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Status;
import org.wpo.dsl.wpo.Technology;

import com.google.inject.Inject;

/** Parsing of every construct of the language. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class ParsingTest {

	@Inject
	WpoTestSupport support;

	private Model sample() {
		return support.model(support.load("sample.wpo", Samples.ALL_CONSTRUCTS, "other.wpo", Samples.OTHER),
				"sample.wpo");
	}

	@Test
	void everyConstructParsesAndValidates() {
		var set = support.load("sample.wpo", Samples.ALL_CONSTRUCTS, "other.wpo", Samples.OTHER);
		List<Issue> issues = support.validate(set);
		// The sample's only complaint: a current element runs over nothing deprecated, so none is expected.
		assertEquals(List.of(), issues.stream().map(Issue::toString).toList());
	}

	@Test
	void modelNameImportsLayersAndProducts() {
		Model model = sample();
		assertEquals("sample", model.getName());
		assertEquals("other", model.getImports().get(0).getImportedNamespace());
		LayerSet layers = (LayerSet) model.getMembers().get(0);
		assertEquals(List.of("application", "session", "transport"),
				layers.getLayers().stream().map(l -> l.getName()).toList());
		assertEquals("Application layer", layers.getLayers().get(0).getTitle());
		assertNull(layers.getLayers().get(1).getTitle());
		ProductSet products = (ProductSet) model.getMembers().get(1);
		assertEquals(List.of("Windows NT", "Windows 2000", "Windows Server 2003"),
				products.getProducts().stream().map(p -> p.getName()).toList());
	}

	@Test
	void areasNestWithSectionNumbers() {
		Area chapter = (Area) sample().getMembers().get(2);
		assertEquals("2", chapter.getName());
		assertEquals("Application Services", chapter.getTitle());
		assertEquals("Services that applications call.", chapter.getDescription());
		Area section = (Area) chapter.getMembers().get(0);
		assertEquals("2.2.1", section.getName());
		assertEquals("Component Object Model (COM)", section.getTitle());
		assertEquals(4, section.getMembers().size());
		assertEquals("2.9", ((Area) chapter.getMembers().get(1)).getName());
	}

	@Test
	void specificationFeatures() {
		Area section = (Area) ((Area) sample().getMembers().get(2)).getMembers().get(0);
		Specification coma = (Specification) section.getMembers().get(0);
		assertEquals(SpecKind.PROTOCOL, coma.getKind());
		assertEquals("MS-COMA", coma.getName());
		assertEquals("COM+ Remote Administration Protocol", coma.getTitle());
		assertEquals(Status.CURRENT, coma.getStatus());
		assertEquals("application", coma.getLayer().getName());
		assertEquals(List.of("2.2.1", "7.3"), coma.getSections().stream().map(Area::getName).toList());
		assertEquals("Windows 2000", coma.getApplicabilities().get(0).getFrom().getName());
		assertEquals("Windows Server 2003", coma.getApplicabilities().get(0).getTo().getName());
		Relation runsOver = coma.getRelations().get(0);
		assertEquals(RelationKind.RUNS_OVER, runsOver.getKind());
		assertEquals("DCOM", runsOver.getTargets().get(0).getName());
		assertEquals("2.2.1", runsOver.getSection().getName());
		assertEquals("Stated in the COM+ section.", runsOver.getNote());
		assertEquals(RelationKind.REQUIRES, coma.getRelations().get(1).getKind());

		Specification dtyp = (Specification) section.getMembers().get(1);
		assertEquals(SpecKind.FORMAT, dtyp.getKind());
		assertEquals("A data type reference.", dtyp.getRemark());
		Specification xca = (Specification) section.getMembers().get(2);
		assertEquals(SpecKind.ALGORITHM, xca.getKind());
		assertEquals(Status.LEGACY, xca.getStatus());
		assertEquals(List.of("Windows NT", "Windows 2000"),
				xca.getApplicabilities().get(0).getProducts().stream().map(p -> p.getName()).toList());
		assertEquals("ZIP", xca.getRelations().get(0).getTargets().get(0).getName());
		Specification adod = (Specification) section.getMembers().get(3);
		assertEquals(SpecKind.OVERVIEW, adod.getKind());
		assertEquals(List.of("2", "7.3"), adod.getCovers().stream().map(Area::getName).toList());
		assertNull(adod.getApplicabilities().get(0).getFrom());
		assertEquals("Windows 2000", adod.getApplicabilities().get(0).getTo().getName());
	}

	@Test
	void technologiesAliasesAndEveryRelationKind() {
		Model model = sample();
		Area session = (Area) model.getMembers().get(3);
		Technology dcom = (Technology) session.getMembers().get(0);
		assertEquals(List.of("DCOM Remote Protocol", "COM over RPC"), dcom.getAliases());
		assertEquals(List.of("RPC", "named pipes"),
				dcom.getRelations().get(0).getTargets().stream().map(Element::getName).toList());
		List<RelationKind> kinds = session.getMembers().stream().map(Element.class::cast)
				.flatMap(e -> e.getRelations().stream()).map(Relation::getKind).distinct().toList();
		assertTrue(kinds.containsAll(List.of(RelationKind.RUNS_OVER, RelationKind.EXTENDS, RelationKind.PROFILE_OF,
				RelationKind.PART_OF, RelationKind.SPECIFIED_BY, RelationKind.REPLACES, RelationKind.RENAMED_FROM,
				RelationKind.OBSOLETES)), kinds.toString());
		assertEquals("layer", ((Element) session.getMembers().get(6)).getName());
		Extension extension = (Extension) model.getMembers().get(4);
		assertEquals("C706", extension.getTarget().getName());
		assertSame(session.getMembers().get(4), extension.getRelations().get(0).getTargets().get(0));
	}

	@Test
	void emptyFileIsAnEmptyModel() {
		var set = support.load("empty.wpo", "");
		assertTrue(support.model(set, "empty.wpo").getMembers().isEmpty());
	}

	// ------------------------------------------------------------ bad input

	private static String describe(Issue issue) {
		return issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getCode();
	}

	@Test
	void syntaxErrorHasLineAndColumn() {
		List<Issue> issues = support.validate("""
				area 1 "A" {
					protocol MS-A {
						runs-over
					}
				}
				""");
		assertEquals("4:2 org.eclipse.xtext.diagnostics.Diagnostic.Syntax", describe(issues.get(0)));
		assertTrue(issues.get(0).getMessage().contains("'}'"), issues.get(0).getMessage());
	}

	@Test
	void unknownKeyword() {
		List<Issue> issues = support.validate("""
				area 1 "A" {
					protocl MS-A
				}
				""");
		assertEquals("2:2 org.eclipse.xtext.diagnostics.Diagnostic.Syntax", describe(issues.get(0)));
		assertTrue(issues.get(0).getMessage().contains("protocl"), issues.get(0).getMessage());
	}

	@Test
	void unterminatedString() {
		List<Issue> issues = support.validate("""
				area 1 "A" {
					protocol MS-A "Never closed
					protocol MS-B "Closed"
				}
				""");
		assertEquals("2:16 " + WpoIssueCodes.UNTERMINATED_STRING, describe(issues.get(0)));
		assertEquals("Unterminated string: a string must end with a double quote on the line where it starts.",
				issues.get(0).getMessage());
		assertTrue(issues.stream().noneMatch(i -> i.getLineNumber() == 3), "the next line parses: " + issues);
	}

	@Test
	void binaryContentGivesDiagnosticsNotExceptions() {
		List<Issue> issues = support.validate("\u0000\u0001\u0002area\u0000\uFFFD");
		assertTrue(!issues.isEmpty());
		assertEquals(1, issues.get(0).getLineNumber());
		assertEquals("org.eclipse.xtext.diagnostics.Diagnostic.Syntax", issues.get(0).getCode());
	}

	@Test
	void unresolvedReferenceCode() {
		List<Issue> issues = support.validate("""
				area 1 "A" { technology T { layer nowhere } }
				""");
		assertEquals("1:35 " + WpoIssueCodes.UNRESOLVED_REFERENCE, describe(issues.get(0)));
		assertEquals("Unresolved reference: no layer named 'nowhere' is visible here.", issues.get(0).getMessage());
	}
}
