package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.wpo.dsl.library.BuiltInLibrary;

/** Go to definition (into the built-in model too), find references, outline, workspace symbols, folding. */
class NavigationTest extends LanguageServerTestBase {

	static final String MAIN = """
			model lab
			import mswpo

			area 1 "Calls" {
				protocol MS-CALL "Call Protocol" {
					runs-over MS-RPCE, Relay
				}
				area 1.1 {
					technology Hub {
						uses Relay
					}
				}
			}

			layers {
				layer fast "Fast layer"
			}

			extend MS-RPCE {
				uses Relay
			}
			""";

	static final String OTHER = """
			model lab
			area 2 "Other" {
				technology Relay "Message relay"
			}
			""";

	/** Starts the server with a client that shows outlines as trees and folds. */
	private String start() {
		writeFile("main.wpo", MAIN);
		writeFile("other.wpo", OTHER);
		initialize(params -> {
			ClientCapabilities capabilities = params.getCapabilities() == null ? new ClientCapabilities()
					: params.getCapabilities();
			TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
			DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
			symbols.setHierarchicalDocumentSymbolSupport(true);
			text.setDocumentSymbol(symbols);
			text.setFoldingRange(new FoldingRangeCapabilities());
			capabilities.setTextDocument(text);
			if (capabilities.getWorkspace() == null) {
				capabilities.setWorkspace(new WorkspaceClientCapabilities());
			}
			capabilities.getWorkspace().setWorkspaceFolders(true);
			params.setCapabilities(capabilities);
		});
		String uri = getVirtualFile("main.wpo");
		open(uri, MAIN);
		return uri;
	}

	private List<? extends Location> definition(String uri, String marker, int occurrence) throws Exception {
		return languageServer.definition(new DefinitionParams(document(uri), at(MAIN, marker, occurrence, 1))).get()
				.getLeft();
	}

	@Test
	void definitionInTheBuiltInModelIsAFileTheEditorCanOpen() throws Exception {
		String uri = start();
		List<? extends Location> locations = definition(uri, "MS-RPCE", 0);
		Assertions.assertEquals(1, locations.size());
		Location location = locations.get(0);
		Path file = Path.of(URI.create(location.getUri()));
		assertTrue(file.startsWith(LIBRARY_BASE), file::toString);
		Assertions.assertEquals("07-networking.wpo", file.getFileName().toString());
		String library;
		try (InputStream in = BuiltInLibrary.open("07-networking.wpo")) {
			library = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Assertions.assertEquals(library, Files.readString(file));
		Assertions.assertEquals(new Range(at(library, "protocol MS-RPCE", 0, 9), at(library, "protocol MS-RPCE", 0, 16)),
				location.getRange());
	}

	@Test
	void definitionInAnotherFileOfTheWorkspace() throws Exception {
		String uri = start();
		List<? extends Location> locations = definition(uri, "Relay", 0);
		Assertions.assertEquals(1, locations.size());
		Assertions.assertEquals(getVirtualFile("other.wpo"), locations.get(0).getUri());
		Assertions.assertEquals(new Range(at(OTHER, "Relay"), at(OTHER, "Relay", 0, 5)), locations.get(0).getRange());
	}

	@Test
	void referencesAcrossFiles() throws Exception {
		String uri = start();
		ReferenceParams params = new ReferenceParams(document(uri), at(MAIN, "Relay", 1, 2), new ReferenceContext(true));
		List<String> found = new ArrayList<>();
		for (Location location : languageServer.references(params).get()) {
			found.add(Path.of(URI.create(location.getUri())).getFileName() + " " + location.getRange().getStart().getLine()
					+ ":" + location.getRange().getStart().getCharacter() + "-" + location.getRange().getEnd().getCharacter());
		}
		found.sort(null);
		Assertions.assertEquals(List.of("main.wpo 19:6-11", "main.wpo 5:21-26", "main.wpo 9:8-13", "other.wpo 2:12-17"), found);
	}

	@Test
	void outlineShowsAreasAndWhatTheyContain() throws Exception {
		String uri = start();
		List<String> lines = new ArrayList<>();
		for (var symbol : languageServer.documentSymbol(new DocumentSymbolParams(document(uri))).get()) {
			render(symbol.getRight(), "", lines);
		}
		Assertions.assertEquals(List.of(
				"1 Namespace area — Calls",
				"  MS-CALL Class protocol — Call Protocol",
				"  1.1 Namespace area",
				"    Hub Interface technology",
				"layers Enum ",
				"  fast EnumMember Fast layer",
				"extend MS-RPCE Object "), lines);
	}

	private static void render(DocumentSymbol symbol, String indent, List<String> lines) {
		lines.add(indent + symbol.getName() + " " + symbol.getKind() + " " + symbol.getDetail());
		for (DocumentSymbol child : symbol.getChildren()) {
			render(child, indent + "  ", lines);
		}
	}

	@Test
	void workspaceSymbolsOfTheWorkspaceAndTheBuiltInModel() throws Exception {
		start();
		List<String> found = new ArrayList<>();
		for (WorkspaceSymbol symbol : languageServer.symbol(new WorkspaceSymbolParams("rpc")).get().getRight()) {
			found.add(symbol.getName() + " " + symbol.getKind() + " "
					+ Path.of(URI.create(symbol.getLocation().getLeft().getUri())).getFileName());
		}
		assertTrue(found.containsAll(List.of("mswpo::MS-RPCE Class 07-networking.wpo",
				"mswpo::RPC Interface 07-networking.wpo")), found::toString);
		assertTrue(found.stream().allMatch(s -> s.toLowerCase().contains("rpc")), found::toString);

		List<String> relay = new ArrayList<>();
		for (WorkspaceSymbol symbol : languageServer.symbol(new WorkspaceSymbolParams("relay")).get().getRight()) {
			relay.add(symbol.getName() + " " + symbol.getKind() + " "
					+ Path.of(URI.create(symbol.getLocation().getLeft().getUri())).getFileName() + " "
					+ symbol.getLocation().getLeft().getRange().getStart().getLine());
		}
		Assertions.assertEquals(List.of("lab::Relay Interface other.wpo 2"), relay);
	}

	@Test
	void foldingOfBlocks() throws Exception {
		String uri = start();
		List<String> ranges = new ArrayList<>();
		for (FoldingRange range : languageServer.foldingRange(new FoldingRangeRequestParams(document(uri))).get()) {
			ranges.add(range.getStartLine() + "-" + range.getEndLine());
		}
		Assertions.assertEquals(List.of("3-12", "4-6", "7-11", "8-10", "14-16", "18-20"), ranges);
	}
}
