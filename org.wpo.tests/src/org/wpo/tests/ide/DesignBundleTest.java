package org.wpo.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What can be checked of org.wpo.design's own Java without Sirius (p2 only), read as text: how it
 * behaves inside Sirius's tool commands and on the projects the viewpoint is enabled on.
 */
class DesignBundleTest {

	static final String XTEXT_NATURE = "org.eclipse.xtext.ui.shared.xtextNature";

	static Path design;

	@BeforeAll
	static void find() throws Exception {
		design = IdeFiles.root().resolve("org.wpo.design");
	}

	/**
	 * A tool runs inside Sirius's write transaction, and Sirius reloads changed files through the same
	 * command stack: refreshing the workspace while the command runs tangles undo and the reload. The
	 * services refresh after the command: from a workspace job, scheduled once the tool's command has
	 * returned to the UI thread's event loop.
	 */
	@Test
	void toolsRefreshTheWorkspaceAfterTheCommandNotInsideIt() throws Exception {
		String services = Files.readString(design.resolve("src/org/wpo/design/WpoServices.java"));
		String saved = body(services, "protected void saved(List<Path> files)");
		assertTrue(!saved.contains("refreshLocal("), "saved(...) refreshes inside the tool's command:\n" + saved);
		assertTrue(saved.contains("asyncExec("), "saved(...) does not wait for the command to return:\n" + saved);
		Matcher job = Pattern.compile("class (\\w+) extends WorkspaceJob").matcher(services);
		assertTrue(job.find(), "no workspace job refreshes the files");
		String run = body(services, "public IStatus runInWorkspace(IProgressMonitor monitor)");
		assertTrue(run.contains("refreshLocal(IResource.DEPTH_ZERO"), run);
		assertTrue(saved.contains("new " + job.group(1) + "("), saved);
		assertTrue(services.contains("setRule("), "the job refreshes under the files' refresh rule");
	}

	/**
	 * A project opened first through Sirius has no Xtext nature, so the Xtext builder never indexes it:
	 * references into other files and into mswpo stay unresolved and edges are missing. When the
	 * viewpoint is enabled (or a session that has it opens), the bundle adds the nature.
	 */
	@Test
	void enablingTheViewpointGivesTheProjectTheXtextNature() throws Exception {
		Element listener = null;
		for (Element extension : IdeFiles.elements(IdeFiles.xml(design.resolve("plugin.xml")), "extension")) {
			if (extension.getAttribute("point").equals("org.eclipse.sirius.sessionManagerListener")) {
				listener = IdeFiles.elements(extension, "listener").get(0);
			}
		}
		assertTrue(listener != null, "no org.eclipse.sirius.sessionManagerListener extension");
		String className = listener.getAttribute("class");
		Path source = design.resolve("src/" + className.replace('.', '/') + ".java");
		assertTrue(Files.isRegularFile(source), className);
		String code = Files.readString(source);
		assertTrue(code.contains("SessionManagerListener"), "implements Sirius's SessionManagerListener");
		// When a session opens and when its selected viewpoints change.
		assertTrue(code.contains("public void notifyAddSession(Session"), code);
		assertTrue(code.contains("SessionListener.SELECTED_VIEWS_CHANGE_KIND"), code);
		// Only for this viewpoint, by the name the .odesign gives it.
		Matcher name = Pattern.compile("<ownedViewpoints name=\"(\\w+)\"")
				.matcher(Files.readString(design.resolve("description/wpo.odesign")));
		assertTrue(name.find());
		assertTrue(code.contains("\"" + name.group(1) + "\""), "the viewpoint's name " + name.group(1));
		assertTrue(code.contains("\"" + XTEXT_NATURE + "\""), "adds the Xtext nature");
		assertTrue(code.contains("setNatureIds("), code);
		assertTrue(code.contains("extends WorkspaceJob"), "changes the project description in a workspace job");
		// The nature comes with Xtext's UI, which the feature requires.
		assertTrue(Files.readString(IdeFiles.root().resolve("org.wpo.feature/feature.xml"))
				.contains("<import feature=\"org.eclipse.xtext.ui\""));
	}

	/** The body of the method whose declaration starts with {@code signature}, braces balanced. */
	static String body(String source, String signature) {
		int start = source.indexOf(signature);
		assertTrue(start >= 0, "no " + signature);
		int open = source.indexOf('{', start);
		int depth = 0;
		for (int i = open; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '{') {
				depth++;
			} else if (c == '}' && --depth == 0) {
				return source.substring(open, i + 1);
			}
		}
		throw new AssertionError("unbalanced braces after " + signature);
	}
}
