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
}
