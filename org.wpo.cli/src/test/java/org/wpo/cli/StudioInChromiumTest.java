package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The studio ({@code wpo studio}, its own process) in a real headless Chromium, driven with real
 * mouse and keyboard events: every diagram gesture changes the file on disk exactly as expected,
 * the editor shows the same text, and the diagram the same nodes and relations: its model holds them
 * and the page draws them (every node, and the relations of an element once it is centred: Sprotty
 * draws only the relations that touch the viewport);
 * text typed in the editor and a file changed on disk reach the diagram; refused gestures show
 * their reason and change no file; the language server answers completion and hover, and its quick
 * fixes are offered with Ctrl+.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudioInChromiumTest {

	static final Path TARGET = Path.of("target").toAbsolutePath();
	static final Path SCREENSHOTS = TARGET.resolve("screenshots");
	static final Duration EDIT = Duration.ofSeconds(90);

	/** The lab model: three areas, layers from the built-in model, comments of both kinds. */
	static final String FIXTURE = """
			// The lab model of the studio's browser test: three areas, layers from the built-in model.
			model lab

			import mswpo

			area 1 "Transport" {
				// The lowest of the lab's protocols.
				protocol MS-LBASE "Lab Base Protocol" {
					layer transport
					description "Carries the others."
				}
				protocol MS-LMID "Lab Middle Protocol" {
					layer session
					runs-over MS-LBASE // the only path down
				}
			}

			area 2 "Applications" {
				protocol MS-LAPP "Lab Application Protocol" {
					layer application
					runs-over MS-LMID
				}
				format MS-LDATA "Lab Data Format" {
					layer presentation
				}
			}

			/* An area with one technology. */
			area 3 "Spare" {
				technology LAB-TECH "Lab Technology" {
					layer network
				}
			}
			""";

	static Path folder;
	static Path lab;
	static Process studio;
	static Path studioOut;
	static Chromium chromium;
	static Path profile;
	static String address;

	@BeforeAll
	static void start() throws Exception {
		folder = TARGET.resolve("studio-model");
		delete(folder);
		lab = Fixtures.write(folder.resolve("lab.wpo"), FIXTURE);
		studioOut = Files.createTempFile(Files.createDirectories(TARGET), "studio-", ".out");
		Path studioErr = Files.createTempFile(TARGET, "studio-", ".err");
		studio = new ProcessBuilder(studioCommand(folder)).directory(TARGET.toFile()).redirectOutput(studioOut.toFile())
				.redirectError(studioErr.toFile()).start();
		address = awaitAddress(studioErr);
		profile = Files.createTempDirectory(TARGET, "chromium-profile-");
		chromium = new Chromium(profile, 2400, 1500);
		chromium.open(address);
		chromium.waitFor("document.body.classList.contains('ready')", Duration.ofSeconds(120));
		chromium.waitFor("document.getElementById('sprotty_element:lab::MS-LBASE') !== null", EDIT);
		chromium.evaluate(HELPERS);
	}

	@AfterAll
	static void stop() throws Exception {
		if (chromium != null) {
			chromium.close();
		}
		if (studio != null) {
			studio.destroy();
			if (!studio.waitFor(30, TimeUnit.SECONDS)) {
				studio.destroyForcibly().waitFor();
			}
		}
		delete(profile);
	}

	/** The built jar when the build names it (wpo.jar), else the CLI's main class on this test's class path. */
	private static List<String> studioCommand(Path model) {
		String jar = System.getProperty("wpo.jar");
		if (jar != null && Files.isRegularFile(Path.of(jar))) {
			return JarProcess.command("studio", model.toString());
		}
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
				Wpo.class.getName(), "studio", model.toString());
	}

	private static String awaitAddress(Path err) throws Exception {
		Pattern pattern = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/\\?token=[0-9a-f]+");
		long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < end) {
			Matcher matcher = pattern.matcher(Files.readString(studioOut, StandardCharsets.UTF_8));
			if (matcher.find()) {
				return matcher.group();
			}
			if (!studio.isAlive()) {
				break;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("wpo studio printed no address:\n" + Files.readString(studioOut) + Files.readString(err));
	}

	/**
	 * Page helpers: where things are on the screen, in CSS pixels of the viewport; what the diagram's
	 * model holds ({@code has}, {@code ids}) and what the page draws of it ({@code node}, {@code drawn}).
	 * Sprotty draws every node but only the relations that touch the viewport, so a relation is looked
	 * for in the model, and in the page once one of its ends is centred.
	 */
	static final String HELPERS = """
			window.wpoTest = {
			  node: id => document.getElementById('sprotty_' + id),
			  has: id => wpoStudio.diagram.node(id) !== null || wpoStudio.diagram.edge(id) !== null,
			  center: id => {
			    const g = document.getElementById('sprotty_' + id);
			    const r = (g.querySelector('.wpo-shape') || g).getBoundingClientRect();
			    return [r.left + r.width / 2, r.top + r.height / 2];
			  },
			  label: id => {
			    const r = document.getElementById('sprotty_' + id).querySelector('text.wpo-label').getBoundingClientRect();
			    return [r.left + r.width / 2, r.top + r.height / 2];
			  },
			  button: id => {
			    const r = document.getElementById(id).getBoundingClientRect();
			    return [r.left + r.width / 2, r.top + r.height / 2];
			  },
			  /* A point of a container that shows the container itself, not one of its children. */
			  emptyIn: id => {
			    const g = document.getElementById('sprotty_' + id);
			    const r = g.querySelector('.wpo-frame').getBoundingClientRect();
			    const pane = document.getElementById('diagram-host').getBoundingClientRect();
			    for (let y = Math.min(r.bottom, pane.bottom) - 5; y > Math.max(r.top, pane.top) + 3; y -= 3) {
			      for (let x = Math.min(r.right, pane.right) - 5; x > Math.max(r.left, pane.left) + 3; x -= 3) {
			        const hit = document.elementFromPoint(x, y);
			        if (hit && hit.closest('g[id]') === g) { return [x, y]; }
			      }
			    }
			    return null;
			  },
			  /* The middle of a relation's line. */
			  edgeMiddle: id => {
			    const path = document.getElementById('sprotty_' + id).querySelector('path.wpo-line');
			    const p = path.getPointAtLength(path.getTotalLength() / 2);
			    const m = path.getScreenCTM();
			    return [p.x * m.a + p.y * m.c + m.e, p.x * m.b + p.y * m.d + m.f];
			  },
			  ids: prefix => [...wpoStudio.diagram.placed.keys(), ...wpoStudio.diagram.edges().map(e => e.id)]
			      .filter(id => id.startsWith(prefix) && id.includes('lab::')).sort(),
			  drawn: prefix => Array.from(document.querySelectorAll('#sprotty g[id]'))
			      .filter(g => !g.id.startsWith('sprotty_rel:') || g.querySelector('path.wpo-line') !== null)
			      .map(g => g.id.substring(8)).filter(id => id.startsWith(prefix) && id.includes('lab::')).sort(),
			  editor: () => wpoStudio.editor.textOf('lab.wpo'),
			  idle: () => wpoStudio.busy === 0 && Array.from(wpoStudio.buffers.values()).every(b => b.state === 'clean'),
			  status: () => document.getElementById('status').textContent
			};
			true""";

	// ------------------------------------------------------------------ the gestures

	@Test
	@Order(1)
	void paletteDragAndRenameInTheAreaMap() throws Exception {
		showDiagram("area-map");
		search("LAB-TECH");
		assertEquals(List.of("element:lab::LAB-TECH", "element:lab::MS-LAPP", "element:lab::MS-LBASE",
				"element:lab::MS-LDATA", "element:lab::MS-LMID"), ids("element:"));

		// A protocol from the palette, placed in area 3, named in the overlay.
		click(at("wpoTest.button('tool-specification')"));
		click(at("wpoTest.emptyIn('area:lab::3')"));
		chromium.waitFor("document.querySelector('#wpo-ask input') === document.activeElement", EDIT);
		chromium.type("MS-LNEW");
		chromium.press("Enter", 13);
		String created = FIXTURE.replace("""
						layer network
					}
				}
				""", """
						layer network
					}
					protocol MS-LNEW
				}
				""");
		awaitFile(created, "wpoTest.node('element:lab::MS-LNEW') !== null");
		assertEquals(List.of("element:lab::LAB-TECH", "element:lab::MS-LAPP", "element:lab::MS-LBASE",
				"element:lab::MS-LDATA", "element:lab::MS-LMID", "element:lab::MS-LNEW"), ids("element:"));
		assertInside("area:lab::3", "element:lab::MS-LNEW");
		screenshot("studio-created");

		// MS-LDATA dragged from area 2 into area 3.
		double[] from = at("wpoTest.center('element:lab::MS-LDATA')");
		double[] to = at("wpoTest.emptyIn('area:lab::3')");
		drag(from, to);
		String moved = created.replace("""
					format MS-LDATA "Lab Data Format" {
						layer presentation
					}
				}
				""", "}\n").replace("""
					protocol MS-LNEW
				}
				""", """
					protocol MS-LNEW
					format MS-LDATA "Lab Data Format" {
						layer presentation
					}
				}
				""");
		awaitFile(moved, "document.getElementById('sprotty_area:lab::3').contains(wpoTest.node('element:lab::MS-LDATA'))");
		assertInside("area:lab::3", "element:lab::MS-LDATA");

		// MS-LAPP renamed in place: double-click its name, type, Enter.
		double[] label = at("wpoTest.label('element:lab::MS-LAPP')");
		chromium.doubleClick(label[0], label[1]);
		chromium.waitFor("document.querySelector('#wpo-rename input') === document.activeElement", EDIT);
		assertEquals("MS-LAPP", chromium.evaluate("document.activeElement.value").getAsString());
		chromium.type("MS-LWEB");
		chromium.press("Enter", 13);
		String renamed = moved.replace("protocol MS-LAPP", "protocol MS-LWEB");
		awaitFile(renamed, "wpoTest.node('element:lab::MS-LWEB') !== null");
		assertEquals(List.of("element:lab::LAB-TECH", "element:lab::MS-LBASE", "element:lab::MS-LDATA",
				"element:lab::MS-LMID", "element:lab::MS-LNEW", "element:lab::MS-LWEB"), ids("element:"));
		assertEquals(List.of(), chromium.takeProblems());
	}

	@Test
	@Order(2)
	void relationLaneDeleteUndoRedoInTheLayerStack() throws Exception {
		String start = reset(FIXTURE.replace("protocol MS-LAPP", "protocol MS-LWEB"));
		showDiagram("layer-stack");
		search("MS-LMID");
		List<String> both = List.of("rel:lab::MS-LMID|runs-over|lab::MS-LBASE", "rel:lab::MS-LWEB|runs-over|lab::MS-LMID");
		assertEquals(both, ids("rel:"));
		assertDrawnAround("MS-LMID", both);

		// A runs-over relation drawn with the relation tool: source, then target, each found with the
		// search box first (the layer stack places them far apart).
		chromium.evaluate("document.getElementById('relation-kind').value = 'runs-over'");
		click(at("wpoTest.button('tool-relation')"));
		search("MS-LWEB");
		clickInDiagram(at("wpoTest.center('element:lab::MS-LWEB')"));
		chromium.waitFor("wpoTest.status().includes('runs-over from MS-LWEB')", EDIT);
		search("MS-LBASE");
		clickInDiagram(at("wpoTest.center('element:lab::MS-LBASE')"));
		String related = start.replace("""
						runs-over MS-LMID
				""", """
						runs-over MS-LMID
						runs-over MS-LBASE
				""");
		awaitFile(related, "wpoTest.has('rel:lab::MS-LWEB|runs-over|lab::MS-LBASE')");
		assertEquals(List.of("rel:lab::MS-LMID|runs-over|lab::MS-LBASE", "rel:lab::MS-LWEB|runs-over|lab::MS-LBASE",
				"rel:lab::MS-LWEB|runs-over|lab::MS-LMID"), ids("rel:"));
		assertDrawnAround("MS-LWEB",
				List.of("rel:lab::MS-LWEB|runs-over|lab::MS-LBASE", "rel:lab::MS-LWEB|runs-over|lab::MS-LMID"));

		// MS-LDATA dragged from the presentation lane into the session lane.
		search("MS-LDATA");
		double[] from = at("wpoTest.center('element:lab::MS-LDATA')");
		double[] to = at("wpoTest.emptyIn('layer:session')");
		drag(from, to);
		String laned = related.replace("""
					format MS-LDATA "Lab Data Format" {
						layer presentation
				""", """
					format MS-LDATA "Lab Data Format" {
						layer session
				""");
		awaitFile(laned, "document.getElementById('sprotty_layer:session').contains(wpoTest.node('element:lab::MS-LDATA'))");
		search("MS-LDATA");
		screenshot("studio-layer-stack");

		// The relation MS-LMID runs-over MS-LBASE selected by a click on its line, then Delete. (Sprotty
		// draws only what the viewport shows, so the relation is brought into view first.)
		String relation = "rel:lab::MS-LMID|runs-over|lab::MS-LBASE";
		search("MS-LMID");
		clickInDiagram(at("wpoTest.edgeMiddle(" + quote(relation) + ")"));
		chromium.waitFor("wpoTest.node(" + quote(relation) + ").classList.contains('selected')", EDIT);
		chromium.key("Delete", "Delete", 46, 0);
		String deleted = laned.replace("\t\truns-over MS-LBASE // the only path down\n", "");
		awaitFile(deleted, "!wpoTest.has(" + quote(relation) + ")");
		List<String> left = List.of("rel:lab::MS-LWEB|runs-over|lab::MS-LBASE", "rel:lab::MS-LWEB|runs-over|lab::MS-LMID");
		assertEquals(left, ids("rel:"));
		assertDrawnAround("MS-LMID", List.of("rel:lab::MS-LWEB|runs-over|lab::MS-LMID"));

		// Ctrl+Z in the diagram (a click on MS-LMID gives it the keyboard) brings the relation back with its
		// comment; Ctrl+Shift+Z removes it again.
		clickInDiagram(at("wpoTest.center('element:lab::MS-LMID')"));
		chromium.key("z", "KeyZ", 90, Chromium.CTRL);
		awaitFile(laned, "wpoTest.has(" + quote(relation) + ")");
		assertEquals(List.of("rel:lab::MS-LMID|runs-over|lab::MS-LBASE", "rel:lab::MS-LWEB|runs-over|lab::MS-LBASE",
				"rel:lab::MS-LWEB|runs-over|lab::MS-LMID"), ids("rel:"));
		assertDrawnAround("MS-LMID", both);
		clickInDiagram(at("wpoTest.center('element:lab::MS-LMID')"));
		chromium.key("Z", "KeyZ", 90, Chromium.CTRL | Chromium.SHIFT);
		awaitFile(deleted, "!wpoTest.has(" + quote(relation) + ")");
		assertEquals(left, ids("rel:"));
		assertDrawnAround("MS-LMID", List.of("rel:lab::MS-LWEB|runs-over|lab::MS-LMID"));
		assertEquals(List.of(), chromium.takeProblems());
	}

	@Test
	@Order(3)
	void refusedGesturesShowTheReasonAndChangeNoFile() throws Exception {
		reset(FIXTURE);
		showDiagram("layer-stack");
		search("MS-LMID");

		// A cycle: MS-LBASE runs-over MS-LAPP, which runs over MS-LMID, which runs over MS-LBASE.
		String before = folderHash();
		chromium.evaluate("document.getElementById('relation-kind').value = 'runs-over'");
		click(at("wpoTest.button('tool-relation')"));
		clickInDiagram(at("wpoTest.center('element:lab::MS-LBASE')"));
		clickInDiagram(at("wpoTest.center('element:lab::MS-LAPP')"));
		awaitStatus("cycle");
		assertEquals(before, folderHash());
		assertEquals(FIXTURE, editorText());
		assertEquals(List.of("rel:lab::MS-LAPP|runs-over|lab::MS-LMID", "rel:lab::MS-LMID|runs-over|lab::MS-LBASE"),
				ids("rel:"));

		// A rename onto a name that is taken.
		double[] label = at("wpoTest.label('element:lab::MS-LBASE')");
		chromium.doubleClick(label[0], label[1]);
		chromium.waitFor("document.querySelector('#wpo-rename input') === document.activeElement", EDIT);
		chromium.type("MS-LMID");
		chromium.press("Enter", 13);
		awaitStatus("MS-LMID");
		assertTrue(status().toLowerCase(java.util.Locale.ROOT).contains("taken")
				|| status().toLowerCase(java.util.Locale.ROOT).contains("already"), status());
		assertEquals(before, folderHash());
		assertTrue(chromium.evaluate("wpoTest.node('element:lab::MS-LBASE') !== null").getAsBoolean());

		// A built-in element dragged into another lane: refused, and put back where it was.
		String builtIn = chromium.evaluate("Array.from(wpoStudio.diagram.placed.values()).find(p => p.node.type === "
				+ "'node:element' && p.node.editable === false && p.parentId !== 'layer:session'"
				+ " && (() => { const r = document.getElementById('sprotty_' + p.node.id).getBoundingClientRect();"
				+ " const pane = document.getElementById('diagram-host').getBoundingClientRect();"
				+ " return r.left > pane.left + 20 && r.right < pane.right - 20 && r.top > pane.top + 20"
				+ " && r.bottom < pane.bottom - 20; })()).node.id").getAsString();
		String transform = chromium.evaluate("wpoTest.node(" + quote(builtIn) + ").getAttribute('transform')")
				.getAsString();
		double[] from = at("wpoTest.center(" + quote(builtIn) + ")");
		double[] to = at("wpoTest.emptyIn('layer:session')");
		drag(from, to);
		awaitStatus("built-in model");
		chromium.waitFor("wpoTest.node(" + quote(builtIn) + ").getAttribute('transform') === " + quote(transform), EDIT);
		assertEquals(before, folderHash());
		screenshot("studio-refused");
		assertEquals(List.of(), chromium.takeProblems());
	}

	@Test
	@Order(4)
	void textTypedInTheEditorAndFilesChangedOnDiskReachTheDiagram() throws Exception {
		reset(FIXTURE);
		showDiagram("layer-stack");
		search("MS-LMID");
		String relation = "rel:lab::MS-LDATA|runs-over|lab::MS-LMID";
		assertFalse(chromium.evaluate("wpoTest.has(" + quote(relation) + ")").getAsBoolean());
		assertDrawnAround("MS-LMID",
				List.of("rel:lab::MS-LAPP|runs-over|lab::MS-LMID", "rel:lab::MS-LMID|runs-over|lab::MS-LBASE"));

		// Typed at the end of MS-LDATA's layer line: a new line with a runs-over relation.
		placeCaretAtEndOf("\t\tlayer presentation");
		chromium.press("Enter", 13);
		chromium.type("runs-over MS-LMID");
		String typed = FIXTURE.replace("""
						layer presentation
				""", """
						layer presentation
						runs-over MS-LMID
				""");
		awaitFile(typed, "wpoTest.has(" + quote(relation) + ")");
		assertEquals(List.of("rel:lab::MS-LAPP|runs-over|lab::MS-LMID", relation, "rel:lab::MS-LMID|runs-over|lab::MS-LBASE"),
				ids("rel:"));
		assertDrawnAround("MS-LDATA", List.of(relation));

		// Another program writes the file: the editor and the diagram follow.
		String disk = typed.replace("""
						layer network
					}
				""", """
						layer network
					}
					technology LAB-WIRE "Lab Wire" {
						layer link
						// written by another program
					}
				""");
		Files.writeString(lab, disk, StandardCharsets.UTF_8);
		awaitFile(disk, "wpoTest.node('element:lab::LAB-WIRE') !== null");
		assertTrue(ids("element:").contains("element:lab::LAB-WIRE"), "the diagram holds LAB-WIRE");

		// The caret in MS-LMID's declaration selects its node; a click on a node selects its declared name.
		// (MS-LBASE is found with the search box first, which selects it too; the caret then moves the
		// selection to MS-LMID, and the click brings it back.)
		search("MS-LBASE");
		placeCaretAtEndOf("\t\tlayer session");
		chromium.waitFor("wpoTest.node('element:lab::MS-LMID').classList.contains('selected')"
				+ " && !wpoTest.node('element:lab::MS-LBASE').classList.contains('selected')", EDIT);
		assertTrue(chromium.evaluate("wpoStudio.editor.view.state.selection.main.empty").getAsBoolean());
		clickInDiagram(at("wpoTest.center('element:lab::MS-LBASE')"));
		chromium.waitFor("(() => { const s = wpoStudio.editor.view.state.selection.main;"
				+ " return wpoStudio.editor.view.state.sliceDoc(s.from, s.to) === 'MS-LBASE'; })()", EDIT);
		assertEquals(List.of(), chromium.takeProblems());
	}

	@Test
	@Order(5)
	void theLanguageServerAnswersCompletionAndHoverInTheBrowser() throws Exception {
		reset(FIXTURE);
		// Hover over MS-LBASE where MS-LMID runs over it.
		double[] word = at("(() => { const v = wpoStudio.editor.view; const text = v.state.doc.toString();"
				+ " const c = v.coordsAtPos(text.indexOf('runs-over MS-LBASE') + 13);"
				+ " return [c.left + 2, (c.top + c.bottom) / 2]; })()");
		chromium.mouseMove(word[0], word[1]);
		chromium.waitFor("document.querySelector('.cm-tooltip-hover') !== null"
				+ " && document.querySelector('.cm-tooltip-hover').textContent.includes('Lab Base Protocol')", EDIT);
		screenshot("studio-hover");
		chromium.mouseMove(5, 5);

		// Completion after typing the start of a name, asked for with Ctrl+Space.
		placeCaretAtEndOf("\t\truns-over MS-LMID");
		chromium.type(", MS-LB");
		chromium.key(" ", "Space", 32, Chromium.CTRL);
		chromium.waitFor("document.querySelector('.cm-tooltip-autocomplete') !== null"
				+ " && document.querySelector('.cm-tooltip-autocomplete').textContent.includes('MS-LBASE')", EDIT);
		screenshot("studio-completion");
		Path docs = Path.of("..", "docs", "images").toAbsolutePath().normalize();
		chromium.key("Escape", "Escape", 27, 0);
		reset(FIXTURE);
		showDiagram("layer-stack");
		search("MS-LMID");
		if (Files.isDirectory(docs)) {
			chromium.screenshot(docs.resolve("studio.png"));
		}
		assertEquals(List.of(), chromium.takeProblems());
	}

	@Test
	@Order(6)
	void aQuickFixOfTheLanguageServerWithCtrlDot() throws Exception {
		String misnamed = reset(FIXTURE.replace("format MS-LDATA", "format LAB-DATA"));
		chromium.waitFor("Array.from(document.querySelectorAll('.cm-lintRange-error'))"
				+ ".some(e => e.textContent === 'LAB-DATA')", EDIT);
		// The problems list names the error that the diagram's node carries as a marker.
		chromium.waitFor("document.getElementById('problem-count').textContent === '1'"
				+ " && document.querySelector('#problems li').dataset.code === 'wpo.short-name-kind'"
				+ " && wpoStudio.diagram.node('element:lab::LAB-DATA').markers.map(m => m.severity).join() === 'error'", EDIT);
		placeCaretAtEndOf("format LAB-DATA");
		chromium.key(".", "Period", 190, Chromium.CTRL);
		chromium.waitFor("document.querySelector('#wpo-choose button') === document.activeElement"
				+ " && document.activeElement.textContent === 'Change the kind of LAB-DATA to standard'", EDIT);
		chromium.press("Enter", 13);
		awaitFile(misnamed.replace("format LAB-DATA", "standard LAB-DATA"), "true");
		chromium.waitFor("document.getElementById('problem-count').textContent === '0'"
				+ " && wpoStudio.diagram.node('element:lab::LAB-DATA').markers.length === 0", EDIT);
		assertEquals(List.of(), chromium.takeProblems());
	}

	@Test
	@Order(7)
	void aRelationsTargetMovedToAnotherElement() throws Exception {
		reset(FIXTURE);
		showDiagram("layer-stack");
		search("MS-LMID");
		clickInDiagram(at("wpoTest.edgeMiddle('rel:lab::MS-LMID|runs-over|lab::MS-LBASE')"));
		chromium.waitFor("!document.getElementById('reconnect-target').disabled", EDIT);
		click(at("wpoTest.button('reconnect-target')"));
		clickInDiagram(at("wpoTest.center('element:mswpo::UDP')"));
		awaitFile(FIXTURE.replace("runs-over MS-LBASE // the only path down", "runs-over UDP // the only path down"),
				"wpoStudio.diagram.edge('rel:lab::MS-LMID|runs-over|mswpo::UDP') !== null"
						+ " && wpoStudio.diagram.edge('rel:lab::MS-LMID|runs-over|lab::MS-LBASE') === null");
		// Sprotty draws only what the viewport shows, and the new layout moves the relation out of it:
		// the diagram's model has the edge at once, its DOM node only once MS-LMID is centred again.
		search("MS-LMID");
		chromium.waitFor("wpoTest.node('rel:lab::MS-LMID|runs-over|mswpo::UDP') !== null", EDIT);
		assertEquals(List.of("rel:lab::MS-LAPP|runs-over|lab::MS-LMID", "rel:lab::MS-LMID|runs-over|mswpo::UDP"),
				ids("rel:"));
		assertEquals(List.of(), chromium.takeProblems());
	}

	// ------------------------------------------------------------------ helpers

	/** Puts the model back to a text through the disk, and waits until both panes show it. */
	private static String reset(String text) throws Exception {
		chromium.waitFor("wpoTest.idle()", EDIT);
		if (!Files.readString(lab, StandardCharsets.UTF_8).equals(text)) {
			Files.writeString(lab, text, StandardCharsets.UTF_8);
		}
		chromium.waitFor("wpoTest.editor() === " + quote(text) + " && wpoTest.idle()", EDIT);
		return text;
	}

	/** Waits until the disk, the editor and the diagram agree on the expected text, then checks each. */
	private static void awaitFile(String expected, String diagramCondition) throws Exception {
		long end = System.nanoTime() + EDIT.toNanos();
		while (!Files.readString(lab, StandardCharsets.UTF_8).equals(expected) && System.nanoTime() < end) {
			Thread.sleep(100);
		}
		assertEquals(expected, Files.readString(lab, StandardCharsets.UTF_8), "the file on disk; status: " + status());
		try {
			chromium.waitFor("wpoTest.editor() === " + quote(expected) + " && wpoTest.idle() && " + diagramCondition, EDIT);
		} catch (AssertionError e) {
			// Which of the three did not follow, and what the page shows instead.
			throw new AssertionError("the page did not follow the file within " + EDIT.toSeconds() + " s: the editor "
					+ (expected.equals(editorText()) ? "shows it" : "shows\n" + editorText()) + "\n; busy "
					+ chromium.evaluate("wpoStudio.busy") + ", buffers "
					+ chromium.evaluate("Array.from(wpoStudio.buffers.values()).map(b => b.path + ' ' + b.state).join(', ')")
					+ "; the diagram: " + chromium.evaluate(diagramCondition) + " for " + diagramCondition + "; status: "
					+ status(), e);
		}
		assertEquals(expected, editorText());
	}

	private static void awaitStatus(String part) throws Exception {
		chromium.waitFor("wpoTest.idle() && wpoTest.status().includes(" + quote(part) + ")"
				+ " && document.getElementById('status').classList.contains('error')", EDIT);
	}

	private static String status() throws Exception {
		return chromium.evaluate("wpoTest.status()").getAsString();
	}

	private static String editorText() throws Exception {
		return chromium.evaluate("wpoTest.editor()").getAsString();
	}

	private static void showDiagram(String kind) throws Exception {
		click(at("wpoTest.button('show-" + kind + "')"));
		chromium.waitFor("wpoStudio.diagram.rootId === " + quote(kind) + " && wpoTest.idle()", EDIT);
	}

	/** Types a name into the search box and presses Enter: the element is centred and selected. */
	private static void search(String name) throws Exception {
		click(at("wpoTest.button('search')"));
		chromium.evaluate("document.getElementById('search').select()");
		chromium.type(name);
		chromium.press("Enter", 13);
		chromium.waitFor("wpoStudio.diagram.selection.has('element:lab::' + " + quote(name) + ")", EDIT);
		chromium.waitFor("(() => { const [x, y] = wpoTest.center('element:lab::' + " + quote(name) + ");"
				+ " const r = document.getElementById('diagram-host').getBoundingClientRect();"
				+ " return Math.abs(x - (r.left + r.right) / 2) < 30 && Math.abs(y - (r.top + r.bottom) / 2) < 30; })()", EDIT);
	}

	/** Clicks in the editor just after a text (right of it when it ends its line): the caret goes there. */
	private static void placeCaretAtEndOf(String line) throws Exception {
		String offset = "wpoStudio.editor.view.state.doc.toString().indexOf(" + quote(line) + ") + " + line.length();
		assertTrue(chromium.evaluate(offset + " >= " + line.length()).getAsBoolean(), "the editor holds " + line);
		// Scrolled into view first (as a user would scroll), then clicked.
		chromium.evaluate("wpoStudio.editor.reveal(" + offset + ", " + offset + "), true");
		chromium.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))");
		String coords = "wpoStudio.editor.view.coordsAtPos(" + offset + ")";
		chromium.waitFor("(() => { const c = " + coords + "; const r = document.getElementById('editor')"
				+ ".getBoundingClientRect(); return c !== null && c.top > r.top && c.bottom < r.bottom; })()", EDIT);
		// At the end of a line, right of it; inside a line, on the boundary itself.
		click(at("(() => { const c = " + coords + "; const next = wpoStudio.editor.view.state.sliceDoc(" + offset + ", "
				+ offset + " + 1); return [next === '\\n' ? c.right + 40 : c.left, (c.top + c.bottom) / 2]; })()"));
		chromium.waitFor("wpoStudio.editor.view.state.selection.main.head === " + offset, EDIT);
	}

	private static void assertInside(String container, String node) throws Exception {
		assertTrue(chromium.evaluate("document.getElementById('sprotty_" + container + "').contains(wpoTest.node('" + node
				+ "'))").getAsBoolean(), node + " is drawn inside " + container);
	}

	/** A drag with the left button between two points that the diagram pane shows. */
	private static void drag(double[] from, double[] to) throws Exception {
		assertInPane(from);
		assertInPane(to);
		chromium.drag(from[0], from[1], to[0], to[1], 12);
	}

	/** A click on a point of the diagram that the pane shows (a user clicks only what is in view). */
	private static void clickInDiagram(double[] point) throws Exception {
		assertInPane(point);
		click(point);
	}

	private static void assertInPane(double[] point) throws Exception {
		assertTrue(chromium.evaluate("(() => { const r = document.getElementById('diagram-host').getBoundingClientRect();"
				+ " return " + point[0] + " > r.left && " + point[0] + " < r.right && " + point[1] + " > r.top && "
				+ point[1] + " < r.bottom; })()").getAsBoolean(), "the diagram pane shows " + point[0] + "," + point[1]);
	}

	private static void click(double[] point) throws Exception {
		chromium.click(point[0], point[1]);
	}

	private static double[] at(String expression) throws Exception {
		JsonElement value = chromium.evaluate(expression);
		assertTrue(value != null && value.isJsonArray(), expression + " gave no point: " + value);
		JsonArray array = value.getAsJsonArray();
		return new double[] { array.get(0).getAsDouble(), array.get(1).getAsDouble() };
	}

	/**
	 * The ids of the lab's nodes or relations that start with a prefix, as the diagram's model holds them;
	 * checks that the page draws every such node and no relation that the model lacks (it draws a relation
	 * only while it touches the viewport: {@link #assertDrawnAround}).
	 */
	private static List<String> ids(String prefix) throws Exception {
		List<String> model = strings("wpoTest.ids(" + quote(prefix) + ")");
		List<String> drawn = strings("wpoTest.drawn(" + quote(prefix) + ")");
		if (prefix.startsWith("rel:")) {
			assertTrue(model.containsAll(drawn), "the page draws " + drawn + ", the diagram's model holds " + model);
		} else {
			assertEquals(model, drawn, "the nodes the page draws");
		}
		return model;
	}

	/**
	 * Centres an element with the search box, as a user brings it into view, and waits until the page
	 * draws exactly these of the lab's relations that start or end at it.
	 */
	private static void assertDrawnAround(String name, List<String> relations) throws Exception {
		search(name);
		String around = "wpoTest.drawn('rel:').filter(id => id.substring(4).split('|').filter((end, i) => i !== 1)"
				+ ".includes('lab::' + " + quote(name) + "))";
		try {
			chromium.waitFor("JSON.stringify(" + around + ") === " + quote(new com.google.gson.Gson().toJson(relations)), EDIT);
		} catch (AssertionError e) {
			throw new AssertionError("the relations of " + name + " that the page draws: expected " + relations + " but was "
					+ chromium.evaluate(around), e);
		}
	}

	private static List<String> strings(String expression) throws Exception {
		List<String> result = new ArrayList<>();
		chromium.evaluate(expression).getAsJsonArray().forEach(e -> result.add(e.getAsString()));
		return result;
	}

	private static void screenshot(String name) throws Exception {
		chromium.screenshot(SCREENSHOTS.resolve(name + ".png"));
	}

	private static String quote(String text) {
		return new com.google.gson.JsonPrimitive(text).toString();
	}

	/** A hash of every file of the model folder, names and bytes. */
	private static String folderHash() throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
				digest.update(Files.readAllBytes(file));
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void delete(Path path) throws IOException {
		if (path == null || !Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
