package org.wpo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.workspace.ModelCounts;
import org.wpo.dsl.workspace.WpoDiagnostic;

/**
 * The text of a check: one line per diagnostic, then one summary line. Diagnostics of the built-in
 * model name its files in the read-only copy the language server also opens (so that the user can
 * open them), or, where that copy cannot be written, say that the files are inside the tool.
 */
final class CheckReport {

	/** How the checker names a built-in file: wpo-library:/mswpo/FILE. */
	private static final String BUILT_IN_PREFIX = BuiltInLibrary.SCHEME + ":/" + BuiltInLibrary.NAMESPACE + "/";

	private final CheckResult result;
	private final boolean builtInLibrary;
	private final Path libraryCopy;

	/**
	 * @param builtInLibrary whether the built-in model itself was checked
	 * @param libraryCopy    the folder holding the copy of the built-in model's files, or null
	 */
	CheckReport(CheckResult result, boolean builtInLibrary, Path libraryCopy) {
		this.result = result;
		this.builtInLibrary = builtInLibrary;
		this.libraryCopy = libraryCopy;
	}

	void print(PrintWriter out) {
		for (WpoDiagnostic diagnostic : result.diagnostics()) {
			out.println(diagnostic.file().startsWith(BUILT_IN_PREFIX) && libraryCopy != null
					? new WpoDiagnostic(libraryCopy.resolve(diagnostic.file().substring(BUILT_IN_PREFIX.length()))
							.toString(), diagnostic.line(), diagnostic.column(), diagnostic.severity(), diagnostic.code(),
							diagnostic.message(), diagnostic.endLine(), diagnostic.endColumn()).format()
					: diagnostic.format());
		}
		out.println(summary());
	}

	/** For instance {@code checked 2 files: 5 elements, 4 relations, 2 areas; 1 error, 0 warnings}. */
	String summary() {
		ModelCounts counts = result.counts();
		String files = MessageText.plural(counts.files(), "file");
		String what = !builtInLibrary ? files
				: "built-in model " + BuiltInLibrary.NAMESPACE + " (" + files
						+ (libraryCopy != null ? ", a read-only copy in " + libraryCopy : " inside the tool") + ")";
		return "checked " + what + ": " + MessageText.plural(counts.elements(), "element") + ", "
				+ MessageText.plural(counts.relations(), "relation") + ", " + MessageText.plural(counts.areas(), "area")
				+ "; " + MessageText.plural(result.errors(), "error") + ", " + MessageText.plural(result.warnings(), "warning");
	}
}
