package org.wpo.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.Status;

/**
 * The pieces several kinds of report page are made of: the page around the content (head, header
 * with the navigation and the search box), diagrams with links to the pages, tables of elements,
 * trees of areas, breadcrumbs, facts and links to areas.
 */
final class PageParts {

	/** Marks every page as the report's, so that a later report knows which pages it may remove. */
	static final String GENERATOR = "<meta name=\"generator\" content=\"WPO Studio report\"/>";

	final SiteFacts site;

	PageParts(SiteFacts site) {
		this.site = site;
	}

	/** A page up to the start of its main content; the caller adds the content and ends it. */
	Html page(String title, boolean wide) {
		Html html = new Html();
		html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n" + GENERATOR + "\n<title>")
				.text(title + " \u2013 WPO model report").raw("</title>\n<link rel=\"icon\" href=\"data:,\"/>\n")
				.raw("<link rel=\"stylesheet\" href=\"" + ReportSite.STYLE + "\"/>\n")
				.raw("<script src=\"" + ReportSite.SEARCH_INDEX + "\" defer=\"defer\"></script>\n")
				.raw("<script src=\"" + ReportSite.SEARCH_SCRIPT + "\" defer=\"defer\"></script>\n</head>\n<body>\n")
				.raw("<header>\n<a class=\"site\" href=\"" + ReportSite.INDEX + "\">WPO model report</a>\n<nav>")
				.raw("<a href=\"" + ReportSite.INDEX + "\">Area map</a>")
				.raw("<a href=\"" + ReportSite.LAYER_STACK + "\">Layer stack</a>")
				.raw("<a href=\"" + ReportSite.ELEMENTS + "\">All elements</a></nav>\n")
				.raw("<form class=\"search\" role=\"search\" action=\"#\" autocomplete=\"off\">"
						+ "<input id=\"search\" type=\"search\" placeholder=\"Search names, titles, descriptions\""
						+ " aria-label=\"Search the model\"/><ol id=\"search-results\"></ol></form>\n</header>\n")
				.raw(wide ? "<main class=\"wide\">\n" : "<main>\n");
		return html;
	}

	/** A diagram as inline SVG whose elements and areas link to their pages. */
	void diagram(Html html, LaidOutDiagram diagram) {
		html.raw("<div class=\"diagram\">\n");
		html.raw(SvgWriter.write(diagram, new SvgWriter.Links() {
			@Override
			public String element(Element element) {
				return site.pages.of(element);
			}

			@Override
			public String area(Area area) {
				return site.pages.of(area);
			}
		}, false));
		html.raw("</div>\n");
	}

	/** Areas as a nested list of links, each with the number of elements it holds. */
	void areaTree(Html html, List<Area> areas) {
		if (areas.isEmpty()) {
			return;
		}
		html.raw("<ul class=\"areas\">\n");
		for (Area area : areas) {
			html.raw("<li>").link(site.pages.of(area), Labels.area(area));
			int count = site.placed(area).size();
			if (count > 0) {
				html.raw(" <span class=\"empty\">(").text(MessageText.plural(count, "element")).raw(")</span>");
			}
			html.raw("\n");
			areaTree(html, site.subAreas(area));
			html.raw("</li>\n");
		}
		html.raw("</ul>\n");
	}

	/** A table of elements: name, title, kind, status, layer and area. */
	void elementTable(Html html, List<Element> elements) {
		html.raw("<table class=\"elements\">\n<thead><tr><th>Name</th><th>Title</th><th>Kind</th><th>Status</th>"
				+ "<th>Layer</th><th>Area</th></tr></thead>\n<tbody>\n");
		for (Element element : elements) {
			html.raw("<tr><td>").link(site.pages.of(element), element.getName()).raw("</td><td>")
					.text(element.getTitle()).raw("</td><td>").text(ModelNames.kind(element)).raw("</td><td")
					.raw(statusClass(element.getStatus())).raw(">").text(element.getStatus().getLiteral())
					.raw("</td><td>").text(layerName(element.getLayer())).raw("</td><td>");
			Optional<Area> area = Placement.areaOf(element);
			if (area.isPresent()) {
				html.link(site.pages.of(area.get()), area.get().getName());
			}
			html.raw("</td></tr>\n");
		}
		html.raw("</tbody>\n</table>\n");
	}

	/** The line of links from the area map down to an area (the given parent and its own parents). */
	void breadcrumb(Html html, EObject parent) {
		List<Area> chain = new ArrayList<>();
		for (EObject p = parent; p instanceof Area a; p = a.eContainer()) {
			chain.add(0, a);
		}
		html.raw("<p class=\"breadcrumb\"><a href=\"").raw(ReportSite.INDEX).raw("\">Area map</a>");
		for (Area a : chain) {
			html.raw(" \u203A ").link(site.pages.of(a), Labels.area(a));
		}
		html.raw("</p>\n");
	}

	/** Starts a fact of a list of facts; the caller adds its value and ends it with {@code </dd>}. */
	static Html fact(Html html, String name) {
		return html.raw("<dt>").text(name).raw("</dt><dd>");
	}

	/** A fact listing areas as links, left out when none of them is found. */
	void areaList(Html html, String name, List<Area> areas) {
		List<Area> resolved = areas.stream().filter(a -> a != null && !a.eIsProxy()).toList();
		if (resolved.isEmpty()) {
			return;
		}
		fact(html, name);
		for (int i = 0; i < resolved.size(); i++) {
			if (i > 0) {
				html.raw(", ");
			}
			html.link(site.pages.of(resolved.get(i)), Labels.area(resolved.get(i)));
		}
		html.raw("</dd>\n");
	}

	/** A link to the section a relation cites, when it cites one that is found. */
	void section(Html html, Relation relation) {
		Area section = relation.getSection();
		if (section != null && !section.eIsProxy()) {
			html.link(site.pages.of(section), Labels.area(section));
		}
	}

	static String statusClass(Status status) {
		return status == Status.CURRENT ? "" : " class=\"status-" + status.getLiteral() + "\"";
	}

	private static String layerName(Layer layer) {
		return layer == null || layer.eIsProxy() ? "" : layer.getName();
	}
}
