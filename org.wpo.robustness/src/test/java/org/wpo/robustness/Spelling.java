package org.wpo.robustness;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * How {@link ModelGenerator} spells what it writes: names as the value converters accept them (IDs,
 * keywords escaped with {@code ^} or quoted, strings with escapes, section numbers), titles and texts,
 * comments, and the random choices among them. Every choice comes from the one random source of the
 * model, so that a seed determines the text.
 */
final class Spelling {

	static final Pattern ID = Pattern.compile("[a-zA-Z_][a-zA-Z_\\-0-9]*");
	static final Pattern SECTION_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)*");

	private final SplittableRandom random;
	private final Set<String> keywords;
	private final List<String> idKeywords;
	private final boolean comments;

	Spelling(SplittableRandom random, Set<String> keywords, boolean comments) {
		this.random = random;
		this.keywords = keywords;
		this.idKeywords = keywords.stream().filter(k -> ID.matcher(k).matches()).sorted().toList();
		this.comments = comments;
	}

	/** The keywords that are IDs (model, area, status names...), which names may take when escaped. */
	List<String> idKeywords() {
		return idKeywords;
	}

	boolean isKeyword(String value) {
		return keywords.contains(value);
	}

	/** A name as the value converters write it, or now and then quoted although it need not be. */
	String name(String value, boolean sectionNumberAllowed) {
		if (ID.matcher(value).matches()) {
			if (keywords.contains(value)) {
				return random.nextInt(4) == 0 ? string(value) : "^" + value;
			}
			return random.nextInt(8) == 0 ? string(value) : value;
		}
		if (sectionNumberAllowed && SECTION_NUMBER.matcher(value).matches()) {
			return value;
		}
		return string(value);
	}

	/** A reference: every segment of a reference may be a section number. */
	String ref(String value) {
		return name(value, true);
	}

	/** A model name (an ID), escaped when it is a keyword. */
	String id(String value) {
		return keywords.contains(value) ? "^" + value : value;
	}

	/** Nothing, or a space and a title string. */
	String title() {
		return random.nextInt(3) == 0 ? "" : " " + string(text());
	}

	/** A text for titles, descriptions, remarks and notes, with what a string may hold. */
	String text() {
		return pick(List.of("Plain title", "With \"quotes\" and \\ backslash", "Tab\tand\nnewline",
				"Unicode \u00e9\u00e8 \u4e2d\u6587 \ud83d\ude80", "", " leading and trailing ", "{ braces } and , ::",
				"// not a comment", "/* nor this */", "^caret", "\u0001control"));
	}

	/** A string literal for the value, escaped as the STRING terminal reads it. */
	static String string(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	/** Now and then (when comments are asked for) a line or block comment at this indentation. */
	void comment(StringBuilder out, String indent) {
		if (comments && random.nextInt(4) == 0) {
			out.append(indent).append(random.nextBoolean() ? "// a comment " + random.nextInt(100) + "\n"
					: "/* a block\n" + indent + "   comment */\n");
		}
	}

	<T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	void shuffle(List<String> list) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			String t = list.get(i);
			list.set(i, list.get(j));
			list.set(j, t);
		}
	}
}
