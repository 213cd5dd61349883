package org.wpo.export;

import java.util.Map;

/**
 * A PlantUML component diagram: areas as packages, a stereotype per kind, relation kinds (and the
 * condition of a relation that holds only in some products) on the arrows.
 */
public final class PlantUmlExport {

	private static final Map<String, String> ARROWS = Map.ofEntries(Map.entry("runs-over", "-->"),
			Map.entry("extends", "--|>"), Map.entry("profile-of", "..|>"), Map.entry("uses", "..>"),
			Map.entry("requires", "..>"), Map.entry("replaces", "-->"), Map.entry("renamed-from", "..>"),
			Map.entry("obsoletes", "--x"), Map.entry("part-of", "--o"), Map.entry("specified-by", "..>"),
			Map.entry("manages", "..>"));

	private PlantUmlExport() {
	}

	public static String write(ExportGraph graph) {
		StringBuilder out = new StringBuilder("@startuml\n");
		out.append("skinparam componentStyle rectangle\n");
		out.append("skinparam shadowing false\n");
		writeCluster(graph, null, out, "");
		for (ExportGraph.Edge edge : graph.edges()) {
			out.append(edge.source()).append(' ').append(ARROWS.getOrDefault(edge.kind(), "-->")).append(' ')
					.append(edge.target()).append(" : ").append(text(edge.label())).append('\n');
		}
		out.append("@enduml\n");
		return out.toString();
	}

	private static void writeCluster(ExportGraph graph, String clusterId, StringBuilder out, String indent) {
		for (ExportGraph.Node node : graph.nodesIn(clusterId)) {
			out.append(indent).append("component \"").append(text(node.label())).append("\" as ").append(node.id())
					.append(" <<").append(node.type()).append(">>");
			if (!node.status().equals("current")) {
				out.append(" #line.dashed");
			}
			out.append('\n');
		}
		for (ExportGraph.Cluster cluster : graph.clustersIn(clusterId)) {
			out.append(indent).append("package \"").append(text(cluster.label())).append("\" as ").append(cluster.id())
					.append(" {\n");
			writeCluster(graph, cluster.id(), out, indent + "  ");
			out.append(indent).append("}\n");
		}
	}

	/** Text inside a quoted PlantUML name: quotes as Unicode escapes, line breaks as \n. */
	static String text(String text) {
		return text.replace("\\", "\\\\").replace("\"", "<U+0022>").replace("\r", "").replace("\n", "\\n");
	}
}
