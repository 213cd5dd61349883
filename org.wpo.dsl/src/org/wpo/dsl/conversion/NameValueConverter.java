package org.wpo.dsl.conversion;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

/**
 * Converts a name written as an identifier, a quoted string or (where allowed) a section number such
 * as 7.3.1 to its value, and back. Names that are not valid identifiers are written as strings, so
 * that short names such as "SOAP1.1" round-trip.
 */
public class NameValueConverter extends AbstractValueConverter<String> {

	static final Pattern ID = Pattern.compile("[a-zA-Z_][a-zA-Z_\\-0-9]*");
	static final Pattern SECTION_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)*");

	private final Set<String> keywords;
	private final boolean sectionNumbersAllowed;

	public NameValueConverter(Set<String> keywords, boolean sectionNumbersAllowed) {
		this.keywords = keywords;
		this.sectionNumbersAllowed = sectionNumbersAllowed;
	}

	@Override
	public String toValue(String text, INode node) throws ValueConverterException {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		if (trimmed.startsWith("\"")) {
			if (trimmed.length() < 2 || !trimmed.endsWith("\"")) {
				throw new ValueConverterException("The string " + trimmed + " is not terminated.", node, null);
			}
			try {
				return Strings.convertFromJavaString(trimmed.substring(1, trimmed.length() - 1), true);
			} catch (IllegalArgumentException e) {
				throw new ValueConverterException("Invalid escape sequence in " + trimmed + ".", node, e);
			}
		}
		if (trimmed.startsWith("^")) {
			return trimmed.substring(1);
		}
		// A section number written with blanks around its dots still means the same number.
		return trimmed.replaceAll("\\s+", "");
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null) {
			throw new ValueConverterException("A name may not be null.", null, null);
		}
		if (ID.matcher(value).matches()) {
			return keywords.contains(value) ? "^" + value : value;
		}
		if (sectionNumbersAllowed && SECTION_NUMBER.matcher(value).matches()) {
			return value;
		}
		return '"' + Strings.convertToJavaString(value, false) + '"';
	}
}
