package org.wpo.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.wpo.diagram.DiagramContent;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.Status;
import org.wpo.export.AtomicFiles;
import org.wpo.query.ModelIndex;
import org.wpo.query.StackQuery;

/**
 * The static HTML report of a model: an index with the area map, the layer stack, a table of all
 * elements, one page per area and one per element (specification or technology) with its protocol
 * stack and its relations in both directions. Pages link to each other; a search box searches a
 * JSON index in the browser. Nothing is loaded from outside the site, every piece of model text is
 * escaped, and the same model gives the same files.
 */
public final class ReportSite {

	static final String INDEX = "index.html";
	static final String LAYER_STACK = "layer-stack.html";
	static final String ELEMENTS = "elements.html";
	static final String STYLE = "style.css";
	static final String SEARCH_SCRIPT = "search.js";
	static final String SEARCH_INDEX = "search-index.js";
	static final List<String> FIXED_FILES = List.of(INDEX, LAYER_STACK, ELEMENTS, STYLE, SEARCH_SCRIPT,
			SEARCH_INDEX);
	/** Marks every page as the report's, so that a later report knows which pages it may remove. */
	static final String GENERATOR = "<meta name=\"generator\" content=\"WPO Studio report\"/>";

	private final ModelIndex index;
	private final PageNames pages;
	private final Map<Area, List<Area>> subAreas = new LinkedHashMap<>();
	private final Map<Area, List<Element>> placed = new LinkedHashMap<>();
	private final Map<Area, List<Element>> citing = new LinkedHashMap<>();
	private final Map<Area, List<ModelGraph.Edge>> citingRelations = new LinkedHashMap<>();

	private ReportSite(ModelIndex index) {
		this.index = index;
		this.pages = new PageNames(index);
		for (Area area : index.areas()) {
			if (area.eContainer() instanceof Area parent) {
				subAreas.computeIfAbsent(parent, a -> new ArrayList<>()).add(area);
			}
		}
		for (Element element : index.elements()) {
			Placement.areaOf(element).ifPresent(area -> placed.computeIfAbsent(area, a -> new ArrayList<>()).add(element));
			for (Area area : element.getSections()) {
				addOnce(citing, area, element);
			}
			for (Area area : element.getCovers()) {
				addOnce(citing, area, element);
			}
			for (ModelGraph.Edge edge : index.graph().outgoing(element)) {
				Area section = edge.relation().getSection();
				if (section != null && !section.eIsProxy()) {
					citingRelations.computeIfAbsent(section, a -> new ArrayList<>()).add(edge);
				}
			}
		}
	}

	private static <K, V> void addOnce(Map<K, List<V>> map, K key, V value) {
		if (key != null && !(key instanceof EObject o && o.eIsProxy())) {
			List<V> list = map.computeIfAbsent(key, k -> new ArrayList<>());
			if (!list.contains(value)) {
				list.add(value);
			}
		}
	}

	/** Every file of the site, by file name, in a fixed order. */
	public static Map<String, String> files(ModelIndex index) {
		return new ReportSite(index).build();
	}

	/**
	 * Writes the site into a folder, each file whole or not at all, then removes the pages an earlier
	 * report wrote there that this one no longer has (an element renamed or removed), so that no page
	 * of a model that is gone stays reachable by its old address. Only pages that carry the report's
	 * mark are removed; any other file in the folder is left alone. Returns the files written.
	 */
	public static List<Path> write(ModelIndex index, Path folder) throws IOException {
		Files.createDirectories(folder);
		Map<String, String> site = files(index);
		List<Path> written = new ArrayList<>();
		for (Map.Entry<String, String> file : site.entrySet()) {
			Path path = AtomicFiles.inside(folder, file.getKey());
			OutputFiles.write(path, file.getValue());
			written.add(path);
		}
		for (Path stale : stalePages(folder, site.keySet())) {
			Files.deleteIfExists(stale);
		}
		return written;
	}

	/** The pages in the folder, written by an earlier report, that are not among the given names. */
	static List<Path> stalePages(Path folder, Set<String> current) throws IOException {
		List<Path> stale = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.html")) {
			for (Path file : files) {
				if (!current.contains(file.getFileName().toString()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
						&& isReportPage(file)) {
					stale.add(file);
				}
			}
		}
		stale.sort(null);
		return stale;
	}

