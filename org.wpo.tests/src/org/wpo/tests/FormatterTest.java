package org.wpo.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;

import com.google.inject.Inject;

/** The formatter's layout, its idempotence, and formatting of serialized models. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class FormatterTest {

	@Inject
	FormatterTestHelper formatter;

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
}
