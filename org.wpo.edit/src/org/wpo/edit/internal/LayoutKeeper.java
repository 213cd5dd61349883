package org.wpo.edit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wpo.edit.internal.TextTokens.Tok;

/**
 * Keeps the user's layout in a file that Xtext's change serializer rewrote. The serializer may write
 * a whole declaration anew, in the formatter's layout, when only one of its lines changed. This class
 * takes the serializer's tokens (so the meaning is the serializer's) and chooses the text between
 * each two of them:
 * <ul>
 * <li>where two tokens follow each other in the original text too, at the same block depth, the
 * original text between them (spaces, line breaks, blank lines) is kept;</li>
 * <li>elsewhere, around what was added, removed or moved to another depth, the text between them is
 * the formatter's, written with the file's line separator and indentation unit.</li>
 * </ul>
 * Comments are tokens here, so they are kept where they were. A comment the serializer repeated (it
 * can copy a comment next to a list it rewrote) is dropped when the original has fewer copies of it;
 * a comment it left out (it can lose one that follows a reference it rewrote) goes back in front of
 * the token that followed it, unless it was inside an object the edit deletes.
 * The result is parsed and compared with the intended model afterwards; this class only chooses
 * whitespace and never changes a token.
 */
public final class LayoutKeeper {

	/** Above this many cells, the changed middle of a file is not aligned token by token. */
	private static final long MAX_ALIGNMENT_CELLS = 4_000_000L;

	private LayoutKeeper() {
	}

	/**
	 * @param original   the file's text before the edit
	 * @param serialized the text the change serializer produced
	 * @param formatted  the serialized text laid out entirely by the formatter; the same tokens
	 * @param removable  offsets in the original of the comments that may go (they are inside objects
	 *                   the edit deletes); every other comment of the original is kept
	 * @return the serialized tokens with the original layout wherever it still applies
	 */
	public static String merge(TextTokens lexer, String original, String serialized, String formatted,
			Set<Integer> removable) {
		List<Tok> old = lexer.tokens(original);
		List<Tok> fresh = lexer.tokens(serialized);
		List<Tok> layout = lexer.tokens(formatted);
		if (!sameTokens(fresh, layout)) {
			layout = fresh;
			formatted = serialized;
		}
		int[] matchOfNew = align(old, fresh);
		boolean[] keep = dropRepeatedComments(old, fresh, matchOfNew);
		Places places = places(old, fresh, matchOfNew);
		Map<Integer, List<Integer>> restored = lostComments(old, fresh, keep, matchOfNew, places.before(), removable);
		Style style = Style.of(original, old);

		StringBuilder out = new StringBuilder();
		int previous = -1; // index in fresh of the previous kept token; -1 for the start of the text
		int firstDroppedSincePrevious = -1;
		for (int j = 0; j <= fresh.size(); j++) {
			if (j < fresh.size() && !keep[j]) {
				if (firstDroppedSincePrevious < 0) {
					firstDroppedSincePrevious = j;
				}
				continue;
			}
			List<Integer> comments = restored.getOrDefault(j, List.of());
			if (!comments.isEmpty()) {
				// Comments the serializer left out go back before this token, with the layout they had.
				for (int c : comments) {
					out.append(original, c == 0 ? 0 : old.get(c - 1).end(), old.get(c).start());
					out.append(old.get(c).text());
				}
				int last = comments.get(comments.size() - 1);
				int anchor = j == fresh.size() ? old.size() : places.before()[j];
				if (anchor == last + 1) {
					out.append(original, old.get(last).end(), anchor == old.size() ? original.length()
							: old.get(anchor).start());
				} else {
					// The comment now precedes another token than before: a line break, then that token's
					// indentation.
					boolean ownLine = old.get(last).text().endsWith("\n");
					out.append(style.lines(ownLine ? 0 : 1, depth(fresh, j)));
				}
			} else {
				int oldPrevious = previous < 0 ? -1 : places.after()[previous];
				int oldCurrent = j == fresh.size() ? old.size() : places.before()[j];
				boolean previousPlaced = previous < 0 || oldPrevious >= 0;
				boolean adjacentInBoth = previousPlaced && oldCurrent >= 0 && oldCurrent == oldPrevious + 1;
				String originalGap = oldCurrent < 0 ? null
						: original.substring(oldCurrent == 0 ? 0 : old.get(oldCurrent - 1).end(),
								oldCurrent == old.size() ? original.length() : old.get(oldCurrent).start());
				int newDepth = depth(fresh, j);
				if (adjacentInBoth && (depth(old, oldCurrent) == newDepth || !startsLine(old, oldCurrent, originalGap))) {
					// Same neighbours as before: the same text between them, unless the token starts a line at
					// another depth than before.
					out.append(originalGap);
				} else if (adjacentInBoth && startsLine(old, oldCurrent, originalGap)) {
					// Moved to another depth (a declaration moved into or out of a block): the same line
					// breaks as before, indented for the new depth.
					out.append(style.lines(lineBreaks(originalGap), newDepth));
				} else {
					// The formatter's text before the first token of this gap (a dropped comment, if any).
					int before = firstDroppedSincePrevious >= 0 ? firstDroppedSincePrevious : j;
					int from = previous < 0 ? 0 : layout.get(previous).end();
					int to = before == fresh.size() ? formatted.length() : layout.get(before).start();
					String gap = style.apply(formatted.substring(from, to));
					if (j < fresh.size() && fresh.get(j).comment() && originalGap != null && previous >= 0
							&& startsLine(old, oldCurrent, originalGap) && !startsLine(fresh, j, gap)) {
						// A comment that had a line of its own keeps one.
						gap = style.lines(lineBreaks(originalGap), newDepth);
					}
					out.append(gap);
				}
			}
			if (j < fresh.size()) {
				out.append(fresh.get(j).text());
			}
			previous = j;
			firstDroppedSincePrevious = -1;
		}
		return out.toString();
	}

