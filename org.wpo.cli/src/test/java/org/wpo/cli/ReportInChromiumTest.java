package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The report opened in a real headless Chromium: pages load without console errors, every link
 * leads to a file of the site, the search finds and opens a specification, every label of every
 * diagram lies inside its shape with the browser's own fonts, no two shapes overlap, and hostile
 * model text does not run. Screenshots are kept in target/screenshots.
 */
class ReportInChromiumTest {

	static final Path TARGET = Path.of("target").toAbsolutePath();
	static final Path SCREENSHOTS = TARGET.resolve("screenshots");

	static Chromium chromium;
	static Path profile;

	@BeforeAll
	static void start() throws Exception {
		profile = Files.createTempDirectory(Files.createDirectories(TARGET), "chromium-profile-");
		chromium = new Chromium(profile, 1400, 1000);
	}

	@AfterAll
	static void stop() throws Exception {
		if (chromium != null) {
			chromium.close();
		}
		delete(profile);
	}

	private static Path builtInSite;

	/** The report of the built-in model, written once for the tests of this class. */
	private static synchronized Path builtInSite() throws IOException {
		if (builtInSite == null) {
			builtInSite = report("report-site");
		}
		return builtInSite;
	}

	private static Path report(String folder, String... paths) throws IOException {
		Path site = TARGET.resolve(folder);
		delete(site);
		List<String> args = new ArrayList<>(List.of("report", "--out", site.toString()));
		args.addAll(List.of(paths));
		WpoRun run = WpoRun.of(args.toArray(String[]::new));
		assertEquals(0, run.status(), run.toString());
		return site;
	}

	@Test
	void theIndexAndASpecificationPageWorkInTheBrowser() throws Exception {
		Path site = builtInSite();
		for (String page : List.of("index.html", "layer-stack.html", "element-MS-RPCE.html")) {
			chromium.open(site.resolve(page).toUri().toString());
			assertEquals(List.of(), chromium.takeProblems(), page);
			int links = checkLinks(site, page);
			assertTrue(links > 20, page + " has links: " + links);
			checkDiagrams(page);
			chromium.screenshot(SCREENSHOTS.resolve(page.replace(".html", ".png")));
		}
		assertEquals("MS-RPCE", chromium.evaluate("document.querySelector('h1 .name').textContent").getAsString());
	}

	@Test
	void theSearchFindsAndOpensASpecification() throws Exception {
		Path site = builtInSite();
		chromium.open(site.resolve("index.html").toUri().toString());
		chromium.evaluate("document.getElementById('search').focus()");
		chromium.type("remote procedure call");
		chromium.waitFor("document.querySelectorAll('#search-results a').length > 0", Duration.ofSeconds(10));
		List<String> found = strings(chromium.evaluate(
				"Array.from(document.querySelectorAll('#search-results a')).map(a => a.getAttribute('href'))"));
		assertTrue(found.contains("element-MS-RPCE.html"), found.toString());
		chromium.screenshot(SCREENSHOTS.resolve("search.png"));

		chromium.evaluate("(() => { const s = document.getElementById('search'); s.value = ''; s.focus(); })()");
		chromium.type("ms-rpce");
		chromium.waitFor("document.querySelector('#search-results a') !== null"
				+ " && document.querySelector('#search-results a').getAttribute('href') === 'element-MS-RPCE.html'",
				Duration.ofSeconds(10));
		chromium.press("Enter", 13);
		chromium.waitFor("location.pathname.endsWith('/element-MS-RPCE.html') && document.readyState === 'complete'",
				Duration.ofSeconds(30));
		assertEquals("MS-RPCE", chromium.evaluate("document.querySelector('h1 .name').textContent").getAsString());
		assertEquals(List.of(), chromium.takeProblems());
	}

	@Test
	void hostileModelTextStaysText() throws Exception {
		Path model = TARGET.resolve("hostile-model/evil.wpo");
		Fixtures.write(model, """
				model evil
				layers {
					layer "<b>top</b>" "Top <i>layer</i> onerror=window.pwned=1"
				}
				area "<script>window.pwned=2</script>" "Area \\"quoted\\" & <img src=x onerror=window.pwned=3>" {
					description "javascript:window.pwned=4 </script><script>window.pwned=5</script>"
					standard "<script>window.pwned=6</script>" "<img src=x onerror=window.pwned=7>" {
						layer "<b>top</b>"
						description "<a href=\\"javascript:window.pwned=8\\">click</a>"
						remark "<svg onload=window.pwned=9>"
						runs-over "javascript:window.pwned=10" note "<iframe src=javascript:window.pwned=11>"
					}
					technology "javascript:window.pwned=10" "onerror=window.pwned=12" { layer "<b>top</b>" }
					standard "SOAP1.2-1/2003-copy" "A name with a slash" { runs-over "javascript:window.pwned=10" }
					standard "<img src=x onerror=alert(1)>" "<svg><script>alert(2)</script></svg>" {
						description "<a href='javascript:alert(3)'>x</a><body onload=confirm(4)><details open ontoggle=prompt(5)>"
						remark "\\"><script>alert(6)</script>"
						requires "javascript:window.pwned=10" note "'); alert(7); ('"
					}
				}
				""");
		Path site = report("report-site-hostile", model.toString());
		String page = "element-_3Cscript_3Ewindow.pwned_3D6_3C_2Fscript_3E.html";
		String alerting = "element-_3Cimg_20src_3Dx_20onerror_3Dalert_281_29_3E.html";
		for (String name : List.of("index.html", page, "element-SOAP1.2-1_2F2003-copy.html", "layer-stack.html",
				alerting)) {
			chromium.open(site.resolve(name).toUri().toString());
			assertEquals("undefined", chromium.evaluate("typeof window.pwned").getAsString(), name);
			assertEquals(List.of(), chromium.takeProblems(), name);
			assertEquals(2, chromium.evaluate("document.scripts.length").getAsInt(), name);
			assertEquals(0, chromium.evaluate("document.querySelectorAll('img, iframe, b, i, style').length").getAsInt(),
					name);
			checkLinks(site, name);
		}
		chromium.open(site.resolve(page).toUri().toString());
		assertEquals("<script>window.pwned=6</script>",
				chromium.evaluate("document.querySelector('h1 .name').textContent").getAsString());
		chromium.evaluate("document.getElementById('search').focus()");
		chromium.type("<script>");
		chromium.waitFor("document.querySelectorAll('#search-results a').length > 0", Duration.ofSeconds(10));
		assertEquals("undefined", chromium.evaluate("typeof window.pwned").getAsString());
		assertEquals(List.of(), chromium.takeProblems());
		chromium.screenshot(SCREENSHOTS.resolve("hostile.png"));
	}

