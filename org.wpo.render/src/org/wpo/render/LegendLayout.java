package org.wpo.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.wpo.diagram.DiagramContent;
import org.wpo.diagram.DiagramStyle;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Status;
import org.wpo.render.LaidOutDiagram.Legend;
import org.wpo.render.LaidOutDiagram.LegendEdge;
import org.wpo.render.LaidOutDiagram.LegendNode;
import org.wpo.render.LaidOutDiagram.Point;
import org.wpo.render.LaidOutDiagram.Rect;
import org.wpo.render.LaidOutDiagram.TextLine;

/**
 * The legend: one sample for each kind of element the diagram shows, one for each status other than
 * current that occurs, and one line for each kind of relation drawn.
 */
final class LegendLayout {

	static final double SIZE = 11;
	static final double SAMPLE_WIDTH = 40;
	static final double SAMPLE_HEIGHT = 22;
	static final double GAP = 6;
	static final double PADDING = 10;

	record Result(Legend legend, Rect bounds) {
	}

	private LegendLayout() {
	}

	static Result of(DiagramContent content, double x, double y) {
		Set<SpecKind> kinds = EnumSet.noneOf(SpecKind.class);
		boolean technologies = false;
		Set<Status> statuses = EnumSet.noneOf(Status.class);
		for (DiagramContent.Node node : content.nodes()) {
			Element element = node.element();
			if (element instanceof Specification specification) {
				kinds.add(specification.getKind());
			} else {
				technologies = true;
			}
			if (element.getStatus() != Status.CURRENT) {
				statuses.add(element.getStatus());
			}
		}
		Set<RelationKind> relations = EnumSet.noneOf(RelationKind.class);
		content.edges().forEach(e -> relations.add(e.kind()));

		List<LegendNode> nodes = new ArrayList<>();
		List<LegendEdge> edges = new ArrayList<>();
		double cursor = y + PADDING;
		List<TextLine> heading = Labels.leftAligned(List.of("Legend"), x + PADDING, cursor, 12, true);
		cursor += 12 * TextMetrics.LINE_HEIGHT + GAP;
		double textX = x + PADDING + SAMPLE_WIDTH + 8;
		double right = x + PADDING + TextMetrics.width("Legend", 12, true);
		for (SpecKind kind : kinds) {
			LegendNode sample = sample(DiagramStyle.specification(kind), kind.getLiteral(), x, cursor, textX);
			nodes.add(sample);
			right = Math.max(right, sample.label().x() + sample.label().width());
			cursor += SAMPLE_HEIGHT + GAP;
		}
		if (technologies) {
			LegendNode sample = sample(DiagramStyle.technology(), "technology", x, cursor, textX);
			nodes.add(sample);
			right = Math.max(right, sample.label().x() + sample.label().width());
			cursor += SAMPLE_HEIGHT + GAP;
		}
		for (Status status : statuses) {
			String text = switch (status) {
			case LEGACY -> "legacy: dashed border";
			case DEPRECATED -> "deprecated: dashed, grey";
			case OBSOLETE -> "obsolete: dotted, grey";
			case CURRENT -> "current";
			};
			LegendNode sample = sample(DiagramStyle.withStatus(DiagramStyle.specification(SpecKind.PROTOCOL), status),
					text, x, cursor, textX);
			nodes.add(sample);
			right = Math.max(right, sample.label().x() + sample.label().width());
			cursor += SAMPLE_HEIGHT + GAP;
		}
		for (RelationKind kind : relations) {
			double mid = cursor + SAMPLE_HEIGHT / 2;
			TextLine label = new TextLine(kind.getLiteral(), textX, mid + 0.35 * SIZE, SIZE, false, false);
			edges.add(new LegendEdge(new Point(x + PADDING, mid), new Point(x + PADDING + SAMPLE_WIDTH, mid),
					DiagramStyle.edge(kind), kind.getLiteral(), label));
			right = Math.max(right, label.x() + label.width());
			cursor += SAMPLE_HEIGHT + GAP;
		}
		Rect bounds = new Rect(x, y, Math.ceil(right + PADDING - x), Math.ceil(cursor - GAP + PADDING - y));
		return new Result(new Legend(bounds, heading, nodes, edges), bounds);
	}

	private static LegendNode sample(DiagramStyle.NodeStyle style, String text, double x, double top, double textX) {
		Rect sample = new Rect(x + PADDING, top, SAMPLE_WIDTH, SAMPLE_HEIGHT);
		TextLine label = new TextLine(text, textX, top + SAMPLE_HEIGHT / 2 + 0.35 * SIZE, SIZE, false, false);
		return new LegendNode(sample, style, label);
	}
}
