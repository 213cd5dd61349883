package org.wpo.edit.internal;

/**
 * Why the text an edit would write cannot be saved (the language cannot write it, or it would not say
 * what the edit made); the editor turns it into a failed result and changes no file.
 */
public class Unsavable extends Exception {

	private static final long serialVersionUID = 1L;

	public Unsavable(String reason) {
		super(reason);
	}

	/** The first line of an exception's message, or its kind when it has none. */
	public static String reason(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName()
				: message.lines().findFirst().orElse(message);
	}
}
