package org.wpo.render;

import static org.wpo.render.Labels.HEADING_SIZE;

import java.util.LinkedHashMap;
import java.util.Map;

import org.wpo.diagram.DiagramContent;
import org.wpo.diagram.DiagramContent.Node;
import org.wpo.diagram.DiagramKind;
import org.wpo.render.LaidOutDiagram.TextLine;

/**
 * Lays a diagram out with the Eclipse Layout Kernel, under a heading and beside its legend. Node
 * sizes come from the label text measured with {@link TextMetrics} ({@link NodeLabel}), so the
 * result is the same on every machine. The area map packs areas and their elements as nested boxes
 * ({@link AreaMapLayout}); the layer stack and the protocol stack are layered drawings
 * ({@link LayeredLayout}, the layer stack with lanes, {@link LaneLayout}).
 */
public final class DiagramLayout {

	static final double MARGIN = 16;

	private DiagramLayout() {
	}

	/** Lays out a diagram under a heading. */
	public static LaidOutDiagram layout(DiagramContent content, String heading) {
		LayeredLayout.registerAlgorithms();
		Map<Node, NodeLabel> labels = new LinkedHashMap<>();
		for (Node node : content.nodes()) {
			labels.put(node, NodeLabel.of(node.element(), content.kind() == DiagramKind.STACK));
		}
		LayoutBody body = content.kind() == DiagramKind.AREA_MAP ? AreaMapLayout.layout(content, labels)
				: LayeredLayout.layout(content, labels);

		TextLine headingLine = new TextLine(heading, MARGIN, MARGIN + TextMetrics.ASCENT * HEADING_SIZE, HEADING_SIZE,
				true, false);
		double top = MARGIN + HEADING_SIZE * TextMetrics.LINE_HEIGHT + 10;
		LayoutBody placed = body.moved(MARGIN, top);
		LegendLayout.Result legend = LegendLayout.of(content, placed.width() + MARGIN + 28, top);
		double width = Math.max(Math.max(placed.width() + MARGIN, legend.bounds().right()),
				MARGIN + headingLine.width()) + MARGIN;
		double height = Math.max(top + placed.height(), legend.bounds().bottom()) + MARGIN;
		return new LaidOutDiagram(content.kind(), heading, Math.ceil(width), Math.ceil(height), headingLine,
				placed.frames(), placed.nodes(), placed.edges(), legend.legend());
	}
}
