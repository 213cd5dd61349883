package org.wpo.export;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;

/**
 * The model as a graph that every diagram format writes: elements as nodes with short generated ids
 * (n1, n2, ...), relations as one edge per target, areas as nested clusters.
 */
public final class ExportGraph {

	/**
	 * An element; {@code type} is the specification kind or "technology"; {@code applies} the products
	 * it applies to in words ({@code from Windows 2000}), from its body or an extend block, or null.
	 */
	public record Node(String id, String name, String title, String type, String status, String layer,
			String clusterId, String applies) {
		/** The text to show: the name, and the title when there is one. */
		public String label() {
			return title == null || title.isEmpty() || title.equals(name) ? name : name + "\n" + title;
		}
	}

	/**
	 * One target of a relation. {@code via} names the target's carriers the relation uses (empty for
	 * none); {@code condition} is its {@code only} condition in words ({@code only from Windows 8}) and
	 * {@code conditionProducts} the products it names (null when it holds in all or cannot be
	 * evaluated); {@code sourceDocument} and {@code sourceSection} cite a document outside the model.
	 */
	public record Edge(String id, String source, String target, String kind, String section, String note,
			List<String> via, String condition, List<String> conditionProducts, String sourceDocument,
			String sourceSection) {

		/** The edge's label: its kind, and its condition when it has one ({@code runs-over only in A}). */
		public String label() {
			return condition == null ? kind : kind + " " + condition;
		}
	}

	/** An area; {@code label} is its name and title; {@code parentId} is null for a top-level area. */
	public record Cluster(String id, String name, String title, String label, String parentId) {
	}

	private final List<Node> nodes = new ArrayList<>();
	private final List<Edge> edges = new ArrayList<>();
	private final List<Cluster> clusters = new ArrayList<>();
	private final Map<EObject, String> ids = new IdentityHashMap<>();

	public static ExportGraph of(ModelContents contents) {
		ExportGraph graph = new ExportGraph();
		for (Area area : contents.areas) {
			String id = "c" + (graph.clusters.size() + 1);
			graph.ids.put(area, id);
			String parent = area.eContainer() instanceof Area p ? graph.ids.get(p) : null;
			graph.clusters.add(new Cluster(id, area.getName(), area.getTitle(), Labels.area(area), parent));
		}
		List<Element> elements = new ArrayList<>(contents.specifications);
		elements.addAll(contents.technologies);
		elements.sort((a, b) -> Integer.compare(contents.order(a), contents.order(b)));
		for (Element element : elements) {
			String id = "n" + (graph.nodes.size() + 1);
			graph.ids.put(element, id);
			Area area = Placement.areaOf(element).orElse(null);
			Layer layer = element.getLayer();
			graph.nodes.add(new Node(id, element.getName(), element.getTitle(), ModelNames.kind(element),
					element.getStatus().getLiteral(), layer == null || layer.eIsProxy() ? null : layer.getName(),
					area == null ? null : graph.ids.get(area), applies(element)));
		}
		for (Relation relation : contents.relations) {
			Element source = Relations.source(relation);
			for (Element target : relation.getTargets()) {
				String from = graph.ids.get(source);
				String to = graph.ids.get(target);
				if (from != null && to != null) {
					graph.edges.add(edge("e" + (graph.edges.size() + 1), from, to, relation));
				}
			}
		}
		return graph;
	}

	private static String applies(Element element) {
		Applicability statement = Availability.statement(element);
		return statement == null ? null : Labels.applicability(statement);
	}

	private static Edge edge(String id, String from, String to, Relation relation) {
		Applicability condition = relation.getCondition();
		return new Edge(id, from, to, relation.getKind().getLiteral(),
				relation.getSection() == null || relation.getSection().eIsProxy() ? null
						: relation.getSection().getName(),
				relation.getNote(),
				relation.getVia().stream().filter(v -> v != null && !v.eIsProxy()).map(Element::getName).toList(),
				condition == null ? null : "only " + Labels.applicability(condition),
				Availability.of(relation).map(products -> products.stream().map(Product::getName).toList())
						.orElse(null),
				relation.getSourceDocument(), relation.getSourceSection());
	}

	public List<Node> nodes() {
		return nodes;
	}

	public List<Edge> edges() {
		return edges;
	}

	public List<Cluster> clusters() {
		return clusters;
	}

	/** Top-level clusters, or the children of one cluster, in document order. */
	public List<Cluster> clustersIn(String parentId) {
		return clusters.stream().filter(c -> java.util.Objects.equals(c.parentId(), parentId)).toList();
	}

	/** The nodes placed directly in a cluster, or those in no cluster for null. */
	public List<Node> nodesIn(String clusterId) {
		return nodes.stream().filter(n -> java.util.Objects.equals(n.clusterId(), clusterId)).toList();
	}
}
