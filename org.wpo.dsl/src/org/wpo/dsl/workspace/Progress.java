package org.wpo.dsl.workspace;

/**
 * Where a long check says how far it has come. Only checks of more than {@link #THRESHOLD} files
 * report, every {@link #STEP} files and at each phase, so short runs stay silent.
 */
@FunctionalInterface
public interface Progress {

	int THRESHOLD = 200;
	int STEP = 100;

	Progress NONE = message -> {
	};

	void report(String message);

	/** Reports "<verb> i of n files" when n is large and i a multiple of the step or the last one. */
	default void step(String verb, int done, int total) {
		if (total > THRESHOLD && done > 0 && (done % STEP == 0 || done == total)) {
			report(verb + " " + done + " of " + total + " files");
		}
	}
}
