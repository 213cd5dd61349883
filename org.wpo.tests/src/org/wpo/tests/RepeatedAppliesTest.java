package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.validation.WpoIssueCodes;

import com.google.inject.Inject;

/**
 * An element that says {@code applies} twice: the file still formats (the grammar keeps both
 * statements in a list, where it once dropped the first and the formatter failed on it), and
 * validation reports the second one.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class RepeatedAppliesTest {

	static final String TEXT = """
			products { product A product B product C }
			technology T { applies from A   applies in B, C }
			""";

	@Inject
	FormatterTestHelper formatter;

	@Inject
	WpoTestSupport support;

	@Test
	void aFileWithTwoAppliesFormats() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(TEXT);
			request.setExpectation("""
					products {
						product A
						product B
						product C
					}

					technology T {
						applies from A
						applies in B, C
					}
					""");
		});
	}

	@Test
	void theSecondAppliesIsReported() {
		List<Issue> issues = support.validate(TEXT);
		List<String> repeated = issues.stream().filter(i -> WpoIssueCodes.REPEATED_FEATURE.equals(i.getCode()))
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage()).toList();
		assertEquals(List.of("2:33 'T' says 'applies' more than once; only the last one would count, so say it once."),
				repeated);
		assertEquals(TEXT.indexOf("applies in"), issues.stream()
				.filter(i -> WpoIssueCodes.REPEATED_FEATURE.equals(i.getCode())).findFirst().orElseThrow().getOffset());
	}

	@Test
	void everyOtherFeatureSaidTwiceIsReportedAtItsSecondPlace() {
		String text = """
				layers { layer session layer transport }
				area 9 "Nine" { }
				area 10 "Ten" { }
				technology T {
					status current layer session area 9 description "one" remark "first"
					status deprecated layer transport area 10 description "two" remark "second"
					aka "tee", "the T"
					runs-over U
				}
				technology U
				""";
		List<Issue> repeated = support.validate(text).stream()
				.filter(i -> WpoIssueCodes.REPEATED_FEATURE.equals(i.getCode())).toList();
		assertEquals(List.of("status", "layer", "area", "description", "remark"),
				repeated.stream().map(i -> i.getData()[0]).toList());
		// each at the second value
		assertEquals(List.of(text.indexOf("deprecated"), text.indexOf("transport area"),
				text.indexOf("10 description"), text.indexOf("\"two\""), text.indexOf("\"second\"")),
				repeated.stream().map(Issue::getOffset).toList());
	}
}
