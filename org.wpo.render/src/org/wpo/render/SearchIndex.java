package org.wpo.render;

import java.util.ArrayList;
import java.util.List;

import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * The search index of the report, {@code search-index.js}: one JSON object per element and area
 * (name {@code n}, title {@code t}, kind {@code k}, page {@code u}, aliases {@code a}, description
 * {@code d}), assigned to {@code window.WPO_SEARCH}, because browsers refuse to fetch a JSON file
 * from a {@code file:} page. Gson writes it with its HTML-safe escaping ({@code < > & = '} as
 * {@code \u003c} ...), so that no model text can end the script or a page that holds it.
 */
final class SearchIndex {

	private static final Gson GSON = new GsonBuilder().create();

	private SearchIndex() {
	}

	static String of(SiteFacts site) {
		List<String> entries = new ArrayList<>();
		for (Element element : site.index.elements()) {
			entries.add(entry(element.getName(), element.getTitle(), ModelNames.kind(element), site.pages.of(element),
					String.join(" ", element.getAliases()), element.getDescription()));
		}
		for (Area area : site.index.areas()) {
			entries.add(entry(area.getName(), area.getTitle(), ModelNames.kind(area), site.pages.of(area), null,
					area.getDescription()));
		}
		return "/* The search index of the report: one entry per area and element. */\n" + "window.WPO_SEARCH = [\n"
				+ String.join(",\n", entries) + "\n];\n";
	}

	private static String entry(String name, String title, String kind, String url, String aliases,
			String description) {
		JsonObject entry = new JsonObject();
		entry.addProperty("n", text(name == null ? "" : name));
		if (title != null) {
			entry.addProperty("t", text(title));
		}
		entry.addProperty("k", kind);
		entry.addProperty("u", url);
		if (aliases != null && !aliases.isEmpty()) {
			entry.addProperty("a", text(aliases));
		}
		if (description != null) {
			entry.addProperty("d", text(description));
		}
		return GSON.toJson(entry);
	}

	/** The text with each unpaired surrogate, which no UTF-8 file can hold, replaced by U+FFFD, as on the pages. */
	private static String text(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
					: Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
			if (Character.isSurrogate(c) && !paired) {
				if (out == null) {
					out = new StringBuilder(text);
				}
				out.setCharAt(i, '\uFFFD');
			}
		}
		return out == null ? text : out.toString();
	}
}
