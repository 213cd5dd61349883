package org.wpo.dsl.naming;

import org.eclipse.xtext.naming.IQualifiedNameConverter;

/**
 * Qualified names are written {@code model::name}. The delimiter is not a dot because short names
 * and section numbers contain dots (SOAP1.1, 7.3.1).
 */
public class WpoQualifiedNameConverter extends IQualifiedNameConverter.DefaultImpl {

	public static final String DELIMITER = "::";

	@Override
	public String getDelimiter() {
		return DELIMITER;
	}
}
