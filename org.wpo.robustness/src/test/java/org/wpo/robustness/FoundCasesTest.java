package org.wpo.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The failures the properties found, each as a plain example that failed before its fix. */
class FoundCasesTest {

	private static List<String> problems(String text) {
		Tool.Checked checked = Tool.check(Map.of("found.wpo", text));
		Invariants.assertWellPlaced(checked);
		return checked.result().diagnostics().stream()
				.map(d -> d.line() + ":" + d.column() + ": " + d.severity().label() + ": " + d.code())
				.toList();
	}

	/**
	 * A file cut short after a lone \r: Xtext failed to compute where "missing '}'" ends (index out of
	 * range), logged an internal error and dropped every problem of the file.
	 */
	@Test
	void fileEndingInALoneCarriageReturnKeepsItsSyntaxError() {
		assertEquals(List.of("5:2: error: wpo.syntax-error"),
				problems("model fuzz\nimport mswpo\narea 1 {\n\tprotocol MS-FUZZ {\n}\r"));
	}

	/**
	 * A name with the delimiter of qualified names in it was accepted, but no reference could name it
	 * ("a::b" reads as the name b of model a), and serializing a reference to it failed.
	 */
	@Test
	void namesWithTheQualifierDelimiterAreRejectedWhereTheyAreDeclared() {
		assertEquals(List.of("3:13: error: wpo.invalid-name", "5:15: error: wpo.invalid-name",
				"8:8: error: wpo.unresolved-reference"),
				problems("""
						model m
						area 1 {
							technology "a::b"
							technology T {
								aka "fine", "c::d"
							}
							technology U {
								uses "a::b"
							}
						}
						"""));
	}

	/** The same for an empty name: it was accepted, indexed under no name, and unreachable. */
	@Test
	void emptyNamesAreRejectedWhereTheyAreDeclared() {
		assertEquals(List.of("2:6: error: wpo.invalid-name", "3:13: error: wpo.invalid-name",
				"5:12: error: wpo.unresolved-reference", "8:16: error: wpo.invalid-name"),
				problems("""
						model m
						area "" {
							technology "" {
								aka "T"
								sections ""
							}
						}
						layers { layer "" }
						"""));
	}

	/**
	 * A string left open before a \r\n: the lexer's recovery took the \r into the bad token, and the
	 * "missing '}'" on the lone \n that was left sat between \r and \n, past the end of its line (2:4).
	 */
	@Test
	void unterminatedStringBeforeACarriageReturnLineFeedKeepsTheLineBreakWhole() {
		assertEquals(List.of("1:6: warning: wpo.empty-area", "2:1: error: wpo.unterminated-string",
				"2:3: error: wpo.syntax-error"),
				problems("area 1 \"A\" {\n\" \r\n"));
	}

	/**
	 * A line duplicated in a built-in file: an element that says 'applies' (or 'description', ...)
	 * twice kept only the last without a word, and the dropped applies statement made Xtext's formatter
	 * fail (NullPointerException building the text regions). Now the validator reports the repetition.
	 */
	@Test
	void aFeatureSaidTwiceIsReported() {
		assertEquals(List.of("9:3: error: wpo.repeated-feature", "13:15: error: wpo.repeated-feature"),
				problems("""
						model m
						products {
							product A
							product B
						}
						area 1 {
							technology T {
								applies in A
								applies in B
							}
							technology U {
								description "a"
								description "b"
							}
						}
						"""));
	}

	/**
	 * Comments before the first token: a space before the built-in file's five comment lines became a
	 * line break, which the next formatting removed; a block comment on its own line was joined to the
	 * first token on the second formatting.
	 */
	@Test
	void formattingCommentsAtTheTopOfAFileIsIdempotent() {
		String top = Tool.library("00-layers-products.wpo");
		GeneratedModelProperties.assertFormatsStably(" " + top);
		GeneratedModelProperties.assertFormatsStably("\n/* c */\nmodel m\n");
		GeneratedModelProperties.assertFormatsStably("model m\n// last\n\n");
	}

	/**
	 * An empty products list that continues a line: computing the product lines chose it again and
	 * again as the continuation after the line's last product, and checking never ended.
	 */
	@Test
	void anEmptyListAfterTheLastProductEndsTheLineThere() {
		assertEquals(List.of("12:30: error: wpo.invalid-applicability"), problems("""
				model found
				products {
					product A
					product B
				}
				products after B {
				}
				area 1 {
					technology T {
						applies from A to B
					}
					technology U { applies from B to A }
				}
				"""));
	}
}
