package org.wpo.dsl.parser;

/**
 * How deep braces may nest in a WPO file. The parser descends once per level and runs out of a
 * default thread stack somewhere past 3,000 levels; real models nest a few. Both the checker (which
 * does not parse a file beyond the limit) and {@link NestingGuardedParser} (which reads a file only
 * up to the brace beyond it, for the language server and any other loader) use this one scan.
 */
public final class NestingLimit {

	/** The deepest nesting of braces a file may have: areas nested 1,999 deep with an element in the innermost. */
	public static final int MAX_NESTING = 2000;

	/** The problem at the first brace beyond the limit; each user says what follows from it. */
	public static final String MESSAGE = String.format(
			"Nested too deeply: this brace opens level %,d, and WPO files nest at most %,d levels", MAX_NESTING + 1,
			MAX_NESTING);

	private NestingLimit() {
	}

	/**
	 * The offset of the first '{' that opens a level beyond {@link #MAX_NESTING}, or -1. Braces in
	 * strings and comments do not count; a string ends at the end of its line, as the grammar has it.
	 */
	public static int offsetBeyond(String text) {
		int depth = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '{' -> {
					if (++depth > MAX_NESTING) {
						return i;
					}
				}
				case '}' -> depth = Math.max(0, depth - 1);
				case '"' -> {
					i++;
					while (i < length && text.charAt(i) != '"' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
						if (text.charAt(i) == '\\') {
							i++;
						}
						i++;
					}
				}
				case '/' -> {
					if (i + 1 < length && text.charAt(i + 1) == '/') {
						while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
							i++;
						}
					} else if (i + 1 < length && text.charAt(i + 1) == '*') {
						int end = text.indexOf("*/", i + 2);
						i = end < 0 ? length : end + 1;
					}
				}
				default -> {
					// Nothing else opens or closes a level.
				}
			}
		}
		return -1;
	}
}
