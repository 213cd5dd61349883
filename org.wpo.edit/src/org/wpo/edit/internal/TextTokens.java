package org.wpo.edit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Splits a WPO text into its tokens with the language's own lexer: keywords, names, strings,
 * numbers and comments; whitespace is what lies between them.
 */
public class TextTokens {

	/**
	 * One token. {@code depth} is the number of blocks it is in: braces opened and not yet closed
	 * before it, a closing brace counting as outside its block.
	 */
	public record Tok(String text, int start, int end, boolean comment, int depth) {
	}

	@Inject
	@Named(LexerBindings.RUNTIME)
	private Provider<Lexer> lexers;

	@Inject
	private ITokenDefProvider tokenDefs;

	public List<Tok> tokens(String text) {
		Map<Integer, String> names = tokenDefs.getTokenDefMap();
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<Tok> result = new ArrayList<>();
		int depth = 0;
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			String name = names.get(token.getType());
			if ("RULE_WS".equals(name)) {
				continue;
			}
			CommonToken common = (CommonToken) token;
			int start = common.getStartIndex();
			int end = common.getStopIndex() + 1;
			String tokenText = text.substring(start, end);
			boolean comment = "RULE_SL_COMMENT".equals(name) || "RULE_ML_COMMENT".equals(name);
			if (!comment && "}".equals(tokenText)) {
				depth = Math.max(0, depth - 1);
			}
			result.add(new Tok(tokenText, start, end, comment, depth));
			if (!comment && "{".equals(tokenText)) {
				depth++;
			}
		}
		return result;
	}
}
