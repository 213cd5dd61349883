package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Test;
import org.wpo.dsl.ide.server.ClampedDocument;

/** The positions of a ClampedDocument: Xtext's inside the text, clamped outside it. */
class ClampedDocumentTest {

	static final String TEXT = "model lab\r\narea 3 {\n\ttechnology Alpha\r\n}";

	@Test
	void positionsInsideTheTextMeanWhatTheyMeanToXtext() {
		Document xtext = new Document(1, TEXT);
		ClampedDocument clamped = new ClampedDocument("test", 1, TEXT);
		for (int offset = 0; offset <= TEXT.length(); offset++) {
			Position position = xtext.getPosition(offset);
			assertEquals(offset, xtext.getOffSet(position), position::toString);
			assertEquals(offset, clamped.getOffSet(position), position::toString);
		}
	}

	@Test
	void positionsOutsideTheTextAreClamped() {
		ClampedDocument document = new ClampedDocument("test", 1, TEXT);
		int secondLine = TEXT.indexOf("area");
		assertEquals(0, document.getOffSet(new Position(-1, 5)));
		assertEquals(secondLine, document.getOffSet(new Position(1, -3)));
		// Beyond the end of a line: before its line break, also before the \r of \r\n.
		assertEquals(TEXT.indexOf("\r\narea"), document.getOffSet(new Position(0, 40)));
		assertEquals(TEXT.indexOf("\n\t"), document.getOffSet(new Position(1, 40)));
		assertEquals(TEXT.length(), document.getOffSet(new Position(3, 40)));
		assertEquals(TEXT.length(), document.getOffSet(new Position(4, 0)));
		assertEquals(TEXT.length(), document.getOffSet(new Position(Integer.MAX_VALUE, Integer.MAX_VALUE)));
	}

	@Test
	void aReversedRangeIsTheTextBetweenItsEnds() {
		ClampedDocument document = new ClampedDocument("test", 1, TEXT);
		Range reversed = new Range(new Position(1, 0), new Position(0, 0));
		assertEquals("model lab\r\n", document.getSubstring(reversed));
	}

	@Test
	void changesApplyOneAfterTheOtherAndCountTheVersion() {
		Document changed = new ClampedDocument("test", 7, "ab\ncd").applyTextDocumentChanges(List.of(
				new TextDocumentContentChangeEvent(new Range(new Position(5, 0), new Position(9, 9)), "\nef"),
				new TextDocumentContentChangeEvent(new Range(new Position(2, 9), new Position(2, 9)), "g"),
				new TextDocumentContentChangeEvent(new Range(new Position(0, -1), new Position(0, 1)), "")));
		assertEquals("b\ncd\nefg", changed.getContents());
		assertEquals(8, changed.getVersion());
		assertEquals(ClampedDocument.class, changed.getClass());
	}
}
