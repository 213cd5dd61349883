package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wpo.dsl.workspace.IssueConverter;
import org.wpo.dsl.workspace.SourceText;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.dsl.workspace.WpoDiagnostic.Severity;

/** What is found in a file's bytes before it is parsed, and messages about very long names. */
class SourceTextTest {

	private static final int LIMIT = SourceText.MAX_NESTING;

	@Test
	void nestingUpToTheLimitIsParsed() {
		SourceText text = decode("model d\n" + "area a {\n".repeat(LIMIT) + "}\n".repeat(LIMIT));
		assertTrue(text.parseable());
		assertEquals(List.of(), text.problems());
	}

	@Test
	void nestingBeyondTheLimitIsOneErrorAtTheBraceAndNotParsed() {
		SourceText text = decode("model d\n" + "area a {\n".repeat(LIMIT + 5));
		assertFalse(text.parseable());
		assertEquals(List.of(new WpoDiagnostic("f.wpo", LIMIT + 2, 8, Severity.ERROR, "wpo.nesting-too-deep",
				"Nested too deeply: this brace opens level 2,001, and WPO files nest at most 2,000 levels; the file"
						+ " is not checked further.")), text.problems());
	}

	@Test
	void bracesInStringsAndCommentsDoNotNest() {
		String braces = "{".repeat(LIMIT + 1);
		SourceText text = decode("model d\narea a \"" + braces + "\\\"" + braces + "\" {\n\tdescription \"" + braces
				+ "\n// " + braces + "\n/* " + braces + "\n" + braces + " */\n}\n");
		assertTrue(text.parseable(), text.problems()::toString);
		assertEquals(List.of(), text.problems());
	}

	@Test
	void utf16IsNamedAsSuch() {
		String model = "model u\narea 1 \"\u00dcber\" {\n\ttechnology T\n}\n";
		assertEquals("This file is encoded as UTF-16 (little-endian, without a byte order mark); WPO files are UTF-8:"
				+ " save it as UTF-8.", only(SourceText.decode("f.wpo", model.getBytes(StandardCharsets.UTF_16LE))));
		assertEquals("This file is encoded as UTF-16 (big-endian, with a byte order mark); WPO files are UTF-8:"
				+ " save it as UTF-8.", only(SourceText.decode("f.wpo", model.getBytes(StandardCharsets.UTF_16))));
		assertEquals("This is a binary file, not a WPO text: it contains a NUL byte at byte offset 0.",
				only(SourceText.decode("f.wpo", new byte[4096])));
	}

	@Test
	void longQuotedNamesAreCutInMessages() {
		String name = "N".repeat(1_000_000);
		assertEquals("Unknown model '" + "N".repeat(60) + "\u2026' (1,000,000 characters); also 'short'.",
				IssueConverter.shortenQuotedNames("Unknown model '" + name + "'; also 'short'."));
		String normal = "Duplicate name 'MS-RPCE': also declared in a.wpo.";
		assertEquals(normal, IssueConverter.shortenQuotedNames(normal));
		String unbalanced = "It's " + "x".repeat(500);
		assertEquals(unbalanced, IssueConverter.shortenQuotedNames(unbalanced));
	}

	private static SourceText decode(String text) {
		return SourceText.decode("f.wpo", text.getBytes(StandardCharsets.UTF_8));
	}

	private static String only(SourceText text) {
		assertFalse(text.parseable());
		assertEquals(1, text.problems().size(), text.problems()::toString);
		return text.problems().get(0).message();
	}
}
