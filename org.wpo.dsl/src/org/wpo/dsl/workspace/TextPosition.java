package org.wpo.dsl.workspace;

/**
 * A 1-based line and column in a text, counted as editors and Xtext count them: a line ends at
 * \n, \r\n or a lone \r; columns count characters.
 */
public record TextPosition(int line, int column) {

	public static final TextPosition START = new TextPosition(1, 1);

	/** The position of the character at {@code offset} (or of the end when offset is the length). */
	public static TextPosition of(CharSequence text, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
				line++;
				lineStart = i + 1;
			}
		}
		return new TextPosition(line, offset - lineStart + 1);
	}
}
