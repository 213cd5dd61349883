package org.wpo.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.wpo.dsl.ide.server.LibraryElements;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.Extended;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.model.ProductLines;
import org.wpo.dsl.naming.WpoResourceDescriptionStrategy;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.LayerSet;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.ProductSet;
import org.wpo.dsl.wpo.Relation;

/**
 * What a hover shows about a declaration (element, area, layer or product): a heading of kind, name
 * and title, then facts (status, area, layer, applicability, sections, relations with their via,
 * condition and source, ...), the description, the remarks and the model it belongs to. An element is
 * shown with what its extend blocks add (aliases, remarks, sections, covers, applicability, relations).
 * Independent of any editor: the language server renders it as Markdown, the
 * Eclipse editor as HTML.
 *
 * @param kind        the declaration's keyword: protocol, technology, area, layer, product, ...
 * @param name        its name
 * @param title       its title, or null
 * @param facts       labelled facts, in display order
 * @param description its description, or null
 * @param remarks     its remark and those its extend blocks add, in order
 * @param model       the model namespace it belongs to, or null for the unnamed one
 * @param builtIn     whether it belongs to the built-in model
 */
public record Summary(String kind, String name, String title, List<Fact> facts, String description,
		List<String> remarks, String model, boolean builtIn) {

	/** One labelled line such as "Status: current". */
	public record Fact(String label, String value) {
	}

	/** The summary of a declaration, or null for anything else (relations, imports, ...). */
	public static Summary of(EObject object) {
		String kind = WpoResourceDescriptionStrategy.kind(object);
		if (kind == null || object.eIsProxy()) {
			return null;
		}
		List<Fact> facts = new ArrayList<>();
		String description = null;
		List<String> remarks = List.of();
		String name = null;
		if (object instanceof Element element) {
			name = element.getName();
			// A status that is not written is current, as the validation rules read it.
			facts.add(new Fact("Status", element.getStatus().getLiteral()));
			facts.add(new Fact("Area", area(element)));
			facts.add(new Fact("Layer", element.getLayer() == null || element.getLayer().eIsProxy() ? "none"
					: Labels.layer(element.getLayer())));
			facts.add(new Fact("Applies", applies(element)));
			List<String> aliases = Extended.aliases(element);
			if (!aliases.isEmpty()) {
				facts.add(new Fact("Also known as", String.join(", ", aliases)));
			}
			List<Area> sections = Extended.sections(element);
			facts.add(new Fact("Sections", sections.isEmpty() ? "none"
					: sections.stream().map(Labels::area).collect(Collectors.joining(", "))));
			List<Area> covers = Extended.covers(element);
			if (!covers.isEmpty()) {
				facts.add(new Fact("Covers", covers.stream().map(Labels::area).collect(Collectors.joining(", "))));
			}
			List<Relation> relations = new ArrayList<>(element.getRelations());
			relations.addAll(Extended.relations(element));
			if (!relations.isEmpty()) {
				facts.add(new Fact("Relations",
						relations.stream().map(Summary::relation).collect(Collectors.joining("; "))));
			}
			description = element.getDescription();
			remarks = Extended.remarks(element);
		} else if (object instanceof Area area) {
			name = area.getName();
			if (area.eContainer() instanceof Area parent) {
				facts.add(new Fact("Within", Labels.area(parent)));
			}
			long elements = area.getMembers().stream().filter(Element.class::isInstance).count();
			long areas = area.getMembers().size() - elements;
			facts.add(new Fact("Contains",
					MessageText.plural(elements, "element") + ", " + MessageText.plural(areas, "area")));
			description = area.getDescription();
		} else if (object instanceof Layer layer) {
			name = layer.getName();
			if (layer.eContainer() instanceof LayerSet set) {
				facts.add(new Fact("Order", ordinal(set.getLayers().indexOf(layer) + 1) + " of "
						+ set.getLayers().size() + ", from the highest"));
			}
		} else if (object instanceof Product product) {
			name = product.getName();
			// The order along the product line, which runs on through lists that continue it.
			List<Product> line = ProductLines.of(product).line(product);
			facts.add(new Fact("Order", ordinal(line.indexOf(product) + 1) + " of " + line.size() + ", from the oldest"));
			if (product.eContainer() instanceof ProductSet set && set.getAfter() != null
					&& set.getProducts().indexOf(product) == 0) {
				facts.add(new Fact("After", set.getAfter().eIsProxy() ? Labels.UNKNOWN : set.getAfter().getName()));
			}
		}
		Model model = EcoreUtil2.getContainerOfType(object, Model.class);
		String namespace = model == null ? null : model.getName();
		return new Summary(kind, name, WpoResourceDescriptionStrategy.title(object), List.copyOf(facts), description,
				remarks, namespace, LibraryElements.isBuiltIn(object));
	}

	private static String area(Element element) {
		// An area line whose area is not found shows as "?", as unresolved names do everywhere here.
		return Placement.areaOf(element).map(Labels::area).orElse(element.getArea() != null ? Labels.UNKNOWN : "none");
	}

	/** Where the element's applicability is stated, when an extend block states it. */
	private static String applies(Element element) {
		Applicability statement = Availability.statement(element);
		if (statement == null) {
			return "not restricted";
		}
		return Labels.applicability(statement) + (Extended.appliesByExtension(element) ? " (by an extend block)" : "");
	}

	/**
	 * A relation in words: {@code runs-over MS-RPCE via named pipes only from Windows 8 (source
	 * MS-XYZ section 2.1)}; the kind and targets alone when it has no via, condition or source.
	 */
	static String relation(Relation relation) {
		StringBuilder text = new StringBuilder(relation.getKind().getLiteral()).append(' ').append(names(relation.getTargets()));
		if (!relation.getVia().isEmpty()) {
			text.append(" via ").append(names(relation.getVia()));
		}
		if (relation.getCondition() != null) {
			text.append(" only ").append(Labels.applicability(relation.getCondition()));
		}
		if (relation.getSourceDocument() != null) {
			text.append(" (source ").append(relation.getSourceDocument());
			if (relation.getSourceSection() != null) {
				text.append(" section ").append(relation.getSourceSection());
			}
			text.append(')');
		}
		return text.toString();
	}

	private static String names(List<Element> elements) {
		return elements.stream().map(t -> t == null || t.eIsProxy() ? Labels.UNKNOWN : t.getName())
				.collect(Collectors.joining(", "));
	}

	private static String ordinal(int n) {
		String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
				: switch (n % 10) {
					case 1 -> "st";
					case 2 -> "nd";
					case 3 -> "rd";
					default -> "th";
				};
		return n + suffix;
	}

	/** The model line: {@code Model: mswpo (built in)}. */
	private String modelLine() {
		String namespace = model == null ? "(unnamed)" : model;
		return builtIn ? namespace + " (built in)" : namespace;
	}

	/** Markdown, as language server clients show it. */
	public String toMarkdown() {
		StringBuilder text = new StringBuilder();
		text.append("**").append(kind).append("** `").append(name).append('`');
		if (title != null) {
			text.append(" — ").append(markdown(title));
		}
		text.append("\n\n");
		for (Fact fact : facts) {
			text.append("- ").append(fact.label()).append(": ").append(markdown(fact.value())).append('\n');
		}
		text.append("- Model: ").append(markdown(modelLine())).append('\n');
		if (description != null) {
			text.append('\n').append(markdown(description)).append('\n');
		}
		for (String remark : remarks) {
			text.append("\n*Remark:* ").append(markdown(remark)).append('\n');
		}
		return text.toString().stripTrailing();
	}

	/** HTML, as the Eclipse editor's hover shows it. */
	public String toHtml() {
		StringBuilder text = new StringBuilder();
		text.append("<b>").append(html(kind)).append("</b> <code>").append(html(name)).append("</code>");
		if (title != null) {
			text.append(" — ").append(html(title));
		}
		text.append("<ul>");
		for (Fact fact : facts) {
			text.append("<li>").append(html(fact.label())).append(": ").append(html(fact.value())).append("</li>");
		}
		text.append("<li>Model: ").append(html(modelLine())).append("</li></ul>");
		if (description != null) {
			text.append("<p>").append(html(description)).append("</p>");
		}
		for (String remark : remarks) {
			text.append("<p><i>Remark:</i> ").append(html(remark)).append("</p>");
		}
		return text.toString();
	}

	/** Escapes the characters Markdown would otherwise interpret. */
	static String markdown(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if ("\\`*_[]<>#|".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
