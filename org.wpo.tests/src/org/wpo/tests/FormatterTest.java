package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.formatting2.WpoKeywordLayout;
import org.wpo.dsl.services.WpoGrammarAccess;
import org.wpo.dsl.tests.WpoInjectorProvider;

import com.google.inject.Inject;

/** The formatter's layout, its idempotence, and formatting of serialized models. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class FormatterTest {

	@Inject
	FormatterTestHelper formatter;

	@Inject
	WpoGrammarAccess grammar;

	@Inject
	WpoKeywordLayout layout;

	private void assertFormatted(String input, String expected) {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(input);
			request.setExpectation(expected);
		});
	}

	@Test
	void laysOutAMessyFile() {
		assertFormatted("""
				  model   m import   x
				layers{layer a layer b}
				area 1 "A"{description "d" protocol MS-A "t"{status legacy layer a runs-over T , U section 1 note "n"
				   aka "x","y" } technology T technology U}


				extend T {uses U}""", """
				model m

				import x

				layers {
					layer a
					layer b
				}

				area 1 "A" {
					description "d"
					protocol MS-A "t" {
						status legacy
						layer a
						runs-over T, U section 1 note "n"
						aka "x", "y"
					}
					technology T
					technology U
				}

				extend T {
					uses U
				}
				""");
	}

	@Test
	void keepsCommentsAndOneBlankLineBetweenNestedMembers() {
		assertFormatted("""
				// heading comment
				area 1 "A" {
					// about T
					technology T

					technology U /* trailing */
				}
				""", """
				// heading comment
				area 1 "A" {
					// about T
					technology T

					technology U /* trailing */
				}
				""");
	}

	@Test
	void isIdempotentOnTheFullSample() {
		assertFormatted(Samples.ALL_CONSTRUCTS, Samples.ALL_CONSTRUCTS);
	}

	/**
	 * A keyword added to the grammar must be given a layout: the formatter finds keywords through the
	 * grammar access, not by their text, so a new one would otherwise be laid out by chance.
	 */
	@Test
	void everyKeywordOfAParserRuleHasALayout() {
		List<String> missing = new ArrayList<>();
		int keywords = 0;
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			if (GrammarUtil.isDatatypeRule(rule)) {
				continue; // its keywords (:: and .) are inside one token, a name
			}
			for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
				keywords++;
				if (layout.spacing(keyword) == null) {
					missing.add(rule.getName() + " '" + keyword.getValue() + "'");
				}
			}
		}
		assertEquals(List.of(), missing);
		assertEquals(keywords, layout.all().size(), "the layout names keywords that are not in the grammar");
	}

	@Test
	void theSameKeywordIsLaidOutByItsPlaceInTheGrammar() {
		// "layer" declares a layer in a list and starts a feature line in an element; "area" declares an
		// area and starts a feature line.
		assertFormatted("""
				layers {layer app layer net}
				area 1 {technology T {layer app area 1 status legacy} area 2}""", """
				layers {
					layer app
					layer net
				}

				area 1 {
					technology T {
						layer app
						area 1
						status legacy
					}
					area 2
				}
				""");
	}

	@Test
	void aQualifiedNameOrSectionNumberIsOneToken() {
		assertFormatted("""
				extend mswpo::MS-RPCE {uses   mswpo::TCP section 2.1.3}""", """
				extend mswpo::MS-RPCE {
					uses mswpo::TCP section 2.1.3
				}
				""");
	}
}