	/**
	 * Comments of the original that the serializer dropped although the edit did not delete them, by
	 * the index of the new token they go back in front of: the new place of the first original token
	 * after them that has one (or the end of the text).
	 */
	private static Map<Integer, List<Integer>> lostComments(List<Tok> old, List<Tok> fresh, boolean[] keep,
			int[] matchOfNew, int[] placeOfNew, Set<Integer> removable) {
		Comments.Tally missing = Comments.Tally.of(old);
		for (int j = 0; j < fresh.size(); j++) {
			if (keep[j]) {
				missing.remove(fresh.get(j));
			}
		}
		boolean[] matchedOld = new boolean[old.size()];
		for (int oldIndex : matchOfNew) {
			if (oldIndex >= 0) {
				matchedOld[oldIndex] = true;
			}
		}
		int[] newOfOld = new int[old.size()];
		java.util.Arrays.fill(newOfOld, -1);
		for (int j = 0; j < fresh.size(); j++) {
			if (placeOfNew[j] >= 0 && keep[j]) {
				newOfOld[placeOfNew[j]] = j;
			}
		}
		Map<Integer, List<Integer>> result = new java.util.TreeMap<>();
		for (int c = 0; c < old.size(); c++) {
			Tok comment = old.get(c);
			if (!comment.comment() || matchedOld[c] || removable.contains(comment.start())
					|| missing.count(comment) <= 0) {
				continue;
			}
			missing.remove(comment);
			int anchor = fresh.size();
			for (int k = c + 1; k < old.size(); k++) {
				if (newOfOld[k] >= 0 && !old.get(k).comment()) {
					anchor = newOfOld[k];
					break;
				}
			}
			result.computeIfAbsent(anchor, a -> new ArrayList<>()).add(c);
		}
		return result;
	}

	/** Whether the token at {@code index} begins a line, {@code gap} being the text before it. */
	private static boolean startsLine(List<Tok> tokens, int index, String gap) {
		return lineBreaks(gap) > 0 || index > 0 && tokens.get(index - 1).text().endsWith("\n");
	}

	private static int lineBreaks(String whitespace) {
		return (int) whitespace.chars().filter(c -> c == '\n').count();
	}

	private static int depth(List<Tok> tokens, int index) {
		return index >= tokens.size() ? 0 : tokens.get(index).depth();
	}

