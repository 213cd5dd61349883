package org.wpo.dsl.naming;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names closest to one that was not found, as every "closest names" suggestion of the tool
 * computes them (the query commands, {@code wpo check}, the language server's quick fixes): names
 * within a few edits of the wanted one (a third of its length, at least two; see {@link #distance}),
 * ignoring case, or containing it; closest first, ties in name order.
 */
public final class ClosestNames {

	/** Names longer than this are compared by containment only: the edit distance takes time in the product of the lengths. */
	private static final int MAX_EDITED_LENGTH = 200;

	private ClosestNames() {
	}

	/**
	 * Up to {@code max} of the known names closest to {@code name}, closest first.
	 *
	 * @param name  the name that was not found
	 * @param known the candidates; each is considered once
	 * @param max   the most names returned
	 */
	public static List<String> closest(String name, Collection<String> known, int max) {
		String wanted = name.toLowerCase(Locale.ROOT);
		int limit = Math.max(2, wanted.length() / 3);
		return known.stream().distinct().map(n -> Map.entry(n, closeness(wanted, n.toLowerCase(Locale.ROOT), limit)))
				.filter(e -> e.getValue() >= 0)
				.sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
						.thenComparing(Map.Entry::getKey))
				.limit(max).map(Map.Entry::getKey).toList();
	}

	/**
	 * The distance of a known name to the wanted one when it is a suggestion (within {@code limit}
	 * edits, or containing the wanted name), else -1. The length difference is a lower bound of the
	 * distance, and the exact distance when one contains the other, so most names are decided
	 * without computing it.
	 */
	private static int closeness(String wanted, String known, int limit) {
		int lengthDifference = Math.abs(wanted.length() - known.length());
		if (known.contains(wanted)) {
			return lengthDifference;
		}
		if (lengthDifference > limit || wanted.length() > MAX_EDITED_LENGTH || known.length() > MAX_EDITED_LENGTH) {
			return -1;
		}
		int distance = distance(wanted, known);
		return distance <= limit ? distance : -1;
	}

	/**
	 * Edit distance between two names: insertions, deletions, substitutions and swaps of two
	 * neighbouring characters each count one (optimal string alignment), so that the common typing
	 * error of a swap ({@code MS-SBM2} for {@code MS-SMB2}) is as close as one wrong character.
	 */
	public static int distance(String a, String b) {
		int[] beforePrevious = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				int best = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					best = Math.min(best, beforePrevious[j - 2] + 1);
				}
				current[j] = best;
			}
			int[] recycled = beforePrevious;
			beforePrevious = previous;
			previous = current;
			current = recycled;
		}
		return previous[b.length()];
	}
}
