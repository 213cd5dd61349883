package org.wpo.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Specification;

/**
 * The pages about the whole model: the index (the area map and the tree of areas), the layer
 * stack (its diagram and the elements of each layer) and the table of all elements.
 */
final class OverviewPages {

	private final PageParts parts;
	private final SiteFacts site;

	OverviewPages(PageParts parts) {
		this.parts = parts;
		this.site = parts.site;
	}

	String index() {
		Html html = parts.page("Area map", true);
		html.raw("<h1>Area map</h1>\n");
		long specifications = site.index.elements().stream().filter(Specification.class::isInstance).count();
		html.raw("<p>").text(models()).text(": " + site.index.areas().size() + " areas, " + specifications
				+ " specifications, " + (site.index.elements().size() - specifications) + " technologies. ")
				.text("Click an area or an element in the map to open its page.").raw("</p>\n");
		parts.diagram(html, Diagrams.areaMap(site.index));
		html.raw("<h2>Areas</h2>\n");
		parts.areaTree(html, site.index.areas().stream().filter(a -> !(a.eContainer() instanceof Area)).toList());
		return html.end();
	}

	/** "Model mswpo", "Models lab, mswpo", or "The model" when no file names its model. */
	private String models() {
		Set<String> names = new LinkedHashSet<>();
		for (Element element : site.index.elements()) {
			Model model = EcoreUtil2.getContainerOfType(element, Model.class);
			if (model != null && model.getName() != null) {
				names.add(model.getName());
			}
		}
		return names.isEmpty() ? "The model" : (names.size() == 1 ? "Model " : "Models ") + String.join(", ", names);
	}

	String layerStack() {
		Html html = parts.page("Layer stack", true);
		html.raw("<h1>Layer stack</h1>\n<p>One lane per layer, highest first; arrows are runs-over relations.</p>\n");
		parts.diagram(html, Diagrams.layerStack(site.index));
		for (Layer layer : site.index.layers()) {
			html.raw("<h2>").text(Labels.layerHeading(layer)).raw("</h2>\n");
			List<Element> in = site.index.elements().stream().filter(e -> e.getLayer() == layer).toList();
			if (in.isEmpty()) {
				html.raw("<p class=\"empty\">No element is in this layer.</p>\n");
			} else {
				parts.elementTable(html, in);
			}
		}
		return html.end();
	}

	String elements() {
		Html html = parts.page("All elements", false);
		html.raw("<h1>All elements</h1>\n");
		parts.elementTable(html, site.index.elements());
		return html.end();
	}
}
