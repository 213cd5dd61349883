package org.wpo.robustness;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries of hostile input: token streams and mutations of the built-in model's files. */
final class Inputs {

	private Inputs() {
	}

	/** Every keyword and punctuation of the grammar, sorted so that generation does not depend on hashing. */
	static Set<String> keywords() {
		return new TreeSet<>(GrammarUtil.getAllKeywords(Tool.injector().getInstance(IGrammarAccess.class).getGrammar()));
	}

	// ------------------------------------------------------------------ token streams

	static Arbitrary<String> token() {
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(8, Arbitraries.of(List.copyOf(keywords()))),
				net.jqwik.api.Tuple.of(5, name()),
				net.jqwik.api.Tuple.of(4, string()),
				net.jqwik.api.Tuple.of(3, number()),
				net.jqwik.api.Tuple.of(4, Arbitraries.of("{", "}", "{", "}", ",", "::", ".", "^", ":", "\"", "'")),
				net.jqwik.api.Tuple.of(2, comment()),
				net.jqwik.api.Tuple.of(2, junk()));
	}

	static Arbitrary<String> name() {
		return Arbitraries.oneOf(
				Arbitraries.of("MS-RPCE", "mswpo", "mswpo::MS-RPCE", "mswpo::7.3", "RPC", "DCOM", "application",
						"\"Windows 2000\"", "RFC768", "C706", "MS-", "MC-X", "^layer", "^", "^^a", "a::", "::b", "_",
						"a-", "-a", "x--y"),
				Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', 'A', 'M', 'S', '0', '9').ofMinLength(1)
						.ofMaxLength(12).map(s -> (Character.isLetter(s.charAt(0)) ? "" : "x") + s));
	}

	static Arbitrary<String> string() {
		Arbitrary<String> body = Arbitraries.strings().withCharRange(' ', '~').withChars('\u00e9', '\u4e2d', '\t')
				.ofMaxLength(10);
		return Arbitraries.oneOf(
				body.map(s -> '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"'),
				body.map(s -> '"' + s.replace("\"", "")), // not terminated
				Arbitraries.of("\"\\\"", "\"\\", "\"\\u12\"", "\"\\uZZZZ\"", "\"\\q\"", "\"a\\\nb\"", "\"\"", "\"\\u0000\"",
						"\"line\nbreak\"", "\"\\\\\"", "\"\ud83d\ude00\"", "\"\ud800\""));
	}

	static Arbitrary<String> number() {
		return Arbitraries.oneOf(
				Arbitraries.integers().between(0, 1000).map(String::valueOf),
				Arbitraries.integers().between(0, 20).list().ofMinSize(2).ofMaxSize(5)
						.map(parts -> String.join(".", parts.stream().map(String::valueOf).toList())),
				Arbitraries.of("99999999999999999999", "1.", ".1", "1..2", "01.002", "-1", "1e5", "0x1F", "7 . 3",
						"2147483648"));
	}

	static Arbitrary<String> comment() {
		return Arbitraries.of("// line comment\n", "/* block */", "/* not closed", "*/", "//", "/**/", "/*/", "/* \n */");
	}

	static Arbitrary<String> junk() {
		return Arbitraries.oneOf(
				Arbitraries.of("#", "$", "@", ";", "~", "`", "\\", "|", "=", "<", ">", "(", ")", "[", "]", "\u0000",
						"\uFEFF", "\u00a0", "\u2028", "\u0085", "\r", "\u200b", "\ud83d\ude00", "\ud800", "\udc00",
						"\u0007", "\u001b[31m", "\uFFFF", "\u00ff"),
				Arbitraries.chars().map(String::valueOf));
	}

	static Arbitrary<String> separator() {
		return Arbitraries.frequency(
				net.jqwik.api.Tuple.of(10, " "),
				net.jqwik.api.Tuple.of(4, "\n"),
				net.jqwik.api.Tuple.of(2, ""),
				net.jqwik.api.Tuple.of(1, "\t"),
				net.jqwik.api.Tuple.of(1, "\r\n"),
				net.jqwik.api.Tuple.of(1, "\r"));
	}

	/** A text of up to {@code max} tokens with random separators. */
	static Arbitrary<String> tokenStream(int max) {
		return Combinators.combine(token(), separator()).as((t, s) -> t + s).list().ofMaxSize(max)
				.map(parts -> String.join("", parts));
	}

	// ------------------------------------------------------------------ mutations

	enum Kind {
		DELETE_CHAR, DUPLICATE_CHAR, SWAP_CHARS, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, TRUNCATE, INSERT_TOKEN,
		DELETE_SPAN
	}

	/** One change of a text at relative positions (0 to 1), so that it applies to a text of any length. */
	record Mutation(Kind kind, double at, double other, String token) {

		String apply(String text) {
			if (text.isEmpty()) {
				return kind == Kind.INSERT_TOKEN ? token : text;
			}
			int i = Math.min(text.length() - 1, (int) (at * text.length()));
			int j = Math.min(text.length() - 1, (int) (other * text.length()));
			switch (kind) {
				case DELETE_CHAR:
					return text.substring(0, i) + text.substring(i + 1);
				case DUPLICATE_CHAR:
					return text.substring(0, i + 1) + text.substring(i);
				case SWAP_CHARS: {
					char[] chars = text.toCharArray();
					char c = chars[i];
					chars[i] = chars[j];
					chars[j] = c;
					return new String(chars);
				}
				case TRUNCATE:
					return text.substring(0, i);
				case INSERT_TOKEN:
					return text.substring(0, i) + token + text.substring(i);
				case DELETE_SPAN:
					return text.substring(0, Math.min(i, j)) + text.substring(Math.max(i, j));
				default:
					break;
			}
			List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
			int a = Math.min(lines.size() - 1, (int) (at * lines.size()));
			int b = Math.min(lines.size() - 1, (int) (other * lines.size()));
			switch (kind) {
				case DELETE_LINE -> lines.remove(a);
				case DUPLICATE_LINE -> lines.add(a, lines.get(a));
				default -> {
					String t = lines.get(a);
					lines.set(a, lines.get(b));
					lines.set(b, t);
				}
			}
			return String.join("\n", lines);
		}
	}

	static Arbitrary<Mutation> mutation() {
		Arbitrary<Double> position = Arbitraries.doubles().between(0, 1).ofScale(6);
		return Combinators.combine(Arbitraries.of(Kind.class), position, position, token())
				.as(Mutation::new);
	}

	/** The name of a built-in file and the changes made to it. */
	record Mutated(String file, List<Mutation> mutations) {

		String text() {
			String text = Tool.library(file);
			for (Mutation mutation : mutations) {
				text = mutation.apply(text);
			}
			return text;
		}

		@Override
		public String toString() {
			return file + " " + mutations;
		}
	}

	static Arbitrary<Mutated> mutated() {
		return Combinators.combine(Arbitraries.of(org.wpo.dsl.library.BuiltInLibrary.fileNames()),
				mutation().list().ofMinSize(1).ofMaxSize(6)).as(Mutated::new);
	}
}
