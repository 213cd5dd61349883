package org.wpo.render;

import java.util.List;

import org.wpo.render.LaidOutDiagram.EdgeLine;
import org.wpo.render.LaidOutDiagram.Frame;
import org.wpo.render.LaidOutDiagram.NodeBox;
import org.wpo.render.LaidOutDiagram.Point;

/** A diagram's frames, nodes and edges in coordinates that start at (0, 0), and the size they take. */
record LayoutBody(double width, double height, List<Frame> frames, List<NodeBox> nodes, List<EdgeLine> edges) {

	LayoutBody moved(double dx, double dy) {
		List<Frame> frames = this.frames.stream().map(f -> new Frame(f.container(), f.bounds().moved(dx, dy),
				f.label().stream().map(l -> l.moved(dx, dy)).toList(), f.fill(), f.stroke(), f.lane())).toList();
		List<NodeBox> nodes = this.nodes.stream().map(n -> new NodeBox(n.element(), n.bounds().moved(dx, dy),
				n.textArea().moved(dx, dy), n.label().stream().map(l -> l.moved(dx, dy)).toList(), n.style()))
				.toList();
		List<EdgeLine> edges = this.edges.stream().map(e -> new EdgeLine(e.edge(),
				e.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList(), e.style())).toList();
		return new LayoutBody(width, height, frames, nodes, edges);
	}
}
