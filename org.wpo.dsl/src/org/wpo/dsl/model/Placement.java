package org.wpo.dsl.model;

import java.util.Optional;

import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;

/**
 * Which area holds an element. An element is declared inside an area, or, declared outside every
 * area (at the top of a file, for instance to place it in another file's or the built-in model's
 * area), placed in one by its {@code area} line; validation asks a specification for one or the
 * other. An element that has both is held by the area it is declared in: the declaration is where
 * the text puts it, the edit that moves it between areas moves its declaration, and every diagram,
 * export and page shows it there; its {@code area} line only counts as a reference to that area.
 */
public final class Placement {

	private Placement() {
	}

	/** The area an element is declared in, else the area its {@code area} line names (when found). */
	public static Optional<Area> areaOf(Element element) {
		if (element.eContainer() instanceof Area declaredIn) {
			return Optional.of(declaredIn);
		}
		Area placed = element.getArea();
		return placed == null || placed.eIsProxy() ? Optional.empty() : Optional.of(placed);
	}
}
