package org.wpo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the wpo command inside the test's JVM, with its output captured. */
record WpoRun(int status, String out, String err) {

	static WpoRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = Wpo.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new WpoRun(status, out.toString(), err.toString());
	}

	List<String> outLines() {
		return out.lines().toList();
	}

	List<String> errLines() {
		return err.lines().toList();
	}

	/** Neither stream shows a Java stack trace. */
	boolean hasNoStackTrace() {
		return !(out + err).contains("Exception") && !(out + err).contains("\tat ");
	}

	@Override
	public String toString() {
		return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
	}
}
