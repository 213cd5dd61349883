package org.wpo.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.Extended;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Technology;

/**
 * Three CSV files in the manner of Archi's CSV export: specifications.csv, technologies.csv and
 * relations.csv, each with a header row, every field quoted (RFC 4180), lines ending in CRLF. Lists
 * within a field are joined by "; ". Columns added later come after the earlier ones, so that a
 * reader that takes columns by position still finds them: an element's aliases, remarks and
 * applicability (in words and as products, with what its extend blocks add), a relation's via,
 * condition and source.
 */
public final class CsvExport {

	private CsvExport() {
	}

	/** File name to content, in a fixed order. */
	public static Map<String, String> write(ModelContents contents) {
		Map<String, String> files = new LinkedHashMap<>();
		StringBuilder specifications = new StringBuilder();
		row(specifications, "ID", "Short name", "Title", "Kind", "Status", "Area", "Layer", "Sections", "Description",
				"Aliases", "Remarks", "Applies", "Applies products");
		for (Specification s : contents.specifications) {
			row(specifications, ModelNames.id(s), s.getName(), s.getTitle(), s.getKind().getLiteral(),
					s.getStatus().getLiteral(), area(s), layer(s), sections(s), s.getDescription(),
					String.join("; ", Extended.aliases(s)), String.join("; ", Extended.remarks(s)), applies(s),
					appliesProducts(s));
		}
		files.put("specifications.csv", specifications.toString());
		StringBuilder technologies = new StringBuilder();
		row(technologies, "ID", "Name", "Title", "Aliases", "Status", "Area", "Layer", "Sections", "Description",
				"Remarks", "Applies", "Applies products");
		for (Technology t : contents.technologies) {
			row(technologies, ModelNames.id(t), t.getName(), t.getTitle(), String.join("; ", Extended.aliases(t)),
					t.getStatus().getLiteral(), area(t), layer(t), sections(t), t.getDescription(),
					String.join("; ", Extended.remarks(t)), applies(t), appliesProducts(t));
		}
		files.put("technologies.csv", technologies.toString());
		StringBuilder relations = new StringBuilder();
		row(relations, "Source", "Kind", "Target", "Section", "Note", "Via", "Condition", "Condition products",
				"Source document", "Source section");
		for (Relation r : contents.relations) {
			Element source = org.wpo.dsl.model.Relations.source(r);
			for (Element target : r.getTargets()) {
				if (source != null && target != null && !target.eIsProxy()) {
					row(relations, source.getName(), r.getKind().getLiteral(), target.getName(),
							r.getSection() == null || r.getSection().eIsProxy() ? null : r.getSection().getName(),
							r.getNote(),
							r.getVia().stream().filter(v -> v != null && !v.eIsProxy()).map(Element::getName)
									.collect(Collectors.joining("; ")),
							r.getCondition() == null ? null : "only " + Labels.applicability(r.getCondition()),
							products(Availability.of(r)), r.getSourceDocument(), r.getSourceSection());
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
		return Extended.sections(element).stream().filter(a -> !a.eIsProxy()).map(Area::getName)
				.collect(Collectors.joining("; "));
	}

	private static String applies(Element element) {
		Applicability statement = Availability.statement(element);
		return statement == null ? null : Labels.applicability(statement);
	}

	private static String appliesProducts(Element element) {
		return products(Availability.of(element));
	}

	private static String products(Optional<Set<Product>> products) {
		return products.map(p -> p.stream().map(Product::getName).collect(Collectors.joining("; "))).orElse(null);
	}

	private static void row(StringBuilder out, String... fields) {
		out.append(java.util.Arrays.stream(fields).map(CsvExport::field).collect(Collectors.joining(","))).append("\r\n");
	}

	private static String field(String value) {
		return value == null ? "\"\"" : '"' + value.replace("\"", "\"\"") + '"';
	}
}