	/** The watch for dialogs sees one when a page really opens it, so its silence above means something. */
	@Test
	void aDialogThatOpensIsSeen() throws Exception {
		chromium.open(builtInSite().resolve("index.html").toUri().toString());
		chromium.evaluate("setTimeout(() => alert('opened'), 0), true");
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<String> problems = chromium.takeProblems();
		while (problems.isEmpty() && System.nanoTime() < end) {
			Thread.sleep(50);
			problems = chromium.takeProblems();
		}
		assertEquals(List.of("dialog alert: opened"), problems);
		assertEquals("complete", chromium.evaluate("document.readyState").getAsString());
	}

	/** Every link and resource of the page leads to a file that exists; returns how many there are. */
	private static int checkLinks(Path site, String page) throws Exception {
		List<String> targets = strings(chromium.evaluate("Array.from(document.querySelectorAll("
				+ "'a[href], link[href], script[src]')).map(e => new URL(e.getAttribute('href')"
				+ " || e.getAttribute('src'), location.href).href)"));
		for (String target : targets) {
			if (target.startsWith("data:")) {
				continue;
			}
			assertTrue(target.startsWith("file:"), page + " links outside the site: " + target);
			URI uri = URI.create(target);
			Path file = Path.of(new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), null, null));
			assertTrue(file.startsWith(site) && Files.isRegularFile(file), page + " links to a missing " + target);
		}
		return targets.size();
	}

	/** With the fonts the browser really uses: labels inside their shapes, no two shapes overlapping. */
	private static void checkDiagrams(String page) throws Exception {
		JsonObject result = chromium.evaluate("""
				(() => {
				  const problems = [];
				  let nodes = 0;
				  let edges = 0;
				  for (const svg of document.querySelectorAll('svg.wpo-diagram')) {
				    const boxes = [];
				    for (const g of svg.querySelectorAll('g.node')) {
				      const s = g.querySelector('.shape').getBBox();
				      boxes.push([g.dataset.element, s]);
				      for (const t of g.querySelectorAll('text')) {
				        const b = t.getBBox();
				        if (b.x < s.x - 0.5 || b.y < s.y - 0.5 || b.x + b.width > s.x + s.width + 0.5
				            || b.y + b.height > s.y + s.height + 0.5) {
				          problems.push(g.dataset.element + ': label "' + t.textContent + '" leaves its shape');
				        }
				      }
				    }
				    for (let i = 0; i < boxes.length; i++) {
				      for (let j = i + 1; j < boxes.length; j++) {
				        const a = boxes[i][1], b = boxes[j][1];
				        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
				          problems.push(boxes[i][0] + ' overlaps ' + boxes[j][0]);
				        }
				      }
				    }
				    nodes += boxes.length;
				    const shapes = new Map(boxes.map(([name]) => [name,
				        Array.from(svg.querySelectorAll('g.node')).find(g => g.dataset.element === name)
				            .querySelector('.shape')]));
				    const touches = (shape, x, y) => {
				      let inside = false, outside = false;
				      for (const [dx, dy] of [[0, 1.5], [0, -1.5], [1.5, 0], [-1.5, 0]]) {
				        if (shape.isPointInFill(new DOMPoint(x + dx, y + dy))) { inside = true; } else { outside = true; }
				      }
				      return inside && outside;
				    };
				    for (const edge of svg.querySelectorAll('path.edge')) {
				      const numbers = edge.getAttribute('d').match(/-?[0-9.]+/g).map(Number);
				      const ends = [[edge.dataset.source, numbers[0], numbers[1]],
				          [edge.dataset.target, numbers[numbers.length - 2], numbers[numbers.length - 1]]];
				      for (const [name, x, y] of ends) {
				        if (!touches(shapes.get(name), x, y)) {
				          problems.push('edge ' + edge.dataset.source + ' > ' + edge.dataset.target + ' does not touch '
				              + name + ' at ' + x + ',' + y);
				        }
				      }
				      edges++;
				    }
				  }
				  return { nodes: nodes, edges: edges, problems: problems };
				})()""").getAsJsonObject();
		assertTrue(result.get("nodes").getAsInt() > 5, page + ": " + result);
		if (!page.equals("index.html")) {
			assertTrue(result.get("edges").getAsInt() > 5, page + ": " + result);
		}
		assertEquals(List.of(), strings(result.get("problems")), page);
	}

	private static List<String> strings(JsonElement array) {
		List<String> result = new ArrayList<>();
		array.getAsJsonArray().forEach(e -> result.add(e.getAsString()));
		return result;
	}

	private static void delete(Path folder) throws IOException {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
