package org.wpo.dsl.parser;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.wpo.dsl.validation.WpoIssueCodes;

/** Says in plain words what a missing closing quote is, instead of the lexer's wording. */
public class WpoSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String message = context.getDefaultMessage();
		if (message != null && message.startsWith("mismatched character") && message.endsWith("expecting '\"'")) {
			return new SyntaxErrorMessage(
					"Unterminated string: a string must end with a double quote on the line where it starts.",
					WpoIssueCodes.UNTERMINATED_STRING);
		}
		return super.getSyntaxErrorMessage(context);
	}
}
