package org.wpo.render;

import static org.wpo.render.Labels.NAME_SIZE;
import static org.wpo.render.Labels.NAME_WIDTH;
import static org.wpo.render.Labels.TITLE_SIZE;
import static org.wpo.render.Labels.TITLE_WIDTH;

import java.util.ArrayList;
import java.util.List;

import org.wpo.diagram.DiagramContent.Node;
import org.wpo.diagram.DiagramStyle;
import org.wpo.dsl.wpo.Element;
import org.wpo.render.LaidOutDiagram.NodeBox;
import org.wpo.render.LaidOutDiagram.Rect;
import org.wpo.render.LaidOutDiagram.TextLine;

/**
 * The lines of a node's label (its name, and in a protocol stack its title) and the size of the shape
 * that holds them ({@link Shapes}: the room each outline takes), measured with {@link TextMetrics}.
 */
record NodeLabel(List<String> names, List<String> titles, double textWidth, double textHeight, double width,
		double height) {

	static NodeLabel of(Element element, boolean withTitle) {
		DiagramStyle.NodeStyle style = DiagramStyle.node(element);
		List<String> names = TextMetrics.wrap(element.getName() == null ? "" : element.getName(), NAME_SIZE, true,
				NAME_WIDTH, 2);
		List<String> titles = withTitle && element.getTitle() != null && !element.getTitle().isBlank()
				? TextMetrics.wrap(element.getTitle(), TITLE_SIZE, false, TITLE_WIDTH, 3)
				: List.of();
		double textWidth = 0;
		for (String line : names) {
			textWidth = Math.max(textWidth, TextMetrics.width(line, NAME_SIZE, true));
		}
		for (String line : titles) {
			textWidth = Math.max(textWidth, TextMetrics.width(line, TITLE_SIZE, false));
		}
		textWidth = Math.max(textWidth, 24);
		double textHeight = (names.size() * NAME_SIZE + titles.size() * TITLE_SIZE) * TextMetrics.LINE_HEIGHT;
		double[] size = Shapes.size(style.shape(), textWidth, textHeight);
		return new NodeLabel(names, titles, textWidth, textHeight, size[0], size[1]);
	}

	/** The node's box at these bounds: its shape's interior and the label placed in it. */
	NodeBox box(Node node, Rect bounds) {
		DiagramStyle.NodeStyle style = DiagramStyle.node(node.element());
		Rect interior = Shapes.interior(style.shape(), bounds);
		return new NodeBox(node.element(), bounds, interior, place(interior), style);
	}

	/** The lines placed in the middle of the shape's interior. */
	List<TextLine> place(Rect interior) {
		List<TextLine> lines = new ArrayList<>();
		double y = interior.y() + (interior.height() - textHeight) / 2;
		for (String name : names) {
			lines.add(centered(name, interior, y, NAME_SIZE, true));
			y += NAME_SIZE * TextMetrics.LINE_HEIGHT;
		}
		for (String title : titles) {
			lines.add(centered(title, interior, y, TITLE_SIZE, false));
			y += TITLE_SIZE * TextMetrics.LINE_HEIGHT;
		}
		return lines;
	}

	private static TextLine centered(String text, Rect interior, double top, double size, boolean bold) {
		double width = TextMetrics.width(text, size, bold);
		return new TextLine(text, interior.x() + (interior.width() - width) / 2, top + TextMetrics.ASCENT * size,
				size, bold, true);
	}
}
