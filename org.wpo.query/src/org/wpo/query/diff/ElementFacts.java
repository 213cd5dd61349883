package org.wpo.query.diff;

/**
 * What a comparison looks at in one element of a user's model, each as the text the output shows.
 *
 * @param name    the element's name (short name)
 * @param kind    protocol, format, algorithm, overview, standard or technology
 * @param title   its title, or null
 * @param status  current, legacy, deprecated or obsolete
 * @param layer   the name of its layer, or null
 * @param area    the area that holds it, by name and title ({@code Placement.areaOf}), or null
 * @param applies its applies statement in words ({@code Labels.applicability}), or null
 */
public record ElementFacts(String name, String kind, String title, String status, String layer, String area,
		String applies) {
}
