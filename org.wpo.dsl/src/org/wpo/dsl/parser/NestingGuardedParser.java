package org.wpo.dsl.parser;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;
import org.wpo.dsl.parser.antlr.WpoParser;

/**
 * The WPO parser, which never descends beyond {@link NestingLimit#MAX_NESTING} levels: a text
 * nested deeper is read up to the brace that opens the level beyond, and everything after that
 * brace reads as blank (line breaks kept, so offsets and lines stay those of the real text).
 * Without this, one such file overflowed the parser's stack and the language server's build failed
 * for every file of the workspace. The result says where it stopped ({@link Stopped}), so that the
 * resource reports it at that brace.
 */
public class NestingGuardedParser extends WpoParser {

	/** A parse that stopped at a brace beyond the nesting limit. */
	public static final class Stopped extends ParseResult {

		private final int braceOffset;

		Stopped(IParseResult result, int braceOffset) {
			super(result.getRootASTElement(), result.getRootNode(), true);
			this.braceOffset = braceOffset;
		}

		/** The offset of the brace that opens the level beyond the limit. */
		public int braceOffset() {
			return braceOffset;
		}
	}

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder nodeModelBuilder,
			int initialLookAhead) {
		String text = in.size() == 0 ? "" : in.substring(0, in.size() - 1);
		int brace = NestingLimit.offsetBeyond(text);
		if (brace < 0) {
			return super.doParse(ruleName, in, nodeModelBuilder, initialLookAhead);
		}
		char[] read = text.toCharArray();
		for (int i = brace + 1; i < read.length; i++) {
			if (read[i] != '\n' && read[i] != '\r') {
				read[i] = ' ';
			}
		}
		IParseResult result = super.doParse(ruleName, new ANTLRStringStream(read, read.length), nodeModelBuilder,
				initialLookAhead);
		return new Stopped(result, brace);
	}
}
