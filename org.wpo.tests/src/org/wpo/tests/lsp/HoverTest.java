package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Hover on references and declarations: kind, title, status, area, layer, applicability, sections, description. */
class HoverTest extends LanguageServerTestBase {

	static final String MAIN = """
			model lab
			import mswpo

			area 1 "Calls" {
				protocol MS-CALL "Call Protocol" {
					status current
					layer session
					description "Places calls."
					sections 1, 7.3.1
					applies from "Windows 2000" to "Windows XP"
					runs-over MS-RPCE section 7.3.1
				}
			}
			""";

	private Hover hover(String uri, Position position) throws Exception {
		return languageServer.hover(new HoverParams(document(uri), position)).get();
	}

	@Test
	void referenceIntoTheBuiltInModel() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		Hover hover = hover(uri, at(MAIN, "MS-RPCE", 0, 3));
		Assertions.assertEquals("markdown", hover.getContents().getRight().getKind());
		Assertions.assertEquals("""
				**protocol** `MS-RPCE` — Remote Procedure Call Protocol Extensions

				- Status: current
				- Area: 7.3.1 RPC
				- Layer: session (Session Layer)
				- Applies: not restricted
				- Sections: 2.2.1.1 Component Object Model Plus (COM+), 2.3.3 Remote Data Services Transport \
				Protocol, 2.4.2 Internet Information Services (IIS) IMSAdminBaseW Remote Protocol, 2.4.3 Internet \
				Information Services (IIS) Inetinfo Remote protocol, 7.3.1 RPC, 7.3.2 DCOM, 7.4.2.1 Named Pipes
				- Relations: extends C706; runs-over SMB, TCP, UDP, SPX, IPX, AppleTalk; runs-over NetBIOS via IPX, TCP, NetBEUI; runs-over named pipes; runs-over HTTP
				- Model: mswpo (built in)

				Windows extensions of DCE RPC, including how RPC maps onto each supported transport.""",
				hover.getContents().getRight().getValue());
		Assertions.assertEquals(new Range(at(MAIN, "MS-RPCE"), at(MAIN, "MS-RPCE", 0, 7)), hover.getRange());
	}

	@Test
	void declarationOfTheWorkspace() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		Hover hover = hover(uri, at(MAIN, "MS-CALL", 0, 1));
		Assertions.assertEquals("""
				**protocol** `MS-CALL` — Call Protocol

				- Status: current
				- Area: 1 Calls
				- Layer: session (Session Layer)
				- Applies: from Windows 2000 up to Windows XP
				- Sections: 1 Calls, 7.3.1 RPC
				- Relations: runs-over MS-RPCE
				- Model: lab

				Places calls.""", hover.getContents().getRight().getValue());
	}

	@Test
	void layerAndProductAndArea() throws Exception {
		String uri = openWorkspace("main.wpo", MAIN);
		Assertions.assertEquals("""
				**layer** `session` — Session Layer

				- Order: 3rd of 6, from the highest
				- Model: mswpo (built in)""", hover(uri, at(MAIN, "session", 0, 2)).getContents().getRight().getValue());
		Assertions.assertEquals("""
				**product** `Windows XP` — Windows XP operating system

				- Order: 4th of 14, from the oldest
				- Model: mswpo (built in)""", hover(uri, at(MAIN, "Windows XP", 0, 2)).getContents().getRight().getValue());
		String area = hover(uri, at(MAIN, "7.3.1", 1, 1)).getContents().getRight().getValue();
		Assertions.assertEquals("""
				**area** `7.3.1` — RPC

				- Within: 7.3 Session Layer Technologies
				- Contains: 10 elements, 0 areas
				- Model: mswpo (built in)

				Remote procedure calls and the Windows RPC protocols, with the transports RPC runs over.""", area);
	}

	@Test
	void nothingOnKeywordsWithoutAMeaningToExplain() throws Exception {
		// Relation kinds and via, only, source, new, after explain themselves: see KeywordHelpTest.
		String uri = openWorkspace("main.wpo", MAIN);
		Hover hover = hover(uri, at(MAIN, "status", 0, 2));
		Assertions.assertEquals("", hover.getContents().getRight().getValue());
		assertNull(hover.getRange());
	}
}
