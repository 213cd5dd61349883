package org.wpo.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Text widths from a fixed table, so that a layout never depends on the fonts of the machine that
 * makes it. The table holds the advance widths of DejaVu Sans (regular and bold) for printable
 * ASCII, in thousandths of the font size; DejaVu Sans is the font the SVG asks for first, and its
 * widths are close to those of Verdana, the next choice. Any other character counts as one full
 * em, wider than nearly every glyph, so that a label is never drawn wider than its box.
 */
public final class TextMetrics {

	/** The font family the SVG and the report ask for, widest candidates first. */
	public static final String FONT_FAMILY = "DejaVu Sans, Verdana, Bitstream Vera Sans, sans-serif";

	private static final int[] REGULAR = {
			318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
			636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
			1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
			603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
			500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
			635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838 };

	private static final int[] BOLD = {
			348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
			696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
			1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
			733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
			500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
			716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838 };

	/** Width of a character outside the table, in thousandths of the font size. */
	private static final int OTHER = 1000;

	/** Distance between baselines, as a multiple of the font size. */
	public static final double LINE_HEIGHT = 1.25;

	/** Height above the baseline, as a multiple of the font size (DejaVu Sans: 0.928). */
	public static final double ASCENT = 0.93;

	private TextMetrics() {
	}

	/** The width of one line of text at a font size, in the same unit as the size. */
	public static double width(String text, double size, boolean bold) {
		int[] table = bold ? BOLD : REGULAR;
		long total = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			total += c >= 32 && c < 127 ? table[c - 32] : OTHER;
			i += Character.charCount(c);
		}
		return total * size / 1000.0;
	}

	/**
	 * Breaks text into lines no wider than {@code maxWidth}, at spaces where it can; a word wider
	 * than a line is cut. At most {@code maxLines} lines: the last one then ends with an ellipsis.
	 */
	public static List<String> wrap(String text, double size, boolean bold, double maxWidth, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			String candidate = line.length() == 0 ? word : line + " " + word;
			if (width(candidate, size, bold) <= maxWidth) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (width(rest, size, bold) > maxWidth) {
				int cut = fitting(rest, size, bold, maxWidth);
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		if (lines.size() > maxLines) {
			List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
			kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1), size, bold, maxWidth));
			return kept;
		}
		return lines;
	}

	/** The text shortened to end with an ellipsis within {@code maxWidth}. */
	public static String ellipsize(String text, double size, boolean bold, double maxWidth) {
		String shortened = text;
		while (!shortened.isEmpty() && width(shortened + "\u2026", size, bold) > maxWidth) {
			shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1)).stripTrailing();
		}
		return shortened + "\u2026";
	}

	/** How many chars of the text fit in the width (at least one code point). */
	private static int fitting(String text, double size, boolean bold, double maxWidth) {
		int end = text.offsetByCodePoints(0, 1);
		while (end < text.length()) {
			int next = text.offsetByCodePoints(end, 1);
			if (width(text.substring(0, next), size, bold) > maxWidth) {
				break;
			}
			end = next;
		}
		return end;
	}
}
