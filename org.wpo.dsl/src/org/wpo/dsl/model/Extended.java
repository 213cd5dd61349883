package org.wpo.dsl.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Relation;

/**
 * An element with what its {@code extend} blocks add to it: the element's own aliases, remarks, cited
 * sections and covered areas, followed by those of its extend blocks in load order (duplicates once;
 * an area that is not found is kept, as a proxy, for the caller to show or leave out). The exports
 * and the hover show an element this way.
 */
public final class Extended {

	private Extended() {
	}

	/** The element's aliases, then those its extend blocks add. */
	public static List<String> aliases(Element element) {
		Set<String> aliases = new LinkedHashSet<>(element.getAliases());
		extensions(element).forEach(e -> aliases.addAll(e.getAliases()));
		return List.copyOf(aliases);
	}

	/** The element's remark, if any, then the remarks of its extend blocks. */
	public static List<String> remarks(Element element) {
		List<String> remarks = new ArrayList<>();
		if (element.getRemark() != null) {
			remarks.add(element.getRemark());
		}
		extensions(element).forEach(e -> remarks.addAll(e.getRemarks()));
		return List.copyOf(remarks);
	}

	/** The sections the element cites, then those its extend blocks cite. */
	public static List<Area> sections(Element element) {
		Set<Area> sections = new LinkedHashSet<>();
		sections.addAll(element.getSections());
		extensions(element).forEach(e -> sections.addAll(e.getSections()));
		return List.copyOf(sections);
	}

	/** The areas an overview covers, then those its extend blocks add. */
	public static List<Area> covers(Element element) {
		Set<Area> covers = new LinkedHashSet<>();
		covers.addAll(element.getCovers());
		extensions(element).forEach(e -> covers.addAll(e.getCovers()));
		return List.copyOf(covers);
	}

	/** The relations of the element's extend blocks, in load order (its own are {@code getRelations()}). */
	public static List<Relation> relations(Element element) {
		List<Relation> relations = new ArrayList<>();
		extensions(element).forEach(e -> relations.addAll(e.getRelations()));
		return List.copyOf(relations);
	}

	/** Whether the element's applicability ({@link Availability#statement}) comes from an extend block. */
	public static boolean appliesByExtension(Element element) {
		return Availability.statement(element) != null && Availability.statement(element).eContainer() instanceof Extension;
	}

	private static List<Extension> extensions(Element element) {
		return ModelGraph.shared(element).extensions(element);
	}
}
