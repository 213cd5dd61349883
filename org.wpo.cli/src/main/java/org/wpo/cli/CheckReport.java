package org.wpo.cli;

import java.io.PrintWriter;

import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.workspace.ModelCounts;
import org.wpo.dsl.workspace.WpoDiagnostic;

/** The text of a check: one line per diagnostic, then one summary line. */
final class CheckReport {

	private final CheckResult result;
	private final boolean builtInLibrary;

	CheckReport(CheckResult result, boolean builtInLibrary) {
		this.result = result;
		this.builtInLibrary = builtInLibrary;
	}

	void print(PrintWriter out) {
		for (WpoDiagnostic diagnostic : result.diagnostics()) {
			out.println(diagnostic.format());
		}
		out.println(summary());
	}

	/** For instance {@code checked 2 files: 5 elements, 4 relations, 2 areas; 1 error, 0 warnings}. */
	String summary() {
		ModelCounts counts = result.counts();
		String what = builtInLibrary
				? "built-in model " + BuiltInLibrary.NAMESPACE + " (" + MessageText.plural(counts.files(), "file") + ")"
				: MessageText.plural(counts.files(), "file");
		return "checked " + what + ": " + MessageText.plural(counts.elements(), "element") + ", "
				+ MessageText.plural(counts.relations(), "relation") + ", " + MessageText.plural(counts.areas(), "area")
				+ "; " + MessageText.plural(result.errors(), "error") + ", " + MessageText.plural(result.warnings(), "warning");
	}
}
