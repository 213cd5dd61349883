package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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

/**
 * The rules of a relation's qualifiers ({@code only} conditions, {@code via}) and of the manages
 * kind, failing and passing, with code, object and position.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class RelationRulesTest {

	private static final WpoPackage WPO = WpoPackage.eINSTANCE;

	private static final String LAYERS = """
			layers {
				layer application
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
		return support.model(support.load("main.wpo", UserModelValidationTest.BASE.replace("model base\n", "")
				+ text), "main.wpo");
	}

	private List<Issue> issues(String text) {
		return support.validate(UserModelValidationTest.BASE.replace("model base\n", "") + text);
	}

	/** The offset of a marker of the test's text in the file, which starts with the base model. */
	private static int offset(String text, String marker, int occurrence) {
		return UserModelValidationTest.BASE.length() - "model base\n".length()
				+ ValidationTest.offset(text, marker, occurrence);
	}

	// ------------------------------------------------------------ conditions

	@Test
	void conditionWithAnEmptyRangeIsAnErrorLikeAnAppliesStatement() {
		String text = """
				area 9 "Mine" {
					protocol MS-MINE { runs-over TCP only from "Windows 10" to "Windows 7" }
				}
				""";
		helper.assertError(parse(text), WPO.getApplicability(), WpoIssueCodes.INVALID_APPLICABILITY,
				offset(text, "\"Windows 10\" to", 0), "\"Windows 10\"".length(),
				"The condition 'only ...' names no product: 'Windows 10' comes after 'Windows 7' in the product list,"
						+ " so the range is empty.");
	}

	@Test
	void conditionOutsideTheSourcesProducts() {
		String text = """
				area 9 "Mine" {
					protocol MS-MINE {
						applies from "Windows 8"
						uses TCP only to "Windows 8"
					}
				}
				""";
		helper.assertWarning(parse(text), WPO.getRelation(), WpoIssueCodes.CONDITION_OUTSIDE_APPLICABILITY,
				offset(text, "only", 0), "only to \"Windows 8\"".length(),
				"The condition 'only up to Windows 8' names Windows 7, where 'MS-MINE' itself does not apply (it"
						+ " applies from Windows 8).");
	}

	@Test
	void conditionNarrowsWhereADependencyMustBeAvailable() {
		List<Issue> issues = issues("""
				area 9 "Mine" {
					protocol MS-MINE {
						applies from "Windows 7"
						runs-over MS-SMB2 only from "Windows 8"
					}
					protocol MS-OLD {
						applies from "Windows 7"
						runs-over MS-SMB2
					}
				}
				""");
		assertEquals(List.of("'MS-OLD' runs-over 'MS-SMB2', which is not available in Windows 7."),
				issues.stream().map(Issue::getMessage).map(m -> m.substring(m.indexOf('\''))).toList(),
				issues::toString);
	}

	// ------------------------------------------------------------ via

	@Test
	void viaNamesOneOfTheTargetsCarriers() {
		assertEquals(List.of(), issues("""
				area 9 "Mine" {
					protocol MS-MINE { runs-over MS-RPCE via NamedPipes }
				}
				"""));
	}

	@Test
	void viaThatIsNotACarrierOfTheTarget() {
		String text = """
				area 9 "Mine" {
					protocol MS-MINE { runs-over MS-RPCE via NetBIOS }
				}
				""";
		helper.assertError(parse(text), WPO.getRelation(), WpoIssueCodes.INVALID_VIA, offset(text, "NetBIOS", 0),
				"NetBIOS".length(), "'NetBIOS' is not a carrier of 'MS-RPCE': 'via' chooses among the target's own"
						+ " runs-over alternatives, which are NamedPipes, TCP, UDP.");
	}

	@Test
	void viaOnATargetThatRunsOverNothing() {
		String text = """
				area 9 "Mine" {
					protocol MS-MINE { uses MS-OPEN via TCP }
				}
				""";
		helper.assertError(parse(text), WPO.getRelation(), WpoIssueCodes.INVALID_VIA, offset(text, "TCP", 0), 3,
				"'TCP' is not a carrier of 'MS-OPEN': 'MS-OPEN' runs over nothing, so 'via' has nothing to choose from.");
	}

	// ------------------------------------------------------------ manages

	@Test
	void managesCycle() {
		String text = """
				area 9 "Mine" {
					protocol MS-ADMA { manages MS-ADMB }
					protocol MS-ADMB { manages MS-ADMA }
				}
				""";
		Model model = parse(text);
		helper.assertError(model, WPO.getRelation(), WpoIssueCodes.MANAGES_CYCLE, offset(text, "MS-ADMB }", 0), 7,
				"Cycle through manages: MS-ADMA -> MS-ADMB -> MS-ADMA.");
		helper.assertError(model, WPO.getRelation(), WpoIssueCodes.MANAGES_CYCLE, offset(text, "MS-ADMA }", 0), 7,
				"Cycle through manages: MS-ADMB -> MS-ADMA -> MS-ADMB.");
	}

	@Test
	void managingItself() {
		String text = """
				area 9 "Mine" {
					protocol MS-ADM { manages MS-ADM }
				}
				""";
		helper.assertError(parse(text), WPO.getRelation(), WpoIssueCodes.SELF_RELATION, offset(text, "MS-ADM }", 0), 6,
				"'MS-ADM' manages itself.");
	}

	@Test
	void managesCrossesLayersBothWays() {
		assertEquals(List.of(), support.validate(LAYERS + """
				area 9 "Mine" {
					protocol MS-ADM { layer application manages IPsec, MS-APP }
					technology IPsec { layer network manages MS-APP }
					protocol MS-APP { layer application manages MS-TREE }
					protocol MS-TREE { manages MS-LEAF }
					protocol MS-LEAF
					protocol MS-ROOT { manages MS-TREE }
				}
				"""));
	}
}
