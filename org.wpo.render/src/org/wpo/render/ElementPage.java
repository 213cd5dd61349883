package org.wpo.render;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.EcoreUtil2;
import org.wpo.diagram.DiagramContent;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;
import org.wpo.query.StackQuery;

/**
 * The page of a specification or technology: its facts, description and remark, its protocol
 * stack with the transport paths, and its relations in both directions with the sections they cite.
 */
final class ElementPage {

	private final PageParts parts;
	private final SiteFacts site;

	ElementPage(PageParts parts) {
		this.parts = parts;
		this.site = parts.site;
	}

	String of(Element element) {
		Html html = parts.page(element.getName(), false);
		parts.breadcrumb(html, Placement.areaOf(element).orElse(null));
		html.raw("<h1><span class=\"name\">").text(element.getName()).raw("</span>");
		if (element.getTitle() != null) {
			html.raw(" <span class=\"title\">").text(element.getTitle()).raw("</span>");
		}
		html.raw("</h1>\n");
		facts(html, element);
		if (element.getDescription() != null) {
			html.raw("<p class=\"description\">").text(element.getDescription()).raw("</p>\n");
		}
		if (element.getRemark() != null) {
			html.raw("<p class=\"remark\">").text(element.getRemark()).raw("</p>\n");
		}
		stack(html, element);
		outgoing(html, element);
		incoming(html, element);
		return html.end();
	}

	private void facts(Html html, Element element) {
		html.raw("<dl class=\"facts\">\n");
		PageParts.fact(html, "Kind").text(ModelNames.kind(element)).raw("</dd>\n");
		PageParts.fact(html, "Status").raw("<span").raw(PageParts.statusClass(element.getStatus())).raw(">")
				.text(element.getStatus().getLiteral()).raw("</span></dd>\n");
		if (element.getLayer() != null && !element.getLayer().eIsProxy()) {
			PageParts.fact(html, "Layer").text(Labels.layer(element.getLayer())).raw("</dd>\n");
		}
		Optional<Area> area = Placement.areaOf(element);
		if (area.isPresent()) {
			PageParts.fact(html, "Area").link(site.pages.of(area.get()), Labels.area(area.get())).raw("</dd>\n");
		}
		parts.areaList(html, "Sections", element.getSections());
		parts.areaList(html, "Covers", element.getCovers());
		if (!element.getAliases().isEmpty()) {
			PageParts.fact(html, "Also known as").text(String.join(", ", element.getAliases())).raw("</dd>\n");
		}
		PageParts.fact(html, "Applies to").text(applicability(element)).raw("</dd>\n");
		Model model = EcoreUtil2.getContainerOfType(element, Model.class);
		if (model != null && model.getName() != null) {
			PageParts.fact(html, "Model").text(model.getName()).raw("</dd>\n");
		}
		html.raw("</dl>\n");
	}

	/** The applies statement in words, with the products it names. */
	static String applicability(Element element) {
		Applicability applicability = Availability.statement(element);
		if (applicability == null) {
			return "not restricted to particular products";
		}
		Optional<Set<Product>> products = Availability.of(element);
		if (products.isEmpty()) {
			return "a statement that names no product that can be found";
		}
		String list = products.get().stream().map(Product::getName).collect(Collectors.joining(", "));
		if (!applicability.getProducts().isEmpty()) {
			return list;
		}
		return Labels.applicability(applicability) + " (" + list + ")";
	}

	private void stack(Html html, Element element) {
		html.raw("<h2>Protocol stack</h2>\n");
		DiagramContent stack = DiagramContent.stack(site.index, element);
		if (stack.nodes().size() <= 1) {
			html.raw("<p class=\"empty\">").text(element.getName() + " runs over, extends, is a profile of and requires "
					+ "nothing in the model.").raw("</p>\n");
			return;
		}
		html.raw("<p>What one needs beneath ").text(element.getName())
				.raw(": everything it runs over, extends, is a profile of or requires, transitively.</p>\n");
		parts.diagram(html, DiagramLayout.layout(stack, "Protocol stack of " + element.getName()));
		StackQuery.Result result = StackQuery.run(site.index, element);
		if (result.transportPaths().isEmpty()) {
			return;
		}
		html.raw("<h2>Transport paths</h2>\n<ul class=\"paths\">\n");
		for (List<Element> path : result.transportPaths()) {
			html.raw("<li>");
			for (int i = 0; i < path.size(); i++) {
				if (i > 0) {
					html.raw(" \u2192 ");
				}
				html.link(site.pages.of(path.get(i)), path.get(i).getName());
			}
			html.raw("</li>\n");
		}
		if (result.pathsTruncated()) {
			html.raw("<li class=\"empty\">").text("Only the first " + StackQuery.MAX_PATHS + " paths are shown.")
					.raw("</li>\n");
		}
		html.raw("</ul>\n");
	}

	private void outgoing(Html html, Element element) {
		List<ModelGraph.Edge> outgoing = site.index.graph().outgoing(element);
		html.raw("<h2>Relations from ").text(element.getName()).raw("</h2>\n");
		if (outgoing.isEmpty()) {
			html.raw("<p class=\"empty\">None.</p>\n");
			return;
		}
		html.raw("<table class=\"relations outgoing\">\n<thead><tr><th>Relation</th><th>To</th><th>Section</th>"
				+ "<th>Note</th></tr></thead>\n<tbody>\n");
		for (ModelGraph.Edge edge : outgoing) {
			html.raw("<tr><td class=\"kind\">").text(edge.kind().getLiteral()).raw("</td><td>")
					.link(site.pages.of(edge.target()), edge.target().getName()).raw(" ").raw("<span class=\"title\">")
					.text(edge.target().getTitle()).raw("</span></td><td>");
			parts.section(html, edge.relation());
			html.raw("</td><td>").text(edge.relation().getNote()).raw("</td></tr>\n");
		}
		html.raw("</tbody>\n</table>\n");
	}

	private void incoming(Html html, Element element) {
		List<ModelGraph.Edge> incoming = site.index.graph().incoming(element);
		html.raw("<h2>Relations to ").text(element.getName()).raw("</h2>\n");
		if (incoming.isEmpty()) {
			html.raw("<p class=\"empty\">None.</p>\n");
			return;
		}
		html.raw("<table class=\"relations incoming\">\n<thead><tr><th>From</th><th>Relation</th><th>Section</th>"
				+ "<th>Note</th></tr></thead>\n<tbody>\n");
		for (ModelGraph.Edge edge : incoming) {
			html.raw("<tr><td>").link(site.pages.of(edge.source()), edge.source().getName()).raw(" ")
					.raw("<span class=\"title\">").text(edge.source().getTitle()).raw("</span></td><td class=\"kind\">")
					.text(edge.kind().getLiteral()).raw("</td><td>");
			parts.section(html, edge.relation());
			html.raw("</td><td>").text(edge.relation().getNote()).raw("</td></tr>\n");
		}
		html.raw("</tbody>\n</table>\n");
	}
}
