package org.wpo.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ModelIndex;

/**
 * The file name of each page of the report: {@code area-NAME.html} and {@code element-NAME.html},
 * with NAME made safe by {@link FileNames}. Names that would clash (the same name in two models, or
 * names differing only in case, which some file systems do not tell apart) get -2, -3, ... in the
 * order of the model.
 */
final class PageNames {

	private final Map<EObject, String> names = new HashMap<>();

	PageNames(ModelIndex index) {
		Set<String> taken = new HashSet<>();
		for (String fixed : ReportSite.FIXED_FILES) {
			taken.add(fixed.toLowerCase(Locale.ROOT));
		}
		for (Area area : index.areas()) {
			names.put(area, unique("area-" + FileNames.safe(area.getName()), taken));
		}
		for (Element element : index.elements()) {
			names.put(element, unique("element-" + FileNames.safe(element.getName()), taken));
		}
	}

	private static String unique(String base, Set<String> taken) {
		String name = base + ".html";
		for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
			name = base + "-" + n + ".html";
		}
		return name;
	}

	/** The page of an area or element, or null when it has none (it is not part of the model). */
	String of(EObject object) {
		return object == null ? null : names.get(object);
	}
}
