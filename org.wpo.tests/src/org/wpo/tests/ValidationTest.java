package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/** Each validation rule, failing and passing, with its code, the offending object and position. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class ValidationTest {

	private static final WpoPackage WPO = WpoPackage.eINSTANCE;

	private static final String LAYERS = """
			layers {
				layer session
				layer transport
				layer network
			}
			""";

	@Inject
	WpoTestSupport support;

	@Inject
	ValidationTestHelper helper;

	private Model parse(String text) {
		return support.model(support.load("main.wpo", text), "main.wpo");
	}

	/** Offset of the n-th (0-based) occurrence of a marker in the text. */
	static int offset(String text, String marker, int occurrence) {
		int at = -1;
		for (int i = 0; i <= occurrence; i++) {
			at = text.indexOf(marker, at + 1);
		}
		if (at < 0) {
			throw new IllegalArgumentException(marker);
		}
		return at;
	}

	// ------------------------------------------------------------ duplicates

	@Test
	void duplicateNameInOneFile() {
		String text = """
				area 1 "A" {
					protocol MS-ABC "First"
					protocol MS-ABC "Second"
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getSpecification(), WpoIssueCodes.DUPLICATE_NAME, offset(text, "MS-ABC", 0), 6,
				"Duplicate specification or technology name 'MS-ABC'", "main.wpo");
		helper.assertError(model, WPO.getSpecification(), WpoIssueCodes.DUPLICATE_NAME, offset(text, "MS-ABC", 1), 6);
	}

	@Test
	void duplicateNameAcrossFilesIsReportedInBoth() {
		var set = support.load("a.wpo", """
				area 1 "A" {
					technology TCP
				}
				""", "b.wpo", """
				area 2 "B" {
					// the same name again, in another file
					technology TCP "Transmission Control Protocol"
				}
				""");
		List<Issue> issues = support.validate(set);
		List<String> found = issues.stream().filter(i -> WpoIssueCodes.DUPLICATE_NAME.equals(i.getCode()))
				.map(i -> i.getUriToProblem().trimFragment().lastSegment() + ":" + i.getLineNumber() + ":"
						+ i.getColumn() + " " + i.getMessage())
				.sorted().toList();
		assertEquals(List.of(
				"a.wpo:2:13 Duplicate specification or technology name 'TCP': also declared in b.wpo.",
				"b.wpo:3:13 Duplicate specification or technology name 'TCP': also declared in a.wpo."), found);
	}

	@Test
	void sameNameInDifferentModelNamespacesIsAllowed() {
		var set = support.load("a.wpo", """
				model one
				area 1 "A" { technology TCP }
				""", "b.wpo", """
				model two
				area 1 "A" { technology TCP }
				""");
		assertEquals(List.of(), support.validate(set));
	}

	@Test
	void aliasClashingWithAnotherName() {
		String text = """
				area 1 "A" {
					technology SMB { aka "CIFS" }
					technology CIFS
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getTechnology(), WpoIssueCodes.DUPLICATE_NAME, offset(text, "\"CIFS\"", 0), 6,
				"Alias 'CIFS' of 'SMB'");
	}

	@Test
	void duplicateAreaLayerAndProduct() {
		String text = """
				layers { layer session layer session }
				products { product "Windows 7" product "Windows 7" }
				area 1 "A" { technology T }
				area 1 "Again" { technology U }
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getLayer(), WpoIssueCodes.DUPLICATE_NAME, offset(text, "session", 1), 7,
				"Duplicate layer name 'session'");
		helper.assertError(model, WPO.getProduct(), WpoIssueCodes.DUPLICATE_NAME, offset(text, "\"Windows 7\"", 1),
				11, "Duplicate product name 'Windows 7'");
		helper.assertError(model, WPO.getArea(), WpoIssueCodes.DUPLICATE_NAME, offset(text, "1 \"Again\"", 0), 1,
				"Duplicate area name '1'");
	}

	// ------------------------------------------------------------ short names

	@Test
	void microsoftKindNeedsMicrosoftShortName() {
		String text = """
				area 1 "A" {
					protocol C706 "DCE 1.1: Remote Procedure Call"
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getSpecification(), WpoIssueCodes.SHORT_NAME_KIND, offset(text, "C706", 0), 4,
				"Short name 'C706' does not fit kind protocol");
	}

	@Test
	void standardMayNotCarryMicrosoftShortName() {
		String text = """
				area 1 "A" {
					standard MS-RPCE
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getSpecification(), WpoIssueCodes.SHORT_NAME_KIND, offset(text, "MS-RPCE", 0),
				7, "its kind is standard");
	}

	@Test
	void malformedRfcName() {
		String text = """
				area 1 "A" {
					standard "RFC 768"
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getSpecification(), WpoIssueCodes.SHORT_NAME_KIND, offset(text, "\"RFC 768\"", 0),
				9, "does not fit an RFC");
	}

	@Test
	void technologyWithSpecificationShortName() {
		String text = """
				area 1 "A" {
					technology RFC768
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getTechnology(), WpoIssueCodes.SHORT_NAME_KIND, offset(text, "RFC768", 0), 6,
				"has a specification's short name");
	}

	@Test
	void wellFormedShortNamesPass() {
		assertEquals(List.of(), support.validate("""
				area 1 "A" {
					protocol MS-RPCE
					format MS-DTYP
					algorithm MS-XCA
					overview MS-ADOD { covers 1 }
					protocol MC-SQLR
					standard RFC768
					standard C706
					standard "SOAP1.2-1/2003"
					technology SMB
				}
				"""));
	}

	// ------------------------------------------------------------ cycles

	@Test
	void runsOverCycleListsTheWholeCycle() {
		String text = LAYERS + """
				area 1 "A" {
					technology A { runs-over B }
					technology B { runs-over C }
					technology C { runs-over A }
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getRelation(), WpoIssueCodes.RUNS_OVER_CYCLE,
				offset(text, "runs-over B", 0) + "runs-over ".length(), 1,
				"Cycle through runs-over: A -> B -> C -> A.");
		helper.assertError(model, WPO.getRelation(), WpoIssueCodes.RUNS_OVER_CYCLE,
				offset(text, "runs-over A", 0) + "runs-over ".length(), 1,
				"Cycle through runs-over: C -> A -> B -> C.");
	}

	@Test
	void replacesCycleAcrossFilesAndExtensions() {
		var set = support.load("a.wpo", """
				area 1 "A" {
					protocol MS-FRS2 { replaces MS-FRS1 }
					protocol MS-FRS1
				}
				""", "b.wpo", """
				extend MS-FRS1 {
					replaces MS-FRS2
				}
				""");
		List<String> found = support.validate(set).stream()
				.filter(i -> WpoIssueCodes.REPLACES_CYCLE.equals(i.getCode()))
				.map(i -> i.getUriToProblem().trimFragment().lastSegment() + ":" + i.getLineNumber() + ":"
						+ i.getColumn() + " " + i.getMessage())
				.sorted().toList();
		assertEquals(List.of("a.wpo:2:30 Cycle through replaces: MS-FRS2 -> MS-FRS1 -> MS-FRS2.",
				"b.wpo:2:11 Cycle through replaces: MS-FRS1 -> MS-FRS2 -> MS-FRS1."), found);
	}

	@Test
	void acyclicChainPasses() {
		assertEquals(List.of(), support.validate("""
				area 1 "A" {
					technology A { runs-over B, C }
					technology B { runs-over C }
					technology C
				}
				"""));
	}

	// ------------------------------------------------------------ layers

	@Test
	void layerInversion() {
		String text = LAYERS + """
				area 1 "A" {
					technology TCP { layer transport runs-over RPC }
					technology RPC { layer session }
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getRelation(), WpoIssueCodes.LAYER_INVERSION,
				offset(text, "runs-over RPC", 0) + "runs-over ".length(), 3,
				"Layer inversion: 'TCP' (transport) runs over 'RPC' (session), which is in a higher layer.");
	}

	@Test
	void runningOverTheSameOrALowerLayerPasses() {
		assertEquals(List.of(), support.validate(LAYERS + """
				area 1 "A" {
					technology RPC { layer session runs-over TCP }
					technology TCP { layer transport runs-over IP }
					technology IP { layer network }
					technology SPX { layer transport runs-over TCP }
				}
				"""));
	}

	// ------------------------------------------------------------ self relation

	@Test
	void relationToItself() {
		String text = """
				area 1 "A" {
					technology SMB { uses TCP, SMB }
					technology TCP
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getRelation(), WpoIssueCodes.SELF_RELATION, offset(text, "SMB }", 0), 3,
				"'SMB' uses itself.");
	}

	// ------------------------------------------------------------ applicability

	private static final String PRODUCTS = """
			products {
				product "Windows NT"
				product "Windows 2000"
				product "Windows XP"
				product "Windows Server 2003"
			}
			""";

	@Test
	void applicabilityConflict() {
		String text = PRODUCTS + """
				area 1 "A" {
					protocol MS-NEW { applies from "Windows 2000" runs-over OLD }
					technology OLD { applies to "Windows XP" }
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getRelation(), WpoIssueCodes.APPLICABILITY_CONFLICT,
				offset(text, "runs-over OLD", 0) + "runs-over ".length(), 3,
				"'MS-NEW' runs-over 'OLD', which is not available in Windows Server 2003.");
	}

	@Test
	void applicabilityWithinRangePasses() {
		assertEquals(List.of(), support.validate(PRODUCTS + """
				area 1 "A" {
					protocol MS-NEW { applies in "Windows XP", "Windows 2000" requires OLD }
					technology OLD { applies from "Windows NT" to "Windows XP" }
					protocol MS-ANY { requires OLD }
				}
				"""));
	}

	@Test
	void emptyProductRange() {
		String text = PRODUCTS + """
				area 1 "A" {
					protocol MS-X { applies from "Windows XP" to "Windows NT" }
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getApplicability(), WpoIssueCodes.INVALID_APPLICABILITY,
				offset(text, "\"Windows XP\" to", 0), 12, "comes after");
	}

	// ------------------------------------------------------------ status

	@Test
	void currentElementRunningOverDeprecatedOne() {
		String text = """
				area 1 "A" {
					protocol MS-A { requires MS-B }
					protocol MS-B { status deprecated }
					protocol MS-C { status legacy requires MS-B }
				}
				""";
		Model model = parse(text);
		helper.assertWarning(model, WPO.getRelation(), WpoIssueCodes.DEPRECATED_DEPENDENCY,
				offset(text, "MS-B }", 0), 4, "Current 'MS-A' requires 'MS-B', which is deprecated.");
		List<Issue> warnings = helper.validate(model).stream()
				.filter(i -> WpoIssueCodes.DEPRECATED_DEPENDENCY.equals(i.getCode())).toList();
		assertEquals(1, warnings.size(), "a legacy element may depend on a deprecated one: " + warnings);
	}

	// ------------------------------------------------------------ areas

	@Test
	void specificationInNoArea() {
		String text = """
				protocol MS-LOOSE
				area 1 "A" { protocol MS-PLACED }
				protocol MS-ELSEWHERE { area 1 }
				""";
		Model model = parse(text);
		helper.assertWarning(model, WPO.getSpecification(), WpoIssueCodes.UNPLACED_SPECIFICATION,
				offset(text, "MS-LOOSE", 0), 8, "'MS-LOOSE' is placed in no area");
		assertEquals(1, helper.validate(model).size(), helper.validate(model).toString());
	}

	@Test
	void emptyArea() {
		String text = """
				area 1 "Holds something" { technology T }
				area 2 "Cited" area 3 "Nothing"
				area 4 "Host" { technology U { sections 2 } }
				""";
		Model model = parse(text);
		helper.assertWarning(model, WPO.getArea(), WpoIssueCodes.EMPTY_AREA, offset(text, "3 \"Nothing\"", 0), 1,
				"Area '3' is empty");
		List<Issue> all = helper.validate(model);
		assertEquals(1, all.size(), all.toString());
	}

	// ------------------------------------------------------------ references

	@Test
	void unresolvedReferenceNamesTheName() {
		String text = """
				area 1 "A" { technology SMB { runs-over TPC } }
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getRelation(), WpoIssueCodes.UNRESOLVED_REFERENCE, offset(text, "TPC", 0), 3,
				"no specification or technology named 'TPC'");
	}

	@Test
	void unknownImport() {
		String text = """
				import nowhere
				area 1 "A" { technology T }
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getImport(), WpoIssueCodes.UNKNOWN_IMPORT, offset(text, "nowhere", 0), 7,
				"Unknown model 'nowhere'");
	}

	@Test
	void coversOnlyOnOverviews() {
		String text = """
				area 1 "A" { protocol MS-X { covers 1 } }
				""";
		Model model = parse(text);
		helper.assertWarning(model, WPO.getSpecification(), WpoIssueCodes.COVERS_ON_NON_OVERVIEW,
				offset(text, "1 }", 0), 1, "Only overview documents cover areas");
	}

	@Test
	void severitiesAreAsDocumented() {
		List<Issue> issues = support.validate("""
				protocol MS-LOOSE { runs-over MS-LOOSE }
				""");
		assertTrue(issues.stream().anyMatch(
				i -> i.getCode().equals(WpoIssueCodes.SELF_RELATION) && i.getSeverity() == Severity.ERROR));
		assertTrue(issues.stream().anyMatch(i -> i.getCode().equals(WpoIssueCodes.UNPLACED_SPECIFICATION)
				&& i.getSeverity() == Severity.WARNING));
	}
}
