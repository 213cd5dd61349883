package org.wpo.studio;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wpo.diagram.DiagramKind;
import org.wpo.diagram.DiagramStyle;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Specification;
import org.wpo.query.ListQuery;
import org.wpo.render.LaidOutDiagram;
import org.wpo.render.LaidOutDiagram.EdgeLine;
import org.wpo.render.LaidOutDiagram.Frame;
import org.wpo.render.LaidOutDiagram.NodeBox;
import org.wpo.render.LaidOutDiagram.Rect;
import org.wpo.render.LaidOutDiagram.TextLine;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A laid-out diagram as Sprotty's SModel JSON (see PROTOCOL.md): areas or layer lanes nested as in
 * the model, elements inside them, relations at the root. Positions are relative to the parent, as
 * Sprotty wants; everything else (sizes, styles, label lines, edge routes) is what {@code wpo render}
 * draws. Ids come from qualified names; a position the user set replaces the layout's.
 */
final class SModelWriter {

	private final LoadedModel model;

	private final UserPositions positions;

	SModelWriter(LoadedModel model, UserPositions positions) {
		this.model = model;
		this.positions = positions;
	}

	/** The id of a diagram's root: the diagram's name, or {@code stack:<name>}. */
	static String rootId(DiagramKind kind, Element root) {
		return kind == DiagramKind.STACK ? "stack:" + LoadedModel.qualifiedName(root) : kind.id();
	}

	static String elementId(Element element) {
		return "element:" + LoadedModel.qualifiedName(element);
	}

	static String containerId(EObject source) {
		return source instanceof Layer layer ? "layer:" + layer.getName() : "area:" + LoadedModel.qualifiedName(source);
	}

	static String edgeId(Element source, String kind, Element target) {
		return "rel:" + LoadedModel.qualifiedName(source) + "|" + kind + "|" + LoadedModel.qualifiedName(target);
	}

	JsonObject write(LaidOutDiagram diagram, Element root) {
		String diagramId = rootId(diagram.kind(), root);
		JsonObject graph = new JsonObject();
		graph.addProperty("type", "graph");
		graph.addProperty("id", diagramId);
		graph.addProperty("title", diagram.title());
		graph.add("size", size(diagram.width(), diagram.height()));
		JsonArray top = new JsonArray();
		graph.add("children", top);
		Map<EObject, JsonObject> frames = new HashMap<>();
		Map<EObject, Rect> frameBounds = new HashMap<>();
		for (Frame frame : diagram.frames()) {
			EObject source = frame.container().source();
			EObject parent = frame.container().parent() == null ? null : frame.container().parent().source();
			JsonObject node = frame(frame, frameBounds.get(parent));
			frames.put(source, node);
			frameBounds.put(source, frame.bounds());
			(parent == null ? top : frames.get(parent).getAsJsonArray("children")).add(node);
		}
		for (NodeBox box : diagram.nodes()) {
			EObject container = containerOf(diagram.kind(), box.element());
			Rect parentBounds = frameBounds.get(container);
			JsonObject node = element(diagramId, box, parentBounds);
			(parentBounds == null ? top : frames.get(container).getAsJsonArray("children")).add(node);
		}
		// One line per source, kind and target: the model may state a relation twice (in two sections,
		// or once with a condition), and Sprotty needs every id once (a repeated id breaks its index,
		// so that centring and selecting an element never finish).
		java.util.Set<String> written = new java.util.HashSet<>();
		for (EdgeLine line : diagram.edges()) {
			JsonObject edge = edge(line);
			if (written.add(edge.get("id").getAsString())) {
				top.add(edge);
			}
		}
		return graph;
	}

	private static EObject containerOf(DiagramKind kind, Element element) {
		return switch (kind) {
		case AREA_MAP -> ListQuery.areaOf(element).orElse(null);
		case LAYER_STACK -> element.getLayer();
		case STACK -> null;
		};
	}

	private JsonObject frame(Frame frame, Rect parent) {
		EObject source = frame.container().source();
		JsonObject node = new JsonObject();
		node.addProperty("type", frame.lane() ? "node:lane" : "node:area");
		node.addProperty("id", containerId(source));
		if (source instanceof Area area) {
			node.addProperty("name", area.getName());
			node.addProperty("title", area.getTitle());
			node.addProperty("qualifiedName", LoadedModel.qualifiedName(area));
		} else if (source instanceof Layer layer) {
			node.addProperty("name", layer.getName());
			node.addProperty("title", layer.getTitle());
		}
		String file = model.pathOf(source);
		node.addProperty("file", file);
		node.addProperty("editable", file != null);
		node.add("position", relative(frame.bounds(), parent));
		node.add("size", size(frame.bounds().width(), frame.bounds().height()));
		node.addProperty("depth", frame.container().depth());
		node.addProperty("fill", frame.fill());
		node.addProperty("stroke", frame.stroke());
		JsonArray children = new JsonArray();
		labels(children, containerId(source), frame.label(), frame.bounds());
		node.add("children", children);
		return node;
	}

