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
 * The rules of a user's own model on top of another (names, extend blocks, unknown words), failing
 * and passing, with code, object and position; product lines in {@link ProductLineValidationTest},
 * relation conditions and manages in {@link RelationRulesTest}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class UserModelValidationTest {

	private static final WpoPackage WPO = WpoPackage.eINSTANCE;

	/** A library model that user models import, as they import the built-in one. */
	static final String BASE = """
			model base
			products {
				product "Windows 7"
				product "Windows 8"
				product "Windows 10"
			}
			area 1 "Transport" {
				technology TCP
				technology UDP
				technology NamedPipes { runs-over SMB }
				technology SMB { runs-over TCP, NetBIOS }
				technology NetBIOS { runs-over TCP, UDP }
				protocol MS-SMB2 { aka "SMB2" applies from "Windows 8" }
				protocol MS-RPCE { runs-over NamedPipes, TCP, UDP }
				protocol MS-OPEN
			}
			""";

	@Inject
	WpoTestSupport support;

	@Inject
	ValidationTestHelper helper;

	private static int offset(String text, String marker, int occurrence) {
		return ValidationTest.offset(text, marker, occurrence);
	}

	/** The user's file main.wpo beside base.wpo. */
	private Model user(String text) {
		return support.model(support.load("base.wpo", BASE, "main.wpo", text), "main.wpo");
	}

	private List<Issue> issues(String text) {
		return support.validate(support.load("base.wpo", BASE, "main.wpo", text));
	}

	static List<String> lines(List<Issue> issues) {
		return issues.stream().map(i -> i.getUriToProblem().trimFragment().lastSegment() + ":" + i.getLineNumber()
				+ ":" + i.getColumn() + " " + i.getCode() + " " + i.getMessage()).sorted().toList();
	}

	// ------------------------------------------------------------ names

	@Test
	void redeclaringAnImportedName() {
		String text = """
				model lab
				import base
				area 9 "Mine" {
					protocol MS-SMB2 { runs-over TCP }
				}
				""";
		Model model = user(text);
		helper.assertError(model, WPO.getSpecification(), WpoIssueCodes.REDECLARED_NAME, offset(text, "MS-SMB2", 0),
				7, "'MS-SMB2' is already declared by the imported model base (base.wpo line 13); a second declaration"
						+ " would make the name mean two things. Write 'extend MS-SMB2 { ... }' to add to it, or"
						+ " 'new protocol MS-SMB2' for a different element of this model.");
	}

	@Test
	void anAliasThatIsAnImportedName() {
		String text = """
				model lab
				import base
				area 9 "Mine" {
					technology Mine { aka "SMB2" }
				}
				""";
		Model model = user(text);
		helper.assertError(model, WPO.getTechnology(), WpoIssueCodes.REDECLARED_NAME, offset(text, "\"SMB2\"", 0), 6,
				"Alias 'SMB2' of 'Mine' is already a name in the imported model base (base.wpo line 13), where it"
						+ " means 'MS-SMB2'");
	}

	@Test
	void aLayerOrProductThatAnImportedModelDeclares() {
		String base = """
				model base
				layers { layer session layer transport }
				products { product "Windows 7" product "Windows 8" }
				""";
		String text = """
				model lab
				import base
				layers { layer session layer mine }
				products { product "Windows 8" product "Contoso 1" }
				""";
		assertEquals(List.of("main.wpo:3:16 wpo.redeclared-name Layer 'session' is already declared by the imported"
				+ " model base (base.wpo line 2); a second declaration would make the name mean two layers. Remove this"
				+ " one: the file sees the imported layer by its name.",
				"main.wpo:4:20 wpo.redeclared-name Product 'Windows 8' is already declared by the imported model base"
						+ " (base.wpo line 3); a second declaration would make the name mean two products. Remove this"
						+ " one; to add later products, write 'products after \"Windows 8\" { ... }' with the new ones."),
				lines(support.validate(support.load("base.wpo", base, "main.wpo", text))));
	}

	@Test
	void aNewElementMayShadowAnImportedName() {
		assertEquals(List.of(), issues("""
				model lab
				import base
				area 9 "Mine" {
					new technology TCP "Our own TCP stack"
					new protocol MS-SMB2 { runs-over TCP }
				}
				"""));
	}

	@Test
	void relationWrittenTwice() {
		String text = """
				model lab
				import base
				extend MS-OPEN {
					runs-over TCP
					uses SMB
					runs-over TCP
					runs-over TCP only from "Windows 10"
					runs-over MS-RPCE via NamedPipes
					runs-over MS-RPCE via TCP
				}
				""";
		Model model = user(text);
		helper.assertWarning(model, WPO.getRelation(), WpoIssueCodes.DUPLICATE_RELATION,
				offset(text, "runs-over TCP", 1), "runs-over TCP".length(),
				"'MS-OPEN' runs-over 'TCP' a second time (as on line 4); remove the copy.");
		List<Issue> copies = helper.validate(model).stream()
				.filter(i -> WpoIssueCodes.DUPLICATE_RELATION.equals(i.getCode())).toList();
		assertEquals(1, copies.size(), "another condition or via is another relation: " + copies);
	}

	@Test
	void relationWrittenTwiceInAnElementWithItsTargetsInAnotherOrder() {
		String text = """
				model lab
				import base
				area 9 "Mine" {
					new technology TCP {
						runs-over NetBIOS, UDP
						runs-over UDP, NetBIOS note "again"
					}
				}
				""";
		helper.assertWarning(user(text), WPO.getRelation(), WpoIssueCodes.DUPLICATE_RELATION,
				offset(text, "runs-over UDP", 0), "runs-over UDP, NetBIOS note \"again\"".length(),
				"'TCP' runs-over 'UDP', 'NetBIOS' a second time (as on line 5); remove the copy.");
	}

	// ------------------------------------------------------------ extend

	@Test
	void extendAcceptsRelationsAliasesRemarksSectionsCoversAndApplies() {
		assertEquals(List.of(), issues("""
				model lab
				import base
				area 9 "Mine" { technology Mine }
				extend MS-OPEN {
					aka "OPEN", "Open protocol"
					remark "Also on Windows 11."
					remark "Reviewed."
					sections 9
					covers 9
					applies from "Windows 8"
					uses Mine
				}
				"""));
	}

	@Test
	void extendRefusesStatusLayerAreaAndDescription() {
		String text = """
				model lab
				import base
				extend MS-OPEN {
					status legacy
					description "Changed"
				}
				""";
		Model model = user(text);
		helper.assertError(model, WPO.getExtension(), WpoIssueCodes.EXTEND_REFUSED_FEATURE,
				offset(text, "status legacy", 0), "status legacy".length(),
				"An extend block cannot set 'status' of 'MS-OPEN': it adds to the element where it is declared, and"
						+ " cannot change what it says there. extend accepts relations, aka, remark, sections, covers,"
						+ " and applies where the element states none.");
		helper.assertError(model, WPO.getExtension(), WpoIssueCodes.EXTEND_REFUSED_FEATURE,
				offset(text, "description", 0), "description \"Changed\"".length(), "cannot set 'description'");
	}

	@Test
	void extendMayNotAddAppliesWhereTheOriginalHasOne() {
		String text = """
				model lab
				import base
				extend MS-SMB2 {
					applies from "Windows 10"
				}
				""";
		Model model = user(text);
		helper.assertError(model, WPO.getApplicability(), WpoIssueCodes.EXTEND_APPLIES_CONFLICT,
				offset(text, "applies", 0), "applies from \"Windows 10\"".length(),
				"'MS-SMB2' already says which products it applies to (applies from Windows 8, base.wpo line 13); an"
						+ " extend block may add 'applies' only to an element that states none.");
	}

	@Test
	void asecondExtendMayNotAddAppliesAgain() {
		var set = support.load("base.wpo", BASE, "a.wpo", """
				model lab
				import base
				extend MS-OPEN { applies from "Windows 8" }
				""", "b.wpo", """
				model lab
				import base
				extend MS-OPEN {
					applies in "Windows 10"
				}
				""");
		assertEquals(List.of("b.wpo:4:2 wpo.extend-applies-conflict Another extend block of 'MS-OPEN' already says"
				+ " which products it applies to (applies from Windows 8, a.wpo line 3); an element applies to one set"
				+ " of products, so say it once."), lines(support.validate(set)));
	}

	@Test
	void twoAppliesInOneExtend() {
		String text = """
				model lab
				import base
				extend MS-OPEN {
					applies from "Windows 8"
					applies in "Windows 10"
				}
				""";
		Model model = user(text);
		helper.assertError(model, WPO.getExtension(), WpoIssueCodes.REPEATED_FEATURE, offset(text, "applies", 1),
				"applies in \"Windows 10\"".length(), "The extend block of 'MS-OPEN' says 'applies' more than once");
	}

	// ------------------------------------------------------------ unknown words

	@Test
	void unknownRelationKindIsOneErrorListingTheKinds() {
		String text = """
				model lab
				import base
				area 9 "Mine" {
					protocol MS-MINE {
						depends-on MS-SMB2
						runs-over TCP
					}
				}
				""";
		List<Issue> issues = issues(text);
		assertEquals(List.of("main.wpo:5:3 wpo.unknown-word Unknown word 'depends-on': did you mean 'requires'? In an"
				+ " element, a relation starts with its kind (runs-over, extends, profile-of, uses, requires, replaces,"
				+ " renamed-from, obsoletes, part-of, specified-by, manages) and a feature with its keyword (status,"
				+ " layer, area, description, remark, aka, sections, covers, applies)."), lines(issues));
		helper.assertError(user(text), WPO.getUnknownFeature(), WpoIssueCodes.UNKNOWN_WORD,
				offset(text, "depends-on", 0), "depends-on".length());
	}

	@Test
	void aMisspeltKindBeforeTheTailOfARelationIsStillOneError() {
		String text = """
				model lab
				import base
				area 9 "Mine" {
					protocol MS-MINE {
						depnds-on MS-SMB2 via TCP only from "Windows 8" section 9 source MS-FASOD section "2.1" note "why"
						runs-over TCP
					}
				}
				""";
		List<Issue> issues = issues(text);
		assertEquals(1, issues.size(), issues::toString);
		assertEquals("main.wpo:5:3 wpo.unknown-word", lines(issues).get(0).substring(0, "main.wpo:5:3 wpo.unknown-word".length()));
	}

	@Test
	void misspelledWordInAnExtendBlockNamesTheClosestItAccepts() {
		List<Issue> issues = issues("""
				model lab
				import base
				extend MS-OPEN {
					runs-ovr TCP
				}
				""");
		assertEquals(List.of("main.wpo:4:2 wpo.unknown-word Unknown word 'runs-ovr': did you mean 'runs-over'? In an"
				+ " extend block, a relation starts with its kind (runs-over, extends, profile-of, uses, requires,"
				+ " replaces, renamed-from, obsoletes, part-of, specified-by, manages) and a feature with its keyword"
				+ " (aka, remark, sections, covers, applies)."), lines(issues));
	}
}
