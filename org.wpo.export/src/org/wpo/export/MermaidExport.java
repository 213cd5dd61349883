package org.wpo.export;

import java.util.Map;

/**
 * A Mermaid flowchart: areas as nested subgraphs, a node shape per kind, relation kinds (and the
 * condition of a relation that holds only in some products) on the edges.
 */
public final class MermaidExport {

	/** Opening and closing brackets of each node shape. */
	private static final Map<String, String[]> SHAPES = Map.of("protocol", new String[] { "[", "]" }, "format",
			new String[] { "[/", "/]" }, "algorithm", new String[] { "{{", "}}" }, "overview",
			new String[] { "[[", "]]" }, "standard", new String[] { "[(", ")]" }, "technology",
			new String[] { "(", ")" });

	private MermaidExport() {
	}

	public static String write(ExportGraph graph) {
		StringBuilder out = new StringBuilder("flowchart TB\n");
		writeCluster(graph, null, out, "\t");
		for (ExportGraph.Edge edge : graph.edges()) {
			String arrow = switch (edge.kind()) {
			case "runs-over" -> "-->";
			case "uses", "specified-by", "renamed-from", "manages" -> "-.->";
			default -> "==>";
			};
			out.append('\t').append(edge.source()).append(' ').append(arrow).append('|').append(text(edge.label()))
					.append("| ").append(edge.target()).append('\n');
		}
		for (ExportGraph.Node node : graph.nodes()) {
			if (!node.status().equals("current")) {
				out.append("\tclass ").append(node.id()).append(' ').append(node.status()).append('\n');
			}
		}
		out.append("\tclassDef legacy stroke-dasharray: 5 5\n");
		out.append("\tclassDef deprecated stroke-dasharray: 5 5,fill:#e8e8e8\n");
		out.append("\tclassDef obsolete stroke-dasharray: 2 2,color:#777777\n");
		return out.toString();
	}

	private static void writeCluster(ExportGraph graph, String clusterId, StringBuilder out, String indent) {
		for (ExportGraph.Node node : graph.nodesIn(clusterId)) {
			String[] shape = SHAPES.getOrDefault(node.type(), new String[] { "[", "]" });
			out.append(indent).append(node.id()).append(shape[0]).append('"').append(text(node.label())).append('"')
					.append(shape[1]).append('\n');
		}
		for (ExportGraph.Cluster cluster : graph.clustersIn(clusterId)) {
			out.append(indent).append("subgraph ").append(cluster.id()).append("[\"").append(text(cluster.label()))
					.append("\"]\n");
			writeCluster(graph, cluster.id(), out, indent + "\t");
			out.append(indent).append("end\n");
		}
	}

	/** Text inside a quoted Mermaid label: entity codes for the characters Mermaid would read. */
	static String text(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> out.append("#quot;");
			case '#' -> out.append("#35;");
			case '<' -> out.append("#lt;");
			case '>' -> out.append("#gt;");
			case '|' -> out.append("#124;");
			case '\n' -> out.append("<br/>");
			case '\r' -> {
			}
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
