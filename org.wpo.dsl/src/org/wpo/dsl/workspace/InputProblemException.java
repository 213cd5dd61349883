package org.wpo.dsl.workspace;

/**
 * The paths to check cannot be used at all (missing, unreadable): there is no file position to
 * report, so tools show the message on its own and stop.
 */
public class InputProblemException extends Exception {

	private static final long serialVersionUID = 1L;

	public InputProblemException(String message) {
		super(message);
	}

	public InputProblemException(String message, Throwable cause) {
		super(message, cause);
	}
}
