package org.wpo.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.Extended;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.model.ProductLines;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Technology;

import com.google.gson.GsonBuilder;

/**
 * The model as one JSON document with the keys {@code areas}, {@code specifications},
 * {@code technologies}, {@code relations} and {@code products}, described by the JSON schema
 * {@code wpo.schema.json} beside this class. Sources and targets of relations are named by their
 * short names; one relation entry is written per target. An element is written with what its
 * {@code extend} blocks add ({@link Extended}); keys are only ever added, never renamed.
 */
public final class JsonExport {

	private JsonExport() {
	}

	public static String toJson(List<Resource> resources) {
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
				.toJson(toMap(ModelContents.of(resources))) + "\n";
	}

	static Map<String, Object> toMap(ModelContents contents) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("areas", contents.areas.stream().map(JsonExport::area).toList());
		document.put("specifications", contents.specifications.stream().map(JsonExport::specification).toList());
		document.put("technologies", contents.technologies.stream().map(JsonExport::technology).toList());
		List<Map<String, Object>> relations = new ArrayList<>();
		contents.relations.forEach(r -> relations.addAll(relation(r)));
		document.put("relations", relations);
		document.put("products", contents.products.stream().map(JsonExport::product).toList());
		return document;
	}

	private static Map<String, Object> area(Area area) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", ModelNames.id(area));
		map.put("title", area.getTitle());
		map.put("section", ModelNames.isSectionNumber(area.getName()) ? area.getName() : null);
		map.put("parent", area.eContainer() instanceof Area parent ? ModelNames.id(parent) : null);
		map.put("description", area.getDescription());
		return map;
	}

	private static Map<String, Object> specification(Specification specification) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("shortName", specification.getName());
		map.put("title", specification.getTitle());
		map.put("kind", specification.getKind().getLiteral());
		map.put("status", specification.getStatus().getLiteral());
		putPlacement(map, specification);
		List<Area> covers = Extended.covers(specification).stream().filter(a -> !a.eIsProxy()).toList();
		if (!covers.isEmpty()) {
			map.put("covers", covers.stream().map(ModelNames::id).toList());
		}
		putAdditions(map, specification);
		map.put("aliases", Extended.aliases(specification));
		return map;
	}

	private static Map<String, Object> technology(Technology technology) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("name", technology.getName());
		map.put("title", technology.getTitle());
		map.put("aliases", Extended.aliases(technology));
		map.put("status", technology.getStatus().getLiteral());
		putPlacement(map, technology);
		putAdditions(map, technology);
		return map;
	}

	/** Area, layer, cited sections, applicability and the free texts shared by both kinds. */
	private static void putPlacement(Map<String, Object> map, Element element) {
		Area area = Placement.areaOf(element).orElse(null);
		map.put("area", area == null ? null : ModelNames.id(area));
		Layer layer = element.getLayer();
		map.put("layer", layer == null || layer.eIsProxy() ? null : layer.getName());
		Set<String> sections = new LinkedHashSet<>();
		if (area != null && ModelNames.isSectionNumber(area.getName())) {
			sections.add(area.getName());
		}
		Extended.sections(element).stream().filter(s -> !s.eIsProxy()).forEach(s -> sections.add(s.getName()));
		map.put("sections", List.copyOf(sections));
		map.put("applicability", applicability(Availability.statement(element)));
		map.put("description", element.getDescription());
		if (element.getRemark() != null) {
			map.put("remark", element.getRemark());
		}
	}

	/** What the element's extend blocks add, and where its applicability is stated. */
	private static void putAdditions(Map<String, Object> map, Element element) {
		map.put("remarks", Extended.remarks(element));
		map.put("applicabilityStatedIn", Availability.statement(element) == null ? null
				: Extended.appliesByExtension(element) ? "extend" : "element");
	}

	/**
	 * A statement of products as written ({@code in}, or {@code from} and {@code to}), in words
	 * ({@code text}, as the hover and the report word it) and as the list of products it names
	 * ({@code products}, along the product lines; null when it cannot be evaluated).
	 */
	private static Map<String, Object> applicability(Applicability applicability) {
		if (applicability == null) {
			return null;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		if (!applicability.getProducts().isEmpty()) {
			map.put("in", applicability.getProducts().stream().map(Product::getName).toList());
		}
		if (applicability.getFrom() != null) {
			map.put("from", applicability.getFrom().getName());
		}
		if (applicability.getTo() != null) {
			map.put("to", applicability.getTo().getName());
		}
		map.put("text", Labels.applicability(applicability));
		map.put("products", Availability.products(applicability)
				.map(products -> products.stream().map(Product::getName).toList()).orElse(null));
		return map;
	}

	private static List<Map<String, Object>> relation(Relation relation) {
		List<Map<String, Object>> entries = new ArrayList<>();
		Element source = Relations.source(relation);
		for (Element target : relation.getTargets()) {
			if (source == null || target == null || target.eIsProxy()) {
				continue;
			}
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("source", source.getName());
			map.put("kind", relation.getKind().getLiteral());
			map.put("target", target.getName());
			map.put("section", relation.getSection() == null || relation.getSection().eIsProxy() ? null
					: relation.getSection().getName());
			map.put("note", relation.getNote());
			map.put("via", relation.getVia().stream().filter(v -> v != null && !v.eIsProxy()).map(Element::getName)
					.toList());
			map.put("condition", applicability(relation.getCondition()));
			map.put("sourceDocument", relation.getSourceDocument());
			map.put("sourceSection", relation.getSourceSection());
			entries.add(map);
		}
		return entries;
	}

	private static Map<String, Object> product(Product product) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("name", product.getName());
		map.put("title", product.getTitle());
		List<Product> line = ProductLines.of(product).line(product);
		int position = line.indexOf(product);
		map.put("line", line.get(0).getName());
		map.put("position", position + 1);
		map.put("after", position > 0 ? line.get(position - 1).getName() : null);
		return map;
	}
}
