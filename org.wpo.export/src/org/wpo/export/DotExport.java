package org.wpo.export;

import java.util.Map;

/**
 * Graphviz DOT: areas as nested clusters, a shape per kind of element, a line style per relation kind;
 * a relation's label is its kind and, when it holds only in some products, its condition.
 */
public final class DotExport {

	private static final Map<String, String> SHAPES = Map.of("protocol", "box", "format", "note", "algorithm",
			"hexagon", "overview", "folder", "standard", "component", "technology", "ellipse");

	private static final Map<String, String> EDGE_STYLES = Map.ofEntries(
			Map.entry("runs-over", "style=solid"),
			Map.entry("extends", "style=bold, arrowhead=onormal"),
			Map.entry("profile-of", "style=dashed, arrowhead=onormal"),
			Map.entry("uses", "style=dotted"),
			Map.entry("requires", "style=dashed"),
			Map.entry("replaces", "style=solid, color=gray40, arrowhead=vee"),
			Map.entry("renamed-from", "style=dotted, color=gray40, arrowhead=vee"),
			Map.entry("obsoletes", "style=dashed, color=gray40, arrowhead=tee"),
			Map.entry("part-of", "style=solid, arrowhead=odiamond"),
			Map.entry("specified-by", "style=dotted, arrowhead=odot"),
			Map.entry("manages", "style=dashed, color=darkviolet, arrowhead=dot"));

	private DotExport() {
	}

	public static String write(ExportGraph graph) {
		StringBuilder out = new StringBuilder();
		out.append("digraph wpo {\n");
		out.append("\tgraph [rankdir=TB, fontname=\"Helvetica\", newrank=true];\n");
		out.append("\tnode [fontname=\"Helvetica\", fontsize=10];\n");
		out.append("\tedge [fontname=\"Helvetica\", fontsize=8];\n");
		writeCluster(graph, null, out, "\t");
		for (ExportGraph.Edge edge : graph.edges()) {
			out.append('\t').append(edge.source()).append(" -> ").append(edge.target()).append(" [label=")
					.append(quote(edge.label())).append(", ").append(EDGE_STYLES.getOrDefault(edge.kind(), "style=solid"))
					.append("];\n");
		}
		out.append("}\n");
		return out.toString();
	}

	private static void writeCluster(ExportGraph graph, String clusterId, StringBuilder out, String indent) {
		for (ExportGraph.Node node : graph.nodesIn(clusterId)) {
			out.append(indent).append(node.id()).append(" [label=").append(quote(node.label())).append(", shape=")
					.append(SHAPES.getOrDefault(node.type(), "box")).append(statusStyle(node.status())).append("];\n");
		}
		for (ExportGraph.Cluster cluster : graph.clustersIn(clusterId)) {
			out.append(indent).append("subgraph cluster_").append(cluster.id()).append(" {\n");
			out.append(indent).append("\tlabel=").append(quote(cluster.label())).append(";\n");
			writeCluster(graph, cluster.id(), out, indent + "\t");
			out.append(indent).append("}\n");
		}
	}

	/** Legacy elements are dashed, deprecated ones also grey, obsolete ones dotted and grey. */
	private static String statusStyle(String status) {
		return switch (status) {
		case "legacy" -> ", style=dashed";
		case "deprecated" -> ", style=\"dashed,filled\", fillcolor=gray90";
		case "obsolete" -> ", style=dotted, fontcolor=gray40";
		default -> "";
		};
	}

	/** A DOT double-quoted string. */
	static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + '"';
	}
}
