package org.wpo.tests.lsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.ide.server.WpoServerModule;

import com.google.inject.Module;

/**
 * Runs the WPO language server in the test's thread (Xtext's language-server test support) on a
 * workspace folder the test writes; the built-in model is written once per test run into a
 * temporary folder.
 */
abstract class LanguageServerTestBase extends AbstractLanguageServerTest {

	/** Where the built-in model is written for every test of this run. */
	static final Path LIBRARY_BASE = createLibraryBase();

	/** What the server answered to initialize. */
	InitializeResult initializeResult;

	/** The workspace folder, instead of Xtext's folder below the working directory. */
	@TempDir
	Path workspaceFolder;

	@BeforeEach
	void useTemporaryWorkspaceFolder() {
		root = workspaceFolder.toFile();
	}

	LanguageServerTestBase() {
		super("wpo");
	}

	private static Path createLibraryBase() {
		try {
			Path base = Files.createTempDirectory("wpo-lsp-library");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(base)));
			return base;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void deleteTree(Path base) {
		try (var paths = Files.walk(base)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// Left for the system to clean: it is below the temporary folder.
		}
	}

	@Override
	protected Module getServerModule() {
		return Modules2.mixin(WpoServerModule.create(LIBRARY_BASE),
				binder -> binder.bind(IRequestManager.class).to(DirectRequestManager.class));
	}

	/** Writes the files (pairs of path and text), starts the server on the folder and opens the first file. */
	String openWorkspace(String... pathsAndTexts) {
		List<String> uris = new ArrayList<>();
		for (int i = 0; i < pathsAndTexts.length; i += 2) {
			uris.add(writeFile(pathsAndTexts[i], pathsAndTexts[i + 1]));
		}
		initializeResult = initialize();
		open(uris.get(0), pathsAndTexts[1]);
		return uris.get(0);
	}

	static TextDocumentIdentifier document(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	/** The position where the n-th (0-based) occurrence of the marker starts, plus a shift. */
	static Position at(String text, String marker, int occurrence, int shift) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = text.indexOf(marker, offset + 1);
			if (offset < 0) {
				throw new IllegalArgumentException("no occurrence " + occurrence + " of " + marker);
			}
		}
		return new Document(1, text).getPosition(offset + shift);
	}

	static Position at(String text, String marker) {
		return at(text, marker, 0, 0);
	}

	/** The text after the edits, which all refer to the original text. */
	static String apply(String text, List<? extends TextEdit> edits) {
		Document document = new Document(1, text);
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
		String result = text;
		for (TextEdit edit : sorted) {
			int start = document.getOffSet(edit.getRange().getStart());
			int end = document.getOffSet(edit.getRange().getEnd());
			result = result.substring(0, start) + edit.getNewText() + result.substring(end);
		}
		return result;
	}

	/** Diagnostics of one file as {@code line:column code message} lines (1-based, as wpo check prints them). */
	List<String> diagnosticLines(String uri) {
		Map<String, List<Diagnostic>> all = getDiagnostics();
		List<String> lines = new ArrayList<>();
		for (Diagnostic diagnostic : all.getOrDefault(uri, List.of())) {
			lines.add((diagnostic.getRange().getStart().getLine() + 1) + ":"
					+ (diagnostic.getRange().getStart().getCharacter() + 1) + " "
					+ diagnostic.getSeverity().name().toLowerCase() + " " + diagnostic.getCode().getLeft() + " "
					+ diagnostic.getMessage().getLeft());
		}
		lines.sort(Comparator.naturalOrder());
		return lines;
	}
}
