package org.wpo.dsl.validation;

import java.util.regex.Pattern;

/**
 * The forms of a specification's short name, in one place for the validator, which reports a short
 * name that does not fit its kind, and the quick fixes, which correct it.
 */
public final class ShortNames {

	/** A Microsoft specification's short name: MS- or MC- and a name, as MS-RPCE or MC-SQLR. */
	public static final Pattern MICROSOFT = Pattern.compile("M[SC]-[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

	/** An RFC's short name: RFC and the number, as RFC768. */
	public static final Pattern RFC = Pattern.compile("RFC[1-9][0-9]*");

	/** A name meant as an RFC's, well written or not (rfc 768, RFC-0768, RFC768bis). */
	public static final Pattern RFC_LIKE = Pattern.compile("(?i)RFC[ \\-_]?[0-9]+.*");

	/** An RFC's name written loosely but correctable (rfc 768, RFC_0768); group 1 is the number. */
	public static final Pattern RFC_LOOSE = Pattern.compile("(?i)RFC[ \\-_]?0*([1-9][0-9]*)");

	/**
	 * A Microsoft short name written loosely but correctable (ms rpce, MS_RPCE); group 1 is MS or MC,
	 * group 2 the rest.
	 */
	public static final Pattern MICROSOFT_LOOSE = Pattern
			.compile("(?i)(M[SC])[ \\-_]?([A-Za-z0-9]+([\\-_][A-Za-z0-9]+)*)");

	private ShortNames() {
	}
}
