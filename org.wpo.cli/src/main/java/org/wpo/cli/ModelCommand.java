package org.wpo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.wpo.dsl.workspace.CheckResult;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on a loaded model: it checks its own options, loads the model (the built-in
 * one when no path is given) reporting on stderr what keeps it from working on it, then runs.
 */
abstract class ModelCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	QuietOption quiet;

	/** The files and folders to load, as the user wrote them. */
	abstract List<String> paths();

	/** Works on the loaded model and returns the exit status. */
	abstract int run(CheckResult model, PrintWriter out, PrintWriter err);

	/** A usage problem found before loading anything (one line on stderr), or null. */
	String usageProblem() {
		return null;
	}

	/** Whether a model with errors is refused; only a report of the errors themselves takes one. */
	boolean refusesErrors() {
		return true;
	}

	@Override
	public final Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String problem = usageProblem();
		if (problem != null) {
			err.println(Messages.problem(problem));
			return ExitStatus.USAGE_OR_INPUT;
		}
		ModelLoading.Loaded loaded = ModelLoading.load(paths(), err, quiet.progress(err), refusesErrors());
		if (loaded.failed()) {
			return loaded.failure();
		}
		int status = run(loaded.result(), out, err);
		out.flush();
		return status;
	}
}
