package org.wpo.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.wpo.dsl.parser.antlr.internal.InternalWpoLexer;

/**
 * The generated lexer, except that a token that fails part way (a string not closed on its line)
 * ends before the line break that stopped it. ANTLR's recovery consumes the offending character,
 * which put the \r of a \r\n into the bad token and left the \n alone: a problem placed on that \n
 * (such as the "missing '}'" at the end of the file) then sat between \r and \n, one column past
 * the end of its line.
 */
public class WpoLexer extends InternalWpoLexer {

	public WpoLexer() {
	}

	public WpoLexer(CharStream input) {
		super(input);
	}

	@Override
	public void recover(RecognitionException e) {
		int next = input.LA(1);
		if ((next == '\r' || next == '\n') && input.index() > state.tokenStartCharIndex) {
			return;
		}
		super.recover(e);
	}
}
