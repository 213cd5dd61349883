package org.wpo.render;

import static org.wpo.render.Labels.FRAME_PADDING;
import static org.wpo.render.Labels.FRAME_SIZE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wpo.diagram.DiagramContent.Container;
import org.wpo.diagram.DiagramContent.Node;
import org.wpo.diagram.DiagramStyle;
import org.wpo.render.LaidOutDiagram.Frame;
import org.wpo.render.LaidOutDiagram.Rect;

/**
 * Lanes of the layer stack, around a layered drawing: each layer's band spans its elements' rows, up
 * to halfway to the next layer's; a layer without elements gets a band of its own, made by moving
 * everything below it down ({@link #ymap}). The lanes' labels take a column on the left.
 */
record LaneLayout(YMap ymap, double labelColumn, double height, List<Frame> frames) {

	/** The height of the band of a layer without elements. */
	static final double EMPTY_LANE = 40;

	/** A monotone map of y coordinates: everything at or below a cut moves down by the cut's amount. */
	record YMap(List<double[]> cuts) {
		static final YMap IDENTITY = new YMap(List.of());

		double map(double y) {
			double result = y;
			for (double[] cut : cuts) {
				if (y >= cut[0]) {
					result += cut[1];
				}
			}
			return result;
		}
	}

	/**
	 * The lanes for a drawing of this height and width.
	 *
	 * @param band   for each node, the index of its lane
	 * @param bounds for each node, its box in the drawing
	 */
	static LaneLayout of(List<Container> lanes, Map<Node, Integer> band, Map<Node, Rect> bounds, double height,
			double width) {
		int count = lanes.size();
		double[] top = new double[count];
		double[] bottom = new double[count];
		boolean[] filled = new boolean[count];
		for (Map.Entry<Node, Integer> entry : band.entrySet()) {
			int i = entry.getValue();
			Rect r = bounds.get(entry.getKey());
			top[i] = filled[i] ? Math.min(top[i], r.y()) : r.y();
			bottom[i] = filled[i] ? Math.max(bottom[i], r.bottom()) : r.bottom();
			filled[i] = true;
		}
		List<List<String>> labels = new ArrayList<>();
		double labelColumn = 0;
		for (Container lane : lanes) {
			List<String> label = Labels.frameLabel(lane.label());
			labels.add(label);
			labelColumn = Math.max(labelColumn, Labels.linesWidth(label, FRAME_SIZE, true) + 2 * FRAME_PADDING);
		}
		labelColumn = Math.ceil(labelColumn);
		List<double[]> cuts = new ArrayList<>();
		List<double[]> spans = new ArrayList<>();
		double shift = 0;
		double cursor = 0;
		double boundary = 0;
		for (int i = 0; i < count; i++) {
			if (filled[i]) {
				int next = nextFilled(filled, i);
				double end = next < 0 ? height : (bottom[i] + top[next]) / 2;
				spans.add(new double[] { boundary + shift, end + shift });
				cursor = end + shift;
				boundary = end;
			} else {
				spans.add(new double[] { cursor, cursor + EMPTY_LANE });
				cursor += EMPTY_LANE;
				cuts.add(new double[] { boundary, EMPTY_LANE });
				shift += EMPTY_LANE;
			}
		}
		double total = count == 0 ? height : cursor;
		double fullWidth = width + labelColumn;
		List<Frame> frames = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double[] span = spans.get(i);
			Rect laneBounds = new Rect(0, span[0], fullWidth, span[1] - span[0]);
			List<String> label = labels.get(i);
			double labelHeight = Labels.frameLabelHeight(label);
			double labelTop = laneBounds.y() + Math.max(4, (laneBounds.height() - labelHeight) / 2);
			frames.add(new Frame(lanes.get(i), laneBounds,
					Labels.leftAligned(label, FRAME_PADDING, labelTop, FRAME_SIZE, true), DiagramStyle.LANE_FILL,
					DiagramStyle.LANE_STROKE, true));
		}
		return new LaneLayout(new YMap(List.copyOf(cuts)), labelColumn, total, frames);
	}

	private static int nextFilled(boolean[] filled, int after) {
		for (int i = after + 1; i < filled.length; i++) {
			if (filled[i]) {
				return i;
			}
		}
		return -1;
	}
}
