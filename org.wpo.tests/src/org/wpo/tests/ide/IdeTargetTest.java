package org.wpo.tests.ide;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The target platform of the -Pide build (org.wpo.target.ide) provides every bundle and package that a
 * module of that build requires from outside the reactor. The p2 sites cannot be read here, so where
 * each comes from is a table ({@link #PROVIDERS}): a unit that one of the target's p2 locations lists
 * (the site's content is the table's claim, see org.wpo.target.ide/README.md), or an artifact of one
 * of its Maven locations (checked, and resolved by the default build from the same Maven Central).
 * The bundles of Maven locations that take no dependencies along (ELK) bring their own requirements,
 * read from their manifests in this test runtime.
 */
class IdeTargetTest {

	private static final String RELEASE = "p2 https://download.eclipse.org/releases/2025-03/ ";
	private static final String XTEXT = "p2 https://download.eclipse.org/modeling/tmf/xtext/updates/releases/2.42.0/ ";
	private static final String LSP4J = "p2 https://download.eclipse.org/lsp4j/updates/releases/1.0.0/ ";
	private static final String ORBIT = "p2 https://download.eclipse.org/tools/orbit/simrel/orbit-aggregation/2025-03/ ";

	/**
	 * Where the ide target takes each bundle (or {@code package:} an imported package) from: "p2 SITE UNIT"
	 * (the unit, a feature group or a bundle, is listed by the location of that site; a feature brings
	 * the bundles it includes or requires), "maven GROUP:ARTIFACT" (listed by a Maven location), or
	 * "maven GROUP:ARTIFACT via GROUP:ARTIFACT" (a dependency of a listed artifact, in a location that
	 * takes dependencies along).
	 */
	static final Map<String, String> PROVIDERS = Map.ofEntries(
			// The Eclipse platform, EMF and Sirius: the 2025-03 release.
			entry("org.eclipse.ui", RELEASE + "org.eclipse.platform.feature.group"),
			entry("org.eclipse.ui.editors", RELEASE + "org.eclipse.platform.feature.group"),
			entry("org.eclipse.ui.ide", RELEASE + "org.eclipse.platform.feature.group"),
			entry("org.eclipse.compare", RELEASE + "org.eclipse.platform.feature.group"),
			entry("org.eclipse.core.resources", RELEASE + "org.eclipse.platform.feature.group"),
			entry("org.eclipse.core.runtime", RELEASE + "org.eclipse.platform.feature.group"),
			entry("org.eclipse.core.commands", RELEASE + "org.eclipse.platform.feature.group"),
			entry("org.eclipse.jface", RELEASE + "org.eclipse.platform.feature.group"),
			entry("org.eclipse.jface.text", RELEASE + "org.eclipse.platform.feature.group"),
			entry("org.eclipse.swt", RELEASE + "org.eclipse.platform.feature.group"),
			entry("org.eclipse.equinox.launcher", RELEASE + "org.eclipse.equinox.launcher"),
			entry("org.eclipse.emf.ecore", RELEASE + "org.eclipse.emf.ecore.feature.group"),
			entry("org.eclipse.emf.ecore.xmi", RELEASE + "org.eclipse.emf.ecore.feature.group"),
			entry("org.eclipse.emf.ecore.change", RELEASE + "org.eclipse.emf.ecore.feature.group"),
			entry("org.eclipse.emf.common", RELEASE + "org.eclipse.emf.common.feature.group"),
			entry("org.eclipse.emf.edit.ui", RELEASE + "org.eclipse.emf.edit.ui.feature.group"),
			entry("org.eclipse.sirius", RELEASE + "org.eclipse.sirius.runtime.feature.group"),
			entry("org.eclipse.sirius.diagram", RELEASE + "org.eclipse.sirius.runtime.feature.group"),
			entry("org.eclipse.sirius.common.acceleo.aql", RELEASE + "org.eclipse.sirius.runtime.aql.feature.group"),
			// Xtext 2.42.0 and what its runtime feature requires (Guava, Guice, log4j).
			entry("org.eclipse.xtext", XTEXT + "org.eclipse.xtext.runtime.feature.group"),
			entry("org.eclipse.xtext.util", XTEXT + "org.eclipse.xtext.runtime.feature.group"),
			entry("org.eclipse.xtext.builder", XTEXT + "org.eclipse.xtext.runtime.feature.group"),
			entry("com.google.guava", XTEXT + "org.eclipse.xtext.runtime.feature.group"),
			entry("package:org.apache.log4j", XTEXT + "org.eclipse.xtext.runtime.feature.group"),
			entry("package:org.apache.log4j.spi", XTEXT + "org.eclipse.xtext.runtime.feature.group"),
			entry("org.eclipse.xtext.ide", XTEXT + "org.eclipse.xtext.ui.feature.group"),
			entry("org.eclipse.xtext.ui", XTEXT + "org.eclipse.xtext.ui.feature.group"),
			entry("org.eclipse.xtext.ui.shared", XTEXT + "org.eclipse.xtext.ui.feature.group"),
			entry("org.eclipse.xtext.ui.codetemplates.ui", XTEXT + "org.eclipse.xtext.ui.feature.group"),
			entry("org.eclipse.xtext.xbase.lib", XTEXT + "org.eclipse.xtext.xbase.lib.feature.group"),
			entry("org.eclipse.xtext.testing", XTEXT + "org.eclipse.xtext.testing"),
			// LSP4J 1.0.0 (Xtext 2.42 requires [1.0.0,1.1.0)), with the Gson it requires.
			entry("org.eclipse.lsp4j", LSP4J + "org.eclipse.lsp4j.sdk.feature.group"),
			entry("org.eclipse.lsp4j.jsonrpc", LSP4J + "org.eclipse.lsp4j.sdk.feature.group"),
			entry("package:com.google.gson", LSP4J + "org.eclipse.lsp4j.sdk.feature.group"),
			entry("package:com.google.gson.stream", LSP4J + "org.eclipse.lsp4j.sdk.feature.group"),
			entry("org.antlr.runtime", ORBIT + "org.antlr.runtime"),
			// ELK, for org.wpo.render: on no p2 site of the target, so from Maven Central as in the default build.
			entry("org.eclipse.elk.core", "maven org.eclipse.elk:org.eclipse.elk.core"),
			entry("org.eclipse.elk.graph", "maven org.eclipse.elk:org.eclipse.elk.graph"),
			entry("org.eclipse.elk.alg.common", "maven org.eclipse.elk:org.eclipse.elk.alg.common"),
			entry("org.eclipse.elk.alg.layered", "maven org.eclipse.elk:org.eclipse.elk.alg.layered"),
			// JUnit 5 for the tests: the same Maven Central artifacts as the default build.
			entry("junit-jupiter-engine", "maven org.junit.jupiter:junit-jupiter-engine"),
			entry("junit-platform-launcher", "maven org.junit.platform:junit-platform-launcher"),
			entry("package:org.junit.jupiter.api", "maven org.junit.jupiter:junit-jupiter-api"),
			entry("package:org.junit.jupiter.api.extension", "maven org.junit.jupiter:junit-jupiter-api"),
			entry("package:org.junit.jupiter.api.function", "maven org.junit.jupiter:junit-jupiter-api"),
			entry("package:org.junit.jupiter.api.io", "maven org.junit.jupiter:junit-jupiter-api"),
			entry("package:org.junit.jupiter.params", "maven org.junit.jupiter:junit-jupiter-params"),
			entry("package:org.junit.jupiter.params.provider", "maven org.junit.jupiter:junit-jupiter-params"),
			entry("package:org.opentest4j", "maven org.opentest4j:opentest4j via org.junit.jupiter:junit-jupiter-api"),
			entry("package:org.osgi.framework", RELEASE + "org.eclipse.platform.feature.group"));

	/** What tycho-surefire adds to a test runtime, besides the test bundle's own requirements. */
	static final List<String> SUREFIRE = List.of("org.eclipse.equinox.launcher", "org.eclipse.core.runtime");

	static Path root;
	static Document ideTarget;

	@BeforeAll
	static void read() throws Exception {
		root = IdeFiles.root();
		ideTarget = IdeFiles.xml(root.resolve("org.wpo.target.ide/org.wpo.target.ide.target"));
	}

	@Test
	void theIdeTargetProvidesEverythingTheIdeReactorRequires() throws Exception {
		Map<String, Set<String>> needs = needs();
		assertTrue(needs.keySet().containsAll(List.of("org.eclipse.elk.core", "org.eclipse.sirius",
				"org.eclipse.xtext.ui", "package:org.junit.jupiter.api", "com.google.guava")), needs::toString);
		List<String> problems = new ArrayList<>();
		needs.forEach((need, users) -> {
			String provider = PROVIDERS.get(need);
			String problem = provider == null ? "nothing in the table says where it comes from" : unprovided(provider);
			if (problem != null) {
				problems.add(need + " (required by " + users + "): " + problem);
			}
		});
		assertEquals(List.of(), problems);
	}

	@Test
	void theTableNamesNothingTheReactorDoesNotNeed() throws Exception {
		Set<String> unused = new TreeSet<>(PROVIDERS.keySet());
		unused.removeAll(needs().keySet());
		assertEquals(Set.of(), unused);
	}

	@Test
	void theIdeTargetTakesElkAndJUnitFromTheSameMavenArtifactsAsTheDefaultTarget() throws Exception {
		Document defaultTarget = IdeFiles.xml(root.resolve("org.wpo.target/org.wpo.target.target"));
		for (String artifact : List.of("org.eclipse.elk:org.eclipse.elk.core", "org.eclipse.elk:org.eclipse.elk.alg.layered",
				"org.junit.jupiter:junit-jupiter-engine", "org.junit.platform:junit-platform-launcher")) {
			assertEquals(mavenVersion(defaultTarget, artifact), mavenVersion(ideTarget, artifact), artifact);
		}
		// ELK's POM asks for any Guava: taking its dependencies along would replace Xtext's Guava.
		for (Element location : IdeFiles.elements(ideTarget, "location")) {
			if (mavenArtifacts(location).contains("org.eclipse.elk:org.eclipse.elk.core")) {
				assertEquals("none", location.getAttribute("includeDependencyDepth"));
			}
		}
	}

	// ------------------------------------------------------------------ what the reactor needs

	/** Every bundle and package the -Pide reactor requires from outside, with who requires it. */
	static Map<String, Set<String>> needs() throws Exception {
		Map<String, Attributes> reactor = new TreeMap<>();
		boolean tests = false;
		for (String module : IdeFiles.ideReactor(root)) {
			Path folder = root.resolve(module);
			if (Files.isRegularFile(folder.resolve("META-INF/MANIFEST.MF"))) {
				Attributes manifest = IdeFiles.manifest(folder);
				reactor.put(IdeFiles.symbolicName(manifest), manifest);
			}
			String pom = Files.isRegularFile(folder.resolve("pom.xml")) ? Files.readString(folder.resolve("pom.xml")) : "";
			tests |= pom.contains("<packaging>eclipse-test-plugin</packaging>");
		}
		Set<String> exportedByReactor = new TreeSet<>();
		reactor.values().forEach(m -> exportedByReactor.addAll(IdeFiles.mandatory(m.getValue("Export-Package"))));

		Map<String, Set<String>> needs = new TreeMap<>();
		reactor.forEach((name, manifest) -> {
			for (String bundle : IdeFiles.mandatory(manifest.getValue("Require-Bundle"))) {
				if (!reactor.containsKey(bundle)) {
					needs.computeIfAbsent(bundle, b -> new TreeSet<>()).add(name);
				}
			}
			for (String pkg : IdeFiles.mandatory(manifest.getValue("Import-Package"))) {
				if (!exportedByReactor.contains(pkg) && !isJava(pkg)) {
					needs.computeIfAbsent("package:" + pkg, b -> new TreeSet<>()).add(name);
				}
			}
		});
		for (String module : IdeFiles.ideReactor(root)) {
			Path pom = root.resolve(module).resolve("pom.xml");
			if (Files.isRegularFile(pom)) {
				for (Element requirement : IdeFiles.elements(IdeFiles.xml(pom), "requirement")) {
					needs.computeIfAbsent(IdeFiles.childText(requirement, "id"), b -> new TreeSet<>())
							.add(module + "/pom.xml");
				}
			}
		}
		if (tests) {
			SUREFIRE.forEach(b -> needs.computeIfAbsent(b, x -> new TreeSet<>()).add("tycho-surefire"));
		}
		// Bundles of Maven locations that take no dependencies along require what they require.
		for (Bundle bundle : FrameworkUtil.getBundle(IdeTargetTest.class).getBundleContext().getBundles()) {
			String provider = PROVIDERS.get(bundle.getSymbolicName());
			if (provider != null && provider.startsWith("maven ") && needs.containsKey(bundle.getSymbolicName())
					&& "none".equals(mavenLocationDepth(provider.substring(6).split(" ")[0]))) {
				for (String required : IdeFiles.mandatory(bundle.getHeaders().get("Require-Bundle"))) {
					if (!reactor.containsKey(required)) {
						needs.computeIfAbsent(required, b -> new TreeSet<>()).add(bundle.getSymbolicName());
					}
				}
			}
		}
		return needs;
	}

	private static boolean isJava(String pkg) {
		return pkg.startsWith("java.") || pkg.startsWith("javax.") || pkg.startsWith("org.xml.")
				|| pkg.startsWith("org.w3c.");
	}

	// ------------------------------------------------------------------ what the ide target provides

	/** Why the ide target does not provide what the table says, or null when it does. */
	private static String unprovided(String provider) {
		String[] words = provider.split(" ");
		if (words[0].equals("p2")) {
			for (Element location : IdeFiles.elements(ideTarget, "location")) {
				boolean atSite = IdeFiles.elements(location, "repository").stream()
						.anyMatch(r -> r.getAttribute("location").equals(words[1]));
				boolean listed = IdeFiles.elements(location, "unit").stream()
						.anyMatch(u -> u.getAttribute("id").equals(words[2]));
				if (atSite && listed) {
					return null;
				}
			}
			return "no location of the ide target lists " + words[2] + " from " + words[1];
		}
		if (words.length == 4 && words[2].equals("via")) {
			String depth = mavenLocationDepth(words[3]);
			return "infinite".equals(depth) ? null
					: "no Maven location of the ide target takes the dependencies of " + words[3] + " along";
		}
		return mavenLocationDepth(words[1]) != null ? null : "no Maven location of the ide target lists " + words[1];
	}

	/** The includeDependencyDepth of the ide target's Maven location that lists an artifact, or null. */
	private static String mavenLocationDepth(String artifact) {
		for (Element location : IdeFiles.elements(ideTarget, "location")) {
			if (mavenArtifacts(location).contains(artifact)) {
				return location.getAttribute("includeDependencyDepth");
			}
		}
		return null;
	}

	private static List<String> mavenArtifacts(Element location) {
		if (!"Maven".equals(location.getAttribute("type"))) {
			return List.of();
		}
		return IdeFiles.elements(location, "dependency").stream()
				.map(d -> IdeFiles.childText(d, "groupId") + ":" + IdeFiles.childText(d, "artifactId")).toList();
	}

	private static String mavenVersion(Document target, String artifact) {
		for (Element dependency : IdeFiles.elements(target, "dependency")) {
			if (artifact.equals(IdeFiles.childText(dependency, "groupId") + ":" + IdeFiles.childText(dependency, "artifactId"))) {
				return IdeFiles.childText(dependency, "version");
			}
		}
		return null;
	}
}