	private static boolean sameTokens(List<Tok> a, List<Tok> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			Tok x = a.get(i);
			Tok y = b.get(i);
			if (x.comment() != y.comment() || (!x.comment() && !x.text().equals(y.text()))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * For each new token, the index of the original token it is the same as, or -1: the common start
	 * and end of the two texts, and a longest common subsequence of the tokens in between.
	 */
	static int[] align(List<Tok> old, List<Tok> fresh) {
		int[] match = new int[fresh.size()];
		java.util.Arrays.fill(match, -1);
		int prefix = 0;
		while (prefix < old.size() && prefix < fresh.size() && same(old.get(prefix), fresh.get(prefix))) {
			match[prefix] = prefix;
			prefix++;
		}
		int suffix = 0;
		while (suffix < old.size() - prefix && suffix < fresh.size() - prefix
				&& same(old.get(old.size() - 1 - suffix), fresh.get(fresh.size() - 1 - suffix))) {
			match[fresh.size() - 1 - suffix] = old.size() - 1 - suffix;
			suffix++;
		}
		int m = old.size() - prefix - suffix;
		int n = fresh.size() - prefix - suffix;
		if (m == 0 || n == 0 || (long) (m + 1) * (n + 1) > MAX_ALIGNMENT_CELLS) {
			return match;
		}
		int[][] lcs = new int[m + 1][n + 1];
		for (int i = m - 1; i >= 0; i--) {
			for (int j = n - 1; j >= 0; j--) {
				lcs[i][j] = same(old.get(prefix + i), fresh.get(prefix + j)) ? lcs[i + 1][j + 1] + 1
						: Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < m && j < n) {
			if (same(old.get(prefix + i), fresh.get(prefix + j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
				match[prefix + j] = prefix + i;
				i++;
				j++;
			} else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				i++;
			} else {
				j++;
			}
		}
		return match;
	}

	/**
	 * Where each new token stands in the original, for choosing the text before it ({@code before})
	 * and after it ({@code after}); -1 where it has no place. Aligned tokens stand where they were.
	 * Between two aligned tokens, tokens that replace others (a name written anew, a reference changed)
	 * stand in for them: one to one when both runs are as long, otherwise the first new token takes the
	 * place of the first replaced one and the last of the last, so the layout around the change is kept.
	 */
	record Places(int[] before, int[] after) {
	}

	static Places places(List<Tok> old, List<Tok> fresh, int[] match) {
		int[] before = match.clone();
		int[] after = match.clone();
		int previousOld = -1;
		int previousNew = -1;
		for (int j = 0; j <= fresh.size(); j++) {
			int oldIndex = j == fresh.size() ? old.size() : match[j];
			if (oldIndex < 0) {
				continue;
			}
			int oldGap = oldIndex - previousOld - 1;
			int newGap = j - previousNew - 1;
			if (oldGap > 0 && newGap > 0 && compatible(old, previousOld + 1, oldGap, fresh, previousNew + 1, newGap)) {
				if (oldGap == newGap) {
					for (int k = 1; k <= newGap; k++) {
						before[previousNew + k] = previousOld + k;
						after[previousNew + k] = previousOld + k;
					}
				} else {
					before[previousNew + 1] = previousOld + 1;
					after[j - 1] = oldIndex - 1;
				}
			}
			previousOld = oldIndex;
			previousNew = j;
		}
		placeMovedRuns(old, fresh, match, before, after);
		return new Places(before, after);
	}

	/**
	 * Declarations that moved (the alignment keeps only one order of things): within a run of new tokens
	 * that have no place, the longest stretch equal token for token to original tokens that were not
	 * aligned takes their places, and so on for what remains on either side, so that moved text keeps
	 * its inner layout.
	 */
	private static void placeMovedRuns(List<Tok> old, List<Tok> fresh, int[] match, int[] before, int[] after) {
		boolean[] usedOld = new boolean[old.size()];
		for (int j = 0; j < fresh.size(); j++) {
			if (before[j] >= 0) {
				usedOld[before[j]] = true;
			}
			if (after[j] >= 0) {
				usedOld[after[j]] = true;
			}
		}
		int j = 0;
		while (j < fresh.size()) {
			if (before[j] >= 0 || after[j] >= 0) {
				j++;
				continue;
			}
			int end = j;
			while (end < fresh.size() && before[end] < 0 && after[end] < 0) {
				end++;
			}
			if (end - j <= MAX_MOVED_RUN) {
				placeLongestStretches(old, fresh, j, end, usedOld, before, after);
			}
			j = end;
		}
	}

	private static final int MAX_MOVED_RUN = 500;

	private static void placeLongestStretches(List<Tok> old, List<Tok> fresh, int from, int to, boolean[] usedOld,
			int[] before, int[] after) {
		int bestLength = 0;
		int bestNew = -1;
		int bestOld = -1;
		for (int n = from; n < to; n++) {
			for (int o = 0; o < old.size(); o++) {
				int length = 0;
				while (n + length < to && o + length < old.size() && !usedOld[o + length]
						&& same(old.get(o + length), fresh.get(n + length))) {
					length++;
				}
				if (length > bestLength) {
					bestLength = length;
					bestNew = n;
					bestOld = o;
				}
			}
		}
		if (bestLength < 2) {
			return;
		}
		for (int k = 0; k < bestLength; k++) {
			before[bestNew + k] = bestOld + k;
			after[bestNew + k] = bestOld + k;
			usedOld[bestOld + k] = true;
		}
		placeLongestStretches(old, fresh, from, bestNew, usedOld, before, after);
		placeLongestStretches(old, fresh, bestNew + bestLength, to, usedOld, before, after);
	}

	/** Runs replace each other only when neither holds a comment or a brace. */
	private static boolean compatible(List<Tok> old, int oldFrom, int oldCount, List<Tok> fresh, int newFrom,
			int newCount) {
		for (int k = 0; k < oldCount; k++) {
			if (structural(old.get(oldFrom + k))) {
				return false;
			}
		}
		for (int k = 0; k < newCount; k++) {
			if (structural(fresh.get(newFrom + k))) {
				return false;
			}
		}
		return true;
	}

	private static boolean structural(Tok token) {
		return token.comment() || "{".equals(token.text()) || "}".equals(token.text());
	}

	private static boolean same(Tok a, Tok b) {
		return a.comment() == b.comment() && a.text().equals(b.text());
	}

	/** Unmatched comments of which the original has fewer copies than the serialized text. */
	private static boolean[] dropRepeatedComments(List<Tok> old, List<Tok> fresh, int[] matchOfNew) {
		Comments.Tally surplus = Comments.Tally.of(fresh);
		old.forEach(surplus::remove);
		boolean[] keep = new boolean[fresh.size()];
		for (int j = 0; j < fresh.size(); j++) {
			keep[j] = true;
			Tok token = fresh.get(j);
			if (token.comment() && matchOfNew[j] < 0 && surplus.count(token) > 0) {
				keep[j] = false;
				surplus.remove(token);
			}
		}
		return keep;
	}

	/** The file's line separator and the unit of indentation of its first-level lines. */
	record Style(String lineSeparator, String indent) {

		static Style of(String text, List<Tok> tokens) {
			String separator = text.contains("\r\n") ? "\r\n" : "\n";
			Map<String, Integer> units = new HashMap<>();
			for (Tok token : tokens) {
				if (token.depth() != 1) {
					continue;
				}
				int lineStart = text.lastIndexOf('\n', token.start() - 1) + 1;
				String leading = text.substring(lineStart, token.start());
				if (!leading.isEmpty() && leading.isBlank()) {
					units.merge(leading, 1, Integer::sum);
				}
			}
			String indent = units.entrySet().stream()
					.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
					.map(Map.Entry::getKey).orElse("\t");
			return new Style(separator, indent);
		}

		/** {@code breaks} line breaks, then the indentation of {@code depth} blocks. */
		String lines(int breaks, int depth) {
			return lineSeparator.repeat(breaks) + indent.repeat(depth);
		}

		/** Formatter whitespace (line feeds, tab indentation) in this file's style. */
		String apply(String whitespace) {
			if (whitespace.indexOf('\n') < 0) {
				return whitespace;
			}
			List<String> lines = new ArrayList<>(List.of(whitespace.replace("\r\n", "\n").split("\n", -1)));
			for (int i = 1; i < lines.size(); i++) {
				String line = lines.get(i);
				int tabs = 0;
				while (tabs < line.length() && line.charAt(tabs) == '\t') {
					tabs++;
				}
				lines.set(i, indent.repeat(tabs) + line.substring(tabs));
			}
			return String.join(lineSeparator, lines);
		}
	}
}
