package org.wpo.render;

import java.util.List;

import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;

/**
 * The page of an area: its description, its sub-areas, the elements it holds, those that cite it
 * as a section and the relations stated in it.
 */
final class AreaPage {

	private final PageParts parts;
	private final SiteFacts site;

	AreaPage(PageParts parts) {
		this.parts = parts;
		this.site = parts.site;
	}

	String of(Area area) {
		Html html = parts.page(Labels.area(area), false);
		parts.breadcrumb(html, area.eContainer());
		html.raw("<h1>").text(area.getName());
		if (area.getTitle() != null) {
			html.raw(" <span class=\"title\">").text(area.getTitle()).raw("</span>");
		}
		html.raw("</h1>\n");
		if (area.getDescription() != null) {
			html.raw("<p class=\"description\">").text(area.getDescription()).raw("</p>\n");
		}
		List<Area> children = site.subAreas(area);
		if (!children.isEmpty()) {
			html.raw("<h2>Sub-areas</h2>\n");
			parts.areaTree(html, children);
		}
		html.raw("<h2>Specifications and technologies in this area</h2>\n");
		List<Element> in = site.placed(area);
		if (in.isEmpty()) {
			html.raw("<p class=\"empty\">None is placed directly in this area.</p>\n");
		} else {
			parts.elementTable(html, in);
		}
		List<Element> cited = site.citing(area);
		if (!cited.isEmpty()) {
			html.raw("<h2>Described in this section</h2>\n");
			parts.elementTable(html, cited);
		}
		List<ModelGraph.Edge> relations = site.citingRelations(area);
		if (!relations.isEmpty()) {
			html.raw("<h2>Relations stated in this section</h2>\n<table class=\"relations\">\n"
					+ "<thead><tr><th>From</th><th>Relation</th><th>To</th><th>Note</th></tr></thead>\n<tbody>\n");
			for (ModelGraph.Edge edge : relations) {
				html.raw("<tr><td>").link(site.pages.of(edge.source()), edge.source().getName())
						.raw("</td><td class=\"kind\">").text(edge.kind().getLiteral()).raw("</td><td>")
						.link(site.pages.of(edge.target()), edge.target().getName()).raw("</td><td>")
						.text(edge.relation().getNote()).raw("</td></tr>\n");
			}
			html.raw("</tbody>\n</table>\n");
		}
		return html.end();
	}
}
