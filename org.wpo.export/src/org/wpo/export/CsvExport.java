package org.wpo.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wpo.dsl.model.Placement;
import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Technology;

/**
 * Three CSV files in the manner of Archi's CSV export: specifications.csv, technologies.csv and
 * relations.csv, each with a header row, every field quoted (RFC 4180), lines ending in CRLF.
 */
public final class CsvExport {

	private CsvExport() {
	}

	/** File name to content, in a fixed order. */
	public static Map<String, String> write(ModelContents contents) {
		Map<String, String> files = new LinkedHashMap<>();
		StringBuilder specifications = new StringBuilder();
		row(specifications, "ID", "Short name", "Title", "Kind", "Status", "Area", "Layer", "Sections", "Description");
		for (Specification s : contents.specifications) {
			row(specifications, ModelNames.id(s), s.getName(), s.getTitle(), s.getKind().getLiteral(),
					s.getStatus().getLiteral(), area(s), layer(s), sections(s), s.getDescription());
		}
		files.put("specifications.csv", specifications.toString());
		StringBuilder technologies = new StringBuilder();
		row(technologies, "ID", "Name", "Title", "Aliases", "Status", "Area", "Layer", "Sections", "Description");
		for (Technology t : contents.technologies) {
			row(technologies, ModelNames.id(t), t.getName(), t.getTitle(), String.join("; ", t.getAliases()),
					t.getStatus().getLiteral(), area(t), layer(t), sections(t), t.getDescription());
		}
		files.put("technologies.csv", technologies.toString());
		StringBuilder relations = new StringBuilder();
		row(relations, "Source", "Kind", "Target", "Section", "Note");
		for (Relation r : contents.relations) {
			Element source = org.wpo.dsl.model.Relations.source(r);
			for (Element target : r.getTargets()) {
				if (source != null && target != null && !target.eIsProxy()) {
					row(relations, source.getName(), r.getKind().getLiteral(), target.getName(),
							r.getSection() == null || r.getSection().eIsProxy() ? null : r.getSection().getName(),
							r.getNote());
				}
			}
		}
		files.put("relations.csv", relations.toString());
		return files;
	}

	private static String area(Element element) {
		return Placement.areaOf(element).map(Area::getName).orElse(null);
	}

	private static String layer(Element element) {
		Layer layer = element.getLayer();
		return layer == null || layer.eIsProxy() ? null : layer.getName();
	}

	private static String sections(Element element) {
		return element.getSections().stream().filter(a -> !a.eIsProxy()).map(Area::getName)
				.collect(Collectors.joining("; "));
	}

	private static void row(StringBuilder out, String... fields) {
		out.append(java.util.Arrays.stream(fields).map(CsvExport::field).collect(Collectors.joining(","))).append("\r\n");
	}

	private static String field(String value) {
		return value == null ? "\"\"" : '"' + value.replace("\"", "\"\"") + '"';
	}
}
