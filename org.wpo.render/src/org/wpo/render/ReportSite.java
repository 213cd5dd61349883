package org.wpo.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ModelIndex;

/**
 * The static HTML report of a model: an index with the area map, the layer stack, a table of all
 * elements, one page per area and one per element (specification or technology) with its protocol
 * stack and its relations in both directions. Pages link to each other; a search box searches a
 * JSON index in the browser. Nothing is loaded from outside the site, every piece of model text is
 * escaped, and the same model gives the same files. The pages are made by {@link OverviewPages},
 * {@link AreaPage} and {@link ElementPage}, the index by {@link SearchIndex}; {@link ReportFiles}
 * writes them.
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

	private ReportSite() {
	}

	/** Every file of the site, by file name, in a fixed order. */
	public static Map<String, String> files(ModelIndex index) {
		SiteFacts site = new SiteFacts(index);
		PageParts parts = new PageParts(site);
		OverviewPages overview = new OverviewPages(parts);
		Map<String, String> files = new LinkedHashMap<>();
		files.put(INDEX, overview.index());
		files.put(LAYER_STACK, overview.layerStack());
		files.put(ELEMENTS, overview.elements());
		AreaPage areaPage = new AreaPage(parts);
		for (Area area : index.areas()) {
			files.put(site.pages.of(area), areaPage.of(area));
		}
		ElementPage elementPage = new ElementPage(parts);
		for (Element element : index.elements()) {
			files.put(site.pages.of(element), elementPage.of(element));
		}
		files.put(STYLE, resource(STYLE));
		files.put(SEARCH_SCRIPT, resource(SEARCH_SCRIPT));
		files.put(SEARCH_INDEX, SearchIndex.of(site));
		return files;
	}

	/**
	 * Writes the site into a folder, each file whole or not at all, then removes the pages an earlier
	 * report wrote there that this one no longer has (an element renamed or removed), so that no page
	 * of a model that is gone stays reachable by its old address. Only pages that carry the report's
	 * mark are removed; any other file in the folder is left alone. Returns the files written.
	 */
	public static List<Path> write(ModelIndex index, Path folder) throws IOException {
		return ReportFiles.write(files(index), folder);
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
