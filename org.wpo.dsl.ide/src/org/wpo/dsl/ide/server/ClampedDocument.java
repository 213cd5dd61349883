package org.wpo.dsl.ide.server;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * A document whose positions are clamped into its text instead of failing. Xtext's {@link Document}
 * throws IndexOutOfBoundsException for a position outside the text, so a {@code didChange} with such a
 * range was lost (and logged with the whole text) and a hover there failed. Here, as the protocol says
 * for a character beyond the end of a line and as editors (VS Code's TextDocument) do for the rest:
 * <ul>
 * <li>a character beyond the end of its line means the end of the line (before its line break);</li>
 * <li>a line beyond the last means the end of the text; a negative line the start of the text;</li>
 * <li>a negative character means the start of its line;</li>
 * <li>a range that ends before it starts means the text between the two.</li>
 * </ul>
 * Positions inside the text mean exactly what they mean to Xtext's document. A change whose range had
 * to be clamped is logged as one line, unless only a character lay beyond the end of its line, which
 * the protocol allows.
 */
public class ClampedDocument extends Document {

	private static final Logger LOG = Logger.getLogger(ClampedDocument.class);

	private final String origin;

	/** @param origin names the document in log lines (its URI) */
	public ClampedDocument(String origin, Integer version, String contents) {
		// Never the whole text in an error message: it may be large, and it is the user's.
		super(version, contents, false);
		this.origin = origin;
	}

	@Override
	public int getOffSet(Position position) {
		return offset(position.getLine(), position.getCharacter());
	}

	@Override
	public ITextRegion getTextRegion(Range range) {
		int start = getOffSet(range.getStart());
		int end = getOffSet(range.getEnd());
		return new TextRegion(Math.min(start, end), Math.abs(end - start));
	}

	@Override
	public Document applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes) {
		Integer version = getVersion() == null ? null : getVersion() + 1;
		ClampedDocument current = this;
		for (TextDocumentContentChangeEvent change : changes) {
			String text;
			if (change.getRange() == null) {
				text = change.getText();
			} else {
				current.logIfOutside(change.getRange());
				ITextRegion region = current.getTextRegion(change.getRange());
				String old = current.getContents();
				text = old.substring(0, region.getOffset()) + change.getText() + old.substring(region.getEndOffset());
			}
			current = new ClampedDocument(origin, version, text);
		}
		return current;
	}

	/** The offset of a position, clamped as described above. */
	private int offset(int line, int character) {
		String text = getContents();
		if (line < 0) {
			return 0;
		}
		int lineStart = 0;
		for (int i = 0; i < line; i++) {
			int lineBreak = text.indexOf('\n', lineStart);
			if (lineBreak < 0) {
				return text.length();
			}
			lineStart = lineBreak + 1;
		}
		int lineBreak = text.indexOf('\n', lineStart);
		// Xtext counts a '\r' before the '\n' as a character of the line: keep that for positions in the line.
		int length = (lineBreak < 0 ? text.length() : lineBreak) - lineStart;
		if (character <= length) {
			return lineStart + Math.max(0, character);
		}
		boolean crlf = length > 0 && text.charAt(lineStart + length - 1) == '\r';
		return lineStart + (crlf ? length - 1 : length);
	}

	private void logIfOutside(Range range) {
		Position start = range.getStart();
		Position end = range.getEnd();
		int lines = getLineCount();
		boolean outside = start.getLine() < 0 || end.getLine() < 0 || start.getCharacter() < 0
				|| end.getCharacter() < 0 || start.getLine() >= lines || end.getLine() >= lines
				|| start.getLine() > end.getLine()
				|| start.getLine() == end.getLine() && start.getCharacter() > end.getCharacter();
		if (outside) {
			ITextRegion region = getTextRegion(range);
			LOG.warn("didChange of " + origin + ": the range " + format(range) + " lies outside the text of "
					+ lines + " lines or is reversed; applied to " + format(new Range(getPosition(region.getOffset()),
							getPosition(region.getEndOffset()))));
		}
	}

	private static String format(Range range) {
		return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine()
				+ ":" + range.getEnd().getCharacter();
	}
}
