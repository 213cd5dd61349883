package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.ModelCounts;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.dsl.workspace.WpoDiagnostic.Severity;

/**
 * Problems of the built-in model name a file the user can open (the copy the language server
 * uses), or say that the file is inside the tool when no copy could be written.
 */
class CheckReportTest {

	private static final WpoDiagnostic IN_LIBRARY = new WpoDiagnostic("wpo-library:/mswpo/02-application-services.wpo",
			3, 7, Severity.WARNING, "wpo.empty-area", "Area '2.1' is empty.");

	private static String print(CheckReport report) {
		StringWriter text = new StringWriter();
		try (PrintWriter out = new PrintWriter(text)) {
			report.print(out);
		}
		return text.toString();
	}

	private static CheckResult result() {
		return new CheckResult(List.of("wpo-library:/mswpo/02-application-services.wpo"), List.of(IN_LIBRARY),
				new ModelCounts(1, 2, 3, 4), List.of(), null);
	}

	@Test
	void builtInFilesAreNamedInTheCopy() {
		Path copy = Path.of("/home/u/.cache/wpo/library/0123456789abcdef/mswpo");
		assertEquals("""
				/home/u/.cache/wpo/library/0123456789abcdef/mswpo/02-application-services.wpo:3:7: warning: \
				wpo.empty-area: Area '2.1' is empty.
				checked built-in model mswpo (1 file, a read-only copy in \
				/home/u/.cache/wpo/library/0123456789abcdef/mswpo): 2 elements, 3 relations, 4 areas; 0 errors, 1 warning
				""", print(new CheckReport(result(), true, copy)));
	}

	@Test
	void withoutACopyTheSummarySaysTheFilesAreInsideTheTool() {
		assertEquals("""
				wpo-library:/mswpo/02-application-services.wpo:3:7: warning: wpo.empty-area: Area '2.1' is empty.
				checked built-in model mswpo (1 file inside the tool): 2 elements, 3 relations, 4 areas; 0 errors, \
				1 warning
				""", print(new CheckReport(result(), true, null)));
	}
}
