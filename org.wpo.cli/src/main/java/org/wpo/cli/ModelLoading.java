package org.wpo.cli;

import org.wpo.dsl.workspace.LogCapture;
import java.io.PrintWriter;
import java.util.List;

import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.workspace.Progress;
import org.wpo.dsl.workspace.WpoDiagnostic;

/**
 * Loads the model a command works on (the built-in one when no path is given) and reports on stderr
 * what keeps the command from working on it, the way {@code check} would.
 */
final class ModelLoading {

	/** A loaded model, or the exit status to end with when it could not be used. */
	record Loaded(CheckResult result, Integer failure) {
		boolean failed() {
			return failure != null;
		}
	}

	private ModelLoading() {
	}

	/** @param refuseErrors whether a model with errors must not be worked on */
	static Loaded load(List<String> paths, PrintWriter err, Progress progress, boolean refuseErrors) {
		CheckResult result;
		List<String> internalErrors;
		try {
			result = Language.checker().check(paths, progress);
		} catch (InputProblemException e) {
			err.println(Messages.problem(e.getMessage()));
			return new Loaded(null, ExitStatus.USAGE_OR_INPUT);
		} finally {
			internalErrors = LogCapture.takeErrors();
		}
		if (!internalErrors.isEmpty()) {
			internalErrors.stream().distinct().forEach(m -> err.println(Messages.problem("internal error: " + m)));
			return new Loaded(null, ExitStatus.USAGE_OR_INPUT);
		}
		if (refuseErrors && result.hasErrors()) {
			result.diagnostics().stream().filter(d -> d.severity() == WpoDiagnostic.Severity.ERROR)
					.forEach(d -> err.println(d.format()));
			err.println(Messages.problem("stopped: the model has " + MessageText.plural(result.errors(), "error")
					+ " (see 'wpo check')"));
			return new Loaded(result, ExitStatus.ERRORS);
		}
		return new Loaded(result, null);
	}
}
