package org.wpo.query.diff;

import java.util.List;

/**
 * What a comparison looks at in one element of a user's model. The single values are the text the
 * output shows; the lists are as the model writes them, the element's own first, then those its
 * {@code extend} blocks add (duplicates once, except remarks).
 *
 * @param name        the element's name (short name)
 * @param kind        protocol, format, algorithm, overview, standard or technology
 * @param title       its title, or null
 * @param status      current, legacy, deprecated or obsolete
 * @param layer       the name of its layer, or null
 * @param area        the area that holds it, by name and title ({@code Placement.areaOf}), or null
 * @param applies     its applies statement in words ({@code Labels.applicability}), or null
 * @param aliases     the names after {@code aka}
 * @param description its description, or null
 * @param remarks     its {@code remark} and those of its extend blocks
 * @param sections    the areas it cites after {@code sections}, by name and title (as written when
 *                    not found)
 * @param covers      the areas it covers after {@code covers}, the same way
 */
public record ElementFacts(String name, String kind, String title, String status, String layer, String area,
		String applies, List<String> aliases, String description, List<String> remarks, List<String> sections,
		List<String> covers) {

	public ElementFacts {
		aliases = List.copyOf(aliases);
		remarks = List.copyOf(remarks);
		sections = List.copyOf(sections);
		covers = List.copyOf(covers);
	}
}