	private JsonObject element(String diagramId, NodeBox box, Rect parent) {
		Element element = box.element();
		String id = elementId(element);
		DiagramStyle.NodeStyle style = box.style();
		JsonObject node = new JsonObject();
		node.addProperty("type", "node:element");
		node.addProperty("id", id);
		node.addProperty("name", element.getName());
		node.addProperty("title", element.getTitle());
		node.addProperty("qualifiedName", LoadedModel.qualifiedName(element));
		node.addProperty("elementKind", element instanceof Specification s ? s.getKind().getLiteral() : "technology");
		node.addProperty("status", element.getStatus().getLiteral());
		String file = model.pathOf(element);
		node.addProperty("file", file);
		node.addProperty("editable", file != null);
		JsonObject position = relative(box.bounds(), parent);
		UserPositions.Position user = positions.get(diagramId, LoadedModel.qualifiedName(element));
		if (user != null) {
			position.addProperty("x", user.x());
			position.addProperty("y", user.y());
		}
		node.add("position", position);
		node.addProperty("layoutSource", user != null ? "user" : "elk");
		node.add("size", size(box.bounds().width(), box.bounds().height()));
		node.addProperty("shape", lower(style.shape()));
		node.addProperty("fill", style.fill());
		node.addProperty("stroke", style.stroke());
		node.addProperty("border", lower(style.border()));
		node.addProperty("textColor", style.text());
		JsonArray markers = new JsonArray();
		for (LoadedModel.Problem problem : model.markers(element)) {
			JsonObject marker = new JsonObject();
			marker.addProperty("severity", problem.severity());
			marker.addProperty("code", problem.code());
			marker.addProperty("message", problem.message());
			markers.add(marker);
		}
		node.add("markers", markers);
		JsonArray children = new JsonArray();
		labels(children, id, box.label(), box.bounds());
		node.add("children", children);
		return node;
	}

	private static void labels(JsonArray children, String ownerId, List<TextLine> lines, Rect owner) {
		for (int i = 0; i < lines.size(); i++) {
			TextLine line = lines.get(i);
			JsonObject label = new JsonObject();
			label.addProperty("type", "label");
			label.addProperty("id", ownerId + "/label" + (i == 0 ? "" : Integer.toString(i)));
			label.addProperty("text", line.text());
			JsonObject position = new JsonObject();
			position.addProperty("x", line.x() - owner.x());
			position.addProperty("y", line.baseline() - owner.y());
			label.add("position", position);
			label.addProperty("width", line.width());
			label.addProperty("fontSize", line.size());
			label.addProperty("bold", line.bold());
			label.addProperty("centered", line.centered());
			children.add(label);
		}
	}

	private static JsonObject edge(EdgeLine line) {
		Element source = line.edge().source();
		Element target = line.edge().target();
		String kind = line.edge().kind().getLiteral();
		DiagramStyle.EdgeStyle style = line.style();
		JsonObject edge = new JsonObject();
		edge.addProperty("type", "edge:relation");
		edge.addProperty("id", edgeId(source, kind, target));
		edge.addProperty("sourceId", elementId(source));
		edge.addProperty("targetId", elementId(target));
		edge.addProperty("kind", kind);
		edge.addProperty("color", style.color());
		edge.addProperty("line", lower(style.line()));
		edge.addProperty("arrow", lower(style.arrow()));
		edge.addProperty("width", style.width());
		edge.addProperty("editable", LoadedModel.fileOf(line.edge().relation().relation()) != null);
		JsonArray points = new JsonArray();
		for (LaidOutDiagram.Point point : line.points()) {
			JsonObject p = new JsonObject();
			p.addProperty("x", point.x());
			p.addProperty("y", point.y());
			points.add(p);
		}
		edge.add("routingPoints", points);
		return edge;
	}

	private static JsonObject relative(Rect bounds, Rect parent) {
		JsonObject position = new JsonObject();
		position.addProperty("x", bounds.x() - (parent == null ? 0 : parent.x()));
		position.addProperty("y", bounds.y() - (parent == null ? 0 : parent.y()));
		return position;
	}

	private static JsonObject size(double width, double height) {
		JsonObject size = new JsonObject();
		size.addProperty("width", width);
		size.addProperty("height", height);
		return size;
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
