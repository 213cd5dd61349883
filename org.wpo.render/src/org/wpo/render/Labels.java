package org.wpo.render;

import java.util.ArrayList;
import java.util.List;

import org.wpo.render.LaidOutDiagram.TextLine;

/**
 * The sizes of a diagram's text and how the labels of frames (areas, lanes) and the heading are
 * measured and set, with {@link TextMetrics}; a node's label is a {@link NodeLabel}.
 */
final class Labels {

	static final double NAME_SIZE = 12;
	static final double TITLE_SIZE = 10.5;
	static final double FRAME_SIZE = 12;
	static final double HEADING_SIZE = 16;
	/** The widest a node's name or title line may be before it wraps. */
	static final double NAME_WIDTH = 220;
	static final double TITLE_WIDTH = 190;
	static final double FRAME_LABEL_WIDTH = 280;
	/** Room between a frame's border and its label. */
	static final double FRAME_PADDING = 10;

	private Labels() {
	}

	/** The label of an area or lane: up to three lines, left-aligned. */
	static List<String> frameLabel(String text) {
		return TextMetrics.wrap(text == null ? "" : text, FRAME_SIZE, true, FRAME_LABEL_WIDTH, 3);
	}

	/** The height of a frame's label. */
	static double frameLabelHeight(List<String> label) {
		return label.size() * FRAME_SIZE * TextMetrics.LINE_HEIGHT;
	}

	static double linesWidth(List<String> lines, double size, boolean bold) {
		double width = 0;
		for (String line : lines) {
			width = Math.max(width, TextMetrics.width(line, size, bold));
		}
		return width;
	}

	static List<TextLine> leftAligned(List<String> lines, double x, double top, double size, boolean bold) {
		List<TextLine> result = new ArrayList<>();
		double y = top;
		for (String line : lines) {
			result.add(new TextLine(line, x, y + TextMetrics.ASCENT * size, size, bold, false));
			y += size * TextMetrics.LINE_HEIGHT;
		}
		return result;
	}
}
