package org.wpo.dsl.naming;

import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

/**
 * How every output names a declaration (element, area, layer or product): its id, its name and
 * its kind. The exports, the report and the studio take them from here, so that one declaration
 * has the same id in each of them.
 */
public final class ModelNames {

	private static final Pattern SECTION_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)*");

	private ModelNames() {
	}

	/**
	 * The id of a declaration: its qualified name, {@code model::name} ({@code mswpo::MS-RPCE},
	 * {@code mswpo::7.3.1}), or its name alone in a file that declares no model.
	 */
	public static String id(EObject declaration) {
		return WpoQualifiedNameProvider.qualifiedName(declaration);
	}

	/** The name as written: a specification's short name, the name of anything else; null for no declaration. */
	public static String name(EObject declaration) {
		return WpoQualifiedNameProvider.simpleName(declaration);
	}

	/** The kind keyword: protocol, format, algorithm, overview, standard, technology, area, layer or product. */
	public static String kind(EObject declaration) {
		return WpoResourceDescriptionStrategy.kind(declaration);
	}

	/** Whether an area's name is a section number of the document, such as 7.3.1. */
	public static boolean isSectionNumber(String name) {
		return name != null && SECTION_NUMBER.matcher(name).matches();
	}
}
