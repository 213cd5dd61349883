package org.wpo.export;

/**
 * An XMI file that cannot be imported, with where and why: its message is one line,
 * {@code file:line:column: reason} when the position is known, else {@code file: reason}.
 */
public final class XmiImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String file;

	private final int line;

	private final int column;

	private final String reason;

	XmiImportException(String file, int line, int column, String reason) {
		super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + reason);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	XmiImportException(String file, String reason) {
		this(file, 0, 0, reason);
	}

	/** The file as the user named it. */
	public String file() {
		return file;
	}

	/** The line of the problem, from 1; 0 when the problem is not at one place in the file. */
	public int line() {
		return line;
	}

	/** The column of the problem, from 1; 0 when unknown. */
	public int column() {
		return column;
	}

	/** Why, without the place. */
	public String reason() {
		return reason;
	}
}
