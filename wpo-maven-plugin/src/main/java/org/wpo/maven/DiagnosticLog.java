package org.wpo.maven;

import org.apache.maven.plugin.logging.Log;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.workspace.ModelCounts;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.dsl.workspace.WpoDiagnostic.Severity;

/**
 * Writes a check into Maven's log: every diagnostic as {@code file:line:column: severity: CODE:
 * message} at the log level of its severity, then one summary line.
 */
final class DiagnosticLog {

	private DiagnosticLog() {
	}

	static void print(Log log, CheckResult result) {
		for (WpoDiagnostic diagnostic : result.diagnostics()) {
			print(log, diagnostic);
		}
		log.info(summary(result));
	}

	/** Only the errors, for goals that refuse a model with errors. */
	static void printErrors(Log log, CheckResult result) {
		result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).forEach(d -> print(log, d));
	}

	static void print(Log log, WpoDiagnostic diagnostic) {
		String line = diagnostic.format();
		switch (diagnostic.severity()) {
		case ERROR -> log.error(line);
		case WARNING -> log.warn(line);
		case INFO -> log.info(line);
		}
	}

	/** For instance {@code WPO: checked 2 files: 5 elements, 4 relations, 2 areas; 1 error, 0 warnings}. */
	static String summary(CheckResult result) {
		ModelCounts counts = result.counts();
		return "WPO: checked " + MessageText.plural(counts.files(), "file") + ": "
				+ MessageText.plural(counts.elements(), "element") + ", "
				+ MessageText.plural(counts.relations(), "relation") + ", " + MessageText.plural(counts.areas(), "area")
				+ "; " + MessageText.plural(result.errors(), "error") + ", "
				+ MessageText.plural(result.warnings(), "warning");
	}
}
