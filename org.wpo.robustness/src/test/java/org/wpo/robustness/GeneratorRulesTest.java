package org.wpo.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wpo.dsl.workspace.WpoDiagnostic;

/**
 * The rule of applicability that {@link RelationWriter} and {@link ModelGenerator} keep, as the
 * validator applies it to what extend blocks add: a dependency must find its target wherever its
 * source applies, narrowed by its {@code only} condition, and an {@code applies} that an extend block
 * adds counts as the element's own, for the relations to it and for those from it. (The reverted
 * generator broke this rule; these examples show that a model breaking it is really inconsistent.)
 */
class GeneratorRulesTest {

	private static final String PRODUCTS = """
			model rules
			products {
				product A
				product B
				product C
			}
			""";

	private static List<String> errors(String text) {
		Tool.Checked checked = Tool.check(Map.of("rules.wpo", text));
		Invariants.assertWellPlaced(checked);
		return checked.result().diagnostics().stream().filter(d -> d.severity() == WpoDiagnostic.Severity.ERROR)
				.map(d -> d.line() + ":" + d.column() + ": " + d.code() + ": " + d.message()).toList();
	}

	/** A condition outside the products an extend block gives the target is a conflict; one inside is not. */
	@Test
	void aConditionIsCheckedAgainstTheAppliesOfTheTargetsExtendBlock() {
		assertEquals(List.of("11:12: wpo.applicability-conflict: Applicability conflict: 'U' requires 'T', which is"
				+ " not available in A."), errors(PRODUCTS + """
						area 1 {
							technology T
							technology U {
								requires T only in B
								requires T only from A to B
							}
						}
						extend T {
							applies from B
						}
						"""));
	}

	/** An element that an extend block restricts depends only on what is available wherever it now applies. */
	@Test
	void theSourcesExtendBlockRestrictsWhereItsDependenciesMustHold() {
		assertEquals(List.of("10:13: wpo.applicability-conflict: Applicability conflict: 'V' runs-over 'T', which is"
				+ " not available in A."), errors(PRODUCTS + """
						area 1 {
							technology T { applies from B }
							technology V {
								runs-over T
							}
							technology W {
								runs-over T
							}
						}
						extend V { applies to B }
						extend W { applies in B, C }
						"""));
	}
}