	/** Whether the file starts as the report's pages do, mark included (only its head is read). */
	private static boolean isReportPage(Path file) throws IOException {
		byte[] head = new byte[512];
		int length;
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			length = in.readNBytes(head, 0, head.length);
		}
		return new String(head, 0, length, StandardCharsets.UTF_8).contains(GENERATOR);
	}

	private Map<String, String> build() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put(INDEX, indexPage());
		files.put(LAYER_STACK, layerStackPage());
		files.put(ELEMENTS, elementsPage());
		for (Area area : index.areas()) {
			files.put(pages.of(area), areaPage(area));
		}
		for (Element element : index.elements()) {
			files.put(pages.of(element), elementPage(element));
		}
		files.put(STYLE, resource(STYLE));
		files.put(SEARCH_SCRIPT, resource(SEARCH_SCRIPT));
		files.put(SEARCH_INDEX, searchIndex());
		return files;
	}

	// ---------------------------------------------------------------- pages

	private String indexPage() {
		Html html = page("Area map", true);
		html.raw("<h1>Area map</h1>\n");
		long specifications = index.elements().stream().filter(e -> e instanceof org.wpo.dsl.wpo.Specification).count();
		html.raw("<p>").text(models()).text(": " + index.areas().size() + " areas, " + specifications
				+ " specifications, " + (index.elements().size() - specifications) + " technologies. ")
				.text("Click an area or an element in the map to open its page.").raw("</p>\n");
		diagram(html, Diagrams.areaMap(index));
		html.raw("<h2>Areas</h2>\n");
		areaTree(html, index.areas().stream().filter(a -> !(a.eContainer() instanceof Area)).toList());
		return html.end();
	}

	private void areaTree(Html html, List<Area> areas) {
		if (areas.isEmpty()) {
			return;
		}
		html.raw("<ul class=\"areas\">\n");
		for (Area area : areas) {
			html.raw("<li>").link(pages.of(area), Labels.area(area));
			int count = placed.getOrDefault(area, List.of()).size();
			if (count > 0) {
				html.raw(" <span class=\"empty\">(").text(count + (count == 1 ? " element" : " elements"))
						.raw(")</span>");
			}
			html.raw("\n");
			areaTree(html, subAreas.getOrDefault(area, List.of()));
			html.raw("</li>\n");
		}
		html.raw("</ul>\n");
	}

	private String layerStackPage() {
		Html html = page("Layer stack", true);
		html.raw("<h1>Layer stack</h1>\n<p>One lane per layer, highest first; arrows are runs-over relations.</p>\n");
		diagram(html, Diagrams.layerStack(index));
		for (Layer layer : index.layers()) {
			html.raw("<h2>").text(Labels.layerHeading(layer)).raw("</h2>\n");
			List<Element> in = index.elements().stream().filter(e -> e.getLayer() == layer).toList();
			if (in.isEmpty()) {
				html.raw("<p class=\"empty\">No element is in this layer.</p>\n");
			} else {
				elementTable(html, in);
			}
		}
		return html.end();
	}

	private String elementsPage() {
		Html html = page("All elements", false);
		html.raw("<h1>All elements</h1>\n");
		elementTable(html, index.elements());
		return html.end();
	}

	private void elementTable(Html html, List<Element> elements) {
		html.raw("<table class=\"elements\">\n<thead><tr><th>Name</th><th>Title</th><th>Kind</th><th>Status</th>"
				+ "<th>Layer</th><th>Area</th></tr></thead>\n<tbody>\n");
		for (Element element : elements) {
			html.raw("<tr><td>").link(pages.of(element), element.getName()).raw("</td><td>")
					.text(element.getTitle()).raw("</td><td>").text(SvgWriter.kind(element)).raw("</td><td")
					.raw(statusClass(element.getStatus())).raw(">").text(element.getStatus().getLiteral())
					.raw("</td><td>").text(layerName(element.getLayer())).raw("</td><td>");
			Optional<Area> area = Placement.areaOf(element);
			if (area.isPresent()) {
				html.link(pages.of(area.get()), area.get().getName());
			}
			html.raw("</td></tr>\n");
		}
		html.raw("</tbody>\n</table>\n");
	}

	private String areaPage(Area area) {
		Html html = page(Labels.area(area), false);
		breadcrumb(html, area.eContainer());
		html.raw("<h1>").text(area.getName());
		if (area.getTitle() != null) {
			html.raw(" <span class=\"title\">").text(area.getTitle()).raw("</span>");
		}
		html.raw("</h1>\n");
		if (area.getDescription() != null) {
			html.raw("<p class=\"description\">").text(area.getDescription()).raw("</p>\n");
		}
		List<Area> children = subAreas.getOrDefault(area, List.of());
		if (!children.isEmpty()) {
			html.raw("<h2>Sub-areas</h2>\n");
			areaTree(html, children);
		}
		html.raw("<h2>Specifications and technologies in this area</h2>\n");
		List<Element> in = placed.getOrDefault(area, List.of());
		if (in.isEmpty()) {
			html.raw("<p class=\"empty\">None is placed directly in this area.</p>\n");
		} else {
			elementTable(html, in);
		}
		List<Element> cited = citing.getOrDefault(area, List.of());
		if (!cited.isEmpty()) {
			html.raw("<h2>Described in this section</h2>\n");
			elementTable(html, cited);
		}
		List<ModelGraph.Edge> relations = citingRelations.getOrDefault(area, List.of());
		if (!relations.isEmpty()) {
			html.raw("<h2>Relations stated in this section</h2>\n<table class=\"relations\">\n"
					+ "<thead><tr><th>From</th><th>Relation</th><th>To</th><th>Note</th></tr></thead>\n<tbody>\n");
			for (ModelGraph.Edge edge : relations) {
				html.raw("<tr><td>").link(pages.of(edge.source()), edge.source().getName()).raw("</td><td class=\"kind\">")
						.text(edge.kind().getLiteral()).raw("</td><td>")
						.link(pages.of(edge.target()), edge.target().getName()).raw("</td><td>")
						.text(edge.relation().getNote()).raw("</td></tr>\n");
			}
			html.raw("</tbody>\n</table>\n");
		}
		return html.end();
	}

	private void breadcrumb(Html html, EObject parent) {
		List<Area> chain = new ArrayList<>();
		for (EObject p = parent; p instanceof Area a; p = a.eContainer()) {
			chain.add(0, a);
		}
		html.raw("<p class=\"breadcrumb\"><a href=\"").raw(INDEX).raw("\">Area map</a>");
		for (Area a : chain) {
			html.raw(" \u203A ").link(pages.of(a), Labels.area(a));
		}
		html.raw("</p>\n");
	}

	private String elementPage(Element element) {
		Html html = page(element.getName(), false);
		breadcrumb(html, Placement.areaOf(element).orElse(null));
		html.raw("<h1><span class=\"name\">").text(element.getName()).raw("</span>");
		if (element.getTitle() != null) {
			html.raw(" <span class=\"title\">").text(element.getTitle()).raw("</span>");
		}
		html.raw("</h1>\n<dl class=\"facts\">\n");
		fact(html, "Kind").text(SvgWriter.kind(element)).raw("</dd>\n");
		fact(html, "Status").raw("<span").raw(statusClass(element.getStatus())).raw(">")
				.text(element.getStatus().getLiteral()).raw("</span></dd>\n");
		if (element.getLayer() != null && !element.getLayer().eIsProxy()) {
			fact(html, "Layer").text(Labels.layer(element.getLayer())).raw("</dd>\n");
		}
		Optional<Area> area = Placement.areaOf(element);
		if (area.isPresent()) {
			fact(html, "Area").link(pages.of(area.get()), Labels.area(area.get())).raw("</dd>\n");
		}
		areaList(html, "Sections", element.getSections());
		areaList(html, "Covers", element.getCovers());
		if (!element.getAliases().isEmpty()) {
			fact(html, "Also known as").text(String.join(", ", element.getAliases())).raw("</dd>\n");
		}
		fact(html, "Applies to").text(applicability(element)).raw("</dd>\n");
		Model model = modelOf(element);
		if (model != null && model.getName() != null) {
			fact(html, "Model").text(model.getName()).raw("</dd>\n");
		}
		html.raw("</dl>\n");
		if (element.getDescription() != null) {
			html.raw("<p class=\"description\">").text(element.getDescription()).raw("</p>\n");
		}
		if (element.getRemark() != null) {
			html.raw("<p class=\"remark\">").text(element.getRemark()).raw("</p>\n");
		}

		html.raw("<h2>Protocol stack</h2>\n");
		DiagramContent stack = DiagramContent.stack(index, element);
		if (stack.nodes().size() <= 1) {
			html.raw("<p class=\"empty\">").text(element.getName() + " runs over, extends, is a profile of and requires "
					+ "nothing in the model.").raw("</p>\n");
		} else {
			html.raw("<p>What one needs beneath ").text(element.getName())
					.raw(": everything it runs over, extends, is a profile of or requires, transitively.</p>\n");
			diagram(html, DiagramLayout.layout(stack, "Protocol stack of " + element.getName()));
			StackQuery.Result result = StackQuery.run(index, element);
			if (!result.transportPaths().isEmpty()) {
				html.raw("<h2>Transport paths</h2>\n<ul class=\"paths\">\n");
				for (List<Element> path : result.transportPaths()) {
					html.raw("<li>");
					for (int i = 0; i < path.size(); i++) {
						if (i > 0) {
							html.raw(" \u2192 ");
						}
						html.link(pages.of(path.get(i)), path.get(i).getName());
					}
					html.raw("</li>\n");
				}
				if (result.pathsTruncated()) {
					html.raw("<li class=\"empty\">").text("Only the first " + StackQuery.MAX_PATHS + " paths are shown.")
							.raw("</li>\n");
				}
				html.raw("</ul>\n");
			}
		}

		List<ModelGraph.Edge> outgoing = index.graph().outgoing(element);
		html.raw("<h2>Relations from ").text(element.getName()).raw("</h2>\n");
		if (outgoing.isEmpty()) {
			html.raw("<p class=\"empty\">None.</p>\n");
		} else {
			html.raw("<table class=\"relations outgoing\">\n<thead><tr><th>Relation</th><th>To</th><th>Section</th>"
					+ "<th>Note</th></tr></thead>\n<tbody>\n");
			for (ModelGraph.Edge edge : outgoing) {
				html.raw("<tr><td class=\"kind\">").text(edge.kind().getLiteral()).raw("</td><td>")
						.link(pages.of(edge.target()), edge.target().getName()).raw(" ").raw("<span class=\"title\">")
						.text(edge.target().getTitle()).raw("</span></td><td>");
				section(html, edge.relation());
				html.raw("</td><td>").text(edge.relation().getNote()).raw("</td></tr>\n");
			}
			html.raw("</tbody>\n</table>\n");
		}
		List<ModelGraph.Edge> incoming = index.graph().incoming(element);
		html.raw("<h2>Relations to ").text(element.getName()).raw("</h2>\n");
		if (incoming.isEmpty()) {
			html.raw("<p class=\"empty\">None.</p>\n");
		} else {
			html.raw("<table class=\"relations incoming\">\n<thead><tr><th>From</th><th>Relation</th><th>Section</th>"
					+ "<th>Note</th></tr></thead>\n<tbody>\n");
			for (ModelGraph.Edge edge : incoming) {
				html.raw("<tr><td>").link(pages.of(edge.source()), edge.source().getName()).raw(" ")
						.raw("<span class=\"title\">").text(edge.source().getTitle()).raw("</span></td><td class=\"kind\">")
						.text(edge.kind().getLiteral()).raw("</td><td>");
				section(html, edge.relation());
				html.raw("</td><td>").text(edge.relation().getNote()).raw("</td></tr>\n");
			}
			html.raw("</tbody>\n</table>\n");
		}
		return html.end();
	}

	private void section(Html html, Relation relation) {
		Area section = relation.getSection();
		if (section != null && !section.eIsProxy()) {
			html.link(pages.of(section), Labels.area(section));
		}
	}

	private static Html fact(Html html, String name) {
		return html.raw("<dt>").text(name).raw("</dt><dd>");
	}

	private void areaList(Html html, String name, List<Area> areas) {
		List<Area> resolved = areas.stream().filter(a -> a != null && !a.eIsProxy()).toList();
		if (resolved.isEmpty()) {
			return;
		}
		fact(html, name);
		for (int i = 0; i < resolved.size(); i++) {
			if (i > 0) {
				html.raw(", ");
			}
			html.link(pages.of(resolved.get(i)), Labels.area(resolved.get(i)));
		}
		html.raw("</dd>\n");
	}

	/** The applies statement in words, with the products it names. */
	static String applicability(Element element) {
		Applicability applicability = element.getApplicability();
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

	// ---------------------------------------------------------------- pieces

	private Html page(String title, boolean wide) {
		Html html = new Html();
		html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n" + GENERATOR + "\n<title>")
				.text(title + " \u2013 WPO model report").raw("</title>\n<link rel=\"icon\" href=\"data:,\"/>\n")
				.raw("<link rel=\"stylesheet\" href=\"" + STYLE + "\"/>\n")
				.raw("<script src=\"" + SEARCH_INDEX + "\" defer=\"defer\"></script>\n")
				.raw("<script src=\"" + SEARCH_SCRIPT + "\" defer=\"defer\"></script>\n</head>\n<body>\n")
				.raw("<header>\n<a class=\"site\" href=\"" + INDEX + "\">WPO model report</a>\n<nav>")
				.raw("<a href=\"" + INDEX + "\">Area map</a>")
				.raw("<a href=\"" + LAYER_STACK + "\">Layer stack</a>")
				.raw("<a href=\"" + ELEMENTS + "\">All elements</a></nav>\n")
				.raw("<form class=\"search\" role=\"search\" action=\"#\" autocomplete=\"off\">"
						+ "<input id=\"search\" type=\"search\" placeholder=\"Search names, titles, descriptions\""
						+ " aria-label=\"Search the model\"/><ol id=\"search-results\"></ol></form>\n</header>\n")
				.raw(wide ? "<main class=\"wide\">\n" : "<main>\n");
		return html;
	}

	private void diagram(Html html, LaidOutDiagram diagram) {
		html.raw("<div class=\"diagram\">\n");
		html.raw(SvgWriter.write(diagram, new SvgWriter.Links() {
			@Override
			public String element(Element element) {
				return pages.of(element);
			}

			@Override
			public String area(Area area) {
				return pages.of(area);
			}
		}, false));
		html.raw("</div>\n");
	}

	private String models() {
		Set<String> names = new java.util.LinkedHashSet<>();
		for (Element element : index.elements()) {
			Model model = modelOf(element);
			if (model != null && model.getName() != null) {
				names.add(model.getName());
			}
		}
		return names.isEmpty() ? "The model" : (names.size() == 1 ? "Model " : "Models ") + String.join(", ", names);
	}

	private static Model modelOf(EObject object) {
		EObject current = object;
		while (current != null && !(current instanceof Model)) {
			current = current.eContainer();
		}
		return (Model) current;
	}

	private static String layerName(Layer layer) {
		return layer == null || layer.eIsProxy() ? "" : layer.getName();
	}

	private static String statusClass(Status status) {
		return status == Status.CURRENT ? "" : " class=\"status-" + status.getLiteral() + "\"";
	}

	private String searchIndex() {
		StringBuilder js = new StringBuilder("/* The search index of the report: one entry per area and element. */\n");
		js.append("window.WPO_SEARCH = [\n");
		boolean first = true;
		for (Element element : index.elements()) {
			first = entry(js, first, element.getName(), element.getTitle(), SvgWriter.kind(element), pages.of(element),
					String.join(" ", element.getAliases()), element.getDescription());
		}
		for (Area area : index.areas()) {
			first = entry(js, first, area.getName(), area.getTitle(), "area", pages.of(area), null,
					area.getDescription());
		}
		return js.append("\n];\n").toString();
	}

	private static boolean entry(StringBuilder js, boolean first, String name, String title, String kind, String url,
			String aliases, String description) {
		if (!first) {
			js.append(",\n");
		}
		js.append("{\"n\":").append(Json.string(name == null ? "" : name));
		if (title != null) {
			js.append(",\"t\":").append(Json.string(title));
		}
		js.append(",\"k\":").append(Json.string(kind)).append(",\"u\":").append(Json.string(url));
		if (aliases != null && !aliases.isEmpty()) {
			js.append(",\"a\":").append(Json.string(aliases));
		}
		if (description != null) {
			js.append(",\"d\":").append(Json.string(description));
		}
		js.append('}');
		return false;
	}

	private static String resource(String name) {
		try (InputStream in = ReportSite.class.getResourceAsStream("site/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource site/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
