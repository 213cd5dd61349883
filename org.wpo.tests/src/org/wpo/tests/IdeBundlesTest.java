package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wpo.tests.ide.IdeFiles.clauses;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What can be checked of the -Pide modules (the Eclipse editor, its feature and update site) without
 * the p2 sites they are built from: every class named in a plugin.xml exists in the sources, is
 * written by the Xtext generator under -Pide, or belongs to a bundle the manifest requires; manifests
 * export the packages other bundles use; versions agree across bundles, POMs, feature and site.
 */
class IdeBundlesTest {

	/** Classes that GenerateWpoEclipse.mwe2 writes into org.wpo.dsl.ui/src-gen (seen in its output). */
	static final Set<String> GENERATED_UI_CLASSES = Set.of("org.wpo.dsl.ui.WpoExecutableExtensionFactory",
			"org.wpo.dsl.ui.internal.DslActivator", "org.wpo.dsl.ui.AbstractWpoUiModule",
			"org.wpo.dsl.ui.contentassist.AbstractWpoProposalProvider");

	static final String VERSION = "1.0.0";

	private static Path root;

	/** Bundles of the repository by symbolic name. */
	private static Map<String, Bundle> bundles;

	record Bundle(String name, Path folder, String version, List<String> required, Set<String> reexported,
			List<String> imported, List<String> exported) {
	}

	@BeforeAll
	static void readBundles() throws IOException {
		root = repositoryRoot();
		bundles = new LinkedHashMap<>();
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.sorted().toList()) {
				Path manifest = folder.resolve("META-INF/MANIFEST.MF");
				if (Files.isRegularFile(manifest)) {
					Bundle bundle = bundle(folder, manifest);
					bundles.put(bundle.name(), bundle);
				}
			}
		}
		assertTrue(bundles.keySet().containsAll(List.of("org.wpo.dsl", "org.wpo.dsl.ide", "org.wpo.dsl.ui")),
				bundles.keySet()::toString);
	}

	/** The repository: the wpo.root property the build sets, else the nearest folder above with the parent POM. */
	private static Path repositoryRoot() throws IOException {
		String property = System.getProperty("wpo.root");
		Path candidate = property != null ? Path.of(property) : Path.of("").toAbsolutePath();
		while (candidate != null) {
			Path pom = candidate.resolve("pom.xml");
			if (Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>org.wpo.parent</artifactId>")
					&& Files.isDirectory(candidate.resolve("org.wpo.dsl"))) {
				return candidate;
			}
			candidate = candidate.getParent();
		}
		throw new IllegalStateException("the repository is not found from " + Path.of("").toAbsolutePath());
	}

	private static Bundle bundle(Path folder, Path manifestFile) throws IOException {
		Manifest manifest;
		try (InputStream in = Files.newInputStream(manifestFile)) {
			manifest = new Manifest(in);
		}
		var attributes = manifest.getMainAttributes();
		String name = clauses(attributes.getValue("Bundle-SymbolicName")).get(0).split(";")[0].strip();
		List<String> required = new ArrayList<>();
		Set<String> reexported = new LinkedHashSet<>();
		for (String clause : clauses(attributes.getValue("Require-Bundle"))) {
			String required1 = clause.split(";")[0].strip();
			required.add(required1);
			if (clause.replace(" ", "").contains("visibility:=reexport")) {
				reexported.add(required1);
			}
		}
		List<String> imported = clauses(attributes.getValue("Import-Package")).stream().map(c -> c.split(";")[0].strip())
				.toList();
		List<String> exported = clauses(attributes.getValue("Export-Package")).stream().map(c -> c.split(";")[0].strip())
				.toList();
		return new Bundle(name, folder, attributes.getValue("Bundle-Version"), required, reexported, imported, exported);
	}

	// ---------------------------------------------------------------- plugin.xml

	@Test
	void everyClassNamedInAPluginXmlExists() throws Exception {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Bundle bundle : bundles.values()) {
			Path pluginXml = bundle.folder().resolve("plugin.xml");
			if (!Files.isRegularFile(pluginXml)) {
				continue;
			}
			for (String value : classAttributes(pluginXml)) {
				String[] parts = value.split(":", 2);
				for (String className : parts) {
					checked++;
					String problem = classProblem(bundle, className.strip());
					if (problem != null) {
						problems.add(bundle.name() + "/plugin.xml: " + problem);
					}
				}
			}
		}
		assertEquals(List.of(), problems);
		assertTrue(checked > 30, "only " + checked + " classes found in plugin.xml files");
	}

	/** Values of class and contributorClass attributes, and of any attribute naming a class through a factory. */
	private static List<String> classAttributes(Path xml) throws Exception {
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
		List<String> values = new ArrayList<>();
		NodeList elements = document.getElementsByTagName("*");
		for (int i = 0; i < elements.getLength(); i++) {
			NamedNodeMap attributes = elements.item(i).getAttributes();
			for (int j = 0; j < attributes.getLength(); j++) {
				Node attribute = attributes.item(j);
				String name = attribute.getNodeName();
				if (name.equals("class") || name.equals("contributorClass")) {
					values.add(attribute.getNodeValue());
				}
			}
		}
		return values;
	}

	/** Why the class cannot be found, or null when it is found. */
	private static String classProblem(Bundle bundle, String className) throws IOException {
		if (inSources(className)) {
			return null;
		}
		if (GENERATED_UI_CLASSES.contains(className)) {
			return bundle.name().equals("org.wpo.dsl.ui") ? generatedProblem(className) : className + " is generated for org.wpo.dsl.ui only";
		}
		Set<String> candidates = new TreeSet<>(visibleBundles(bundle));
		candidates.add(bundle.name());
		String owner = candidates.stream().filter(b -> className.startsWith(b + "."))
				.max((a, b) -> a.length() - b.length()).orElse(null);
		if (owner == null) {
			return className + " is neither in the sources nor in a bundle that the manifest requires";
		}
		if (bundles.containsKey(owner)) {
			return className + " is not in the sources of " + owner;
		}
		// A class of a bundle of the target platform: load it where this test runtime has the bundle.
		try {
			Class.forName(className, false, IdeBundlesTest.class.getClassLoader());
		} catch (ClassNotFoundException | LinkageError e) {
			if (List.of("org.eclipse.xtext", "org.eclipse.xtext.ide").contains(owner)) {
				return className + " is not in " + owner;
			}
			// Eclipse UI bundles are not in the default build's target platform: the name must do.
		}
		return null;
	}

	private static String generatedProblem(String className) throws IOException {
		String workflow = Files.readString(root.resolve("org.wpo.dsl/src/org/wpo/dsl/GenerateWpoEclipse.mwe2"));
		if (!Pattern.compile("eclipsePlugin = \\{\\s*enabled = true\\s*name = \"org.wpo.dsl.ui\"").matcher(workflow)
				.find()) {
			return className + " would be generated, but GenerateWpoEclipse.mwe2 does not generate org.wpo.dsl.ui";
		}
		Path generated = root.resolve("org.wpo.dsl.ui/src-gen");
		if (Files.isDirectory(generated) && !Files.isRegularFile(generated.resolve(className.replace('.', '/') + ".java"))) {
			return className + " is missing from org.wpo.dsl.ui/src-gen, which the generator wrote";
		}
		return null;
	}

	private static boolean inSources(String className) {
		String file = className.replace('.', '/') + ".java";
		return bundles.values().stream().anyMatch(b -> Files.isRegularFile(b.folder().resolve("src").resolve(file))
				|| Files.isRegularFile(b.folder().resolve("src-gen").resolve(file)));
	}

	/** The bundles a bundle requires, with those that required repository bundles re-export. */
	private static Set<String> visibleBundles(Bundle bundle) {
		Set<String> visible = new TreeSet<>(bundle.required());
		for (String required : bundle.required()) {
			Bundle ours = bundles.get(required);
			if (ours != null) {
				visible.addAll(visibleBundles(ours).stream().filter(b -> ours.reexported().contains(b)
						|| isReexportedBelow(ours, b)).toList());
			}
		}
		return visible;
	}

	private static boolean isReexportedBelow(Bundle bundle, String name) {
		for (String reexported : bundle.reexported()) {
			Bundle ours = bundles.get(reexported);
			if (reexported.equals(name) || ours != null && isReexportedBelow(ours, name)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void iconsNamedByTheEditorExist() throws IOException {
		Path ui = root.resolve("org.wpo.dsl.ui");
		Set<String> icons = new TreeSet<>();
		Matcher inPluginXml = Pattern.compile("icon=\"([^\"]+)\"").matcher(Files.readString(ui.resolve("plugin.xml")));
		while (inPluginXml.find()) {
			icons.add(inPluginXml.group(1));
		}
		Matcher inCode = Pattern.compile("\"([a-z]+\\.png)\"")
				.matcher(Files.readString(ui.resolve("src/org/wpo/dsl/ui/labeling/WpoImages.java")));
		while (inCode.find()) {
			icons.add("icons/" + inCode.group(1));
		}
		assertEquals(6, icons.size(), icons::toString);
		for (String icon : icons) {
			assertTrue(Files.isRegularFile(ui.resolve(icon)), icon);
		}
		String buildProperties = Files.readString(ui.resolve("build.properties"));
		assertTrue(buildProperties.contains("icons/") && buildProperties.contains("plugin.xml"), buildProperties);
	}

	// ---------------------------------------------------------------- manifests

	@Test
	void manifestsExportThePackagesOtherBundlesUse() throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, String> exporters = new LinkedHashMap<>();
		for (Bundle bundle : bundles.values()) {
			for (String exported : bundle.exported()) {
				exporters.put(exported, bundle.name());
				if (!packageExists(bundle, exported)) {
					problems.add(bundle.name() + " exports " + exported + ", which it does not hold");
				}
			}
		}
		for (Bundle bundle : bundles.values()) {
			Set<String> own = ownPackages(bundle);
			Set<String> visible = visibleBundles(bundle);
			for (String used : usedRepositoryPackages(bundle)) {
				if (own.contains(used)) {
					continue;
				}
				String exporter = exporters.get(used);
				if (exporter == null) {
					problems.add(bundle.name() + " uses " + used + ", which no bundle exports");
				} else if (!visible.contains(exporter) && !bundle.imported().contains(used)) {
					problems.add(bundle.name() + " uses " + used + " of " + exporter + " without requiring it");
				}
			}
			for (String imported : bundle.imported()) {
				if (imported.startsWith("org.wpo.") && !exporters.containsKey(imported)) {
					problems.add(bundle.name() + " imports " + imported + ", which no bundle exports");
				}
			}
			for (String required : bundle.required()) {
				if (required.startsWith("org.wpo.") && !bundles.containsKey(required)) {
					problems.add(bundle.name() + " requires " + required + ", which is not in the repository");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	private static List<Path> sourceFolders(Bundle bundle) {
		return Stream.of("src", "src-gen").map(bundle.folder()::resolve).filter(Files::isDirectory).toList();
	}

	private static boolean packageExists(Bundle bundle, String name) throws IOException {
		if (ownPackages(bundle).contains(name)) {
			return true;
		}
		// Packages of org.wpo.dsl.ui that only the -Pide generator writes.
		return GENERATED_UI_CLASSES.stream().anyMatch(c -> c.substring(0, c.lastIndexOf('.')).equals(name))
				&& bundle.name().equals("org.wpo.dsl.ui");
	}

	private static Set<String> ownPackages(Bundle bundle) throws IOException {
		Set<String> packages = new TreeSet<>();
		for (Path folder : sourceFolders(bundle)) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.filter(f -> f.toString().endsWith(".java")).forEach(
						f -> packages.add(folder.relativize(f.getParent()).toString().replace('/', '.')));
			}
		}
		return packages;
	}

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.wpo\\.[\\w.]+)\\.[\\w*]+;",
			Pattern.MULTILINE);

	/** Packages of the repository's bundles that a bundle's sources import. */
	private static Set<String> usedRepositoryPackages(Bundle bundle) throws IOException {
		Set<String> packages = new TreeSet<>();
		for (Path folder : sourceFolders(bundle)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					Matcher matcher = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
					while (matcher.find()) {
						String imported = matcher.group(1);
						// An import of a nested class names its outer class: keep the package only.
						while (!imported.isEmpty() && Character.isUpperCase(imported.charAt(imported.lastIndexOf('.') + 1))) {
							imported = imported.substring(0, imported.lastIndexOf('.'));
						}
						packages.add(imported);
					}
				}
			}
		}
		return packages;
	}

	// ---------------------------------------------------------------- versions

	@Test
	void versionsAgreeAcrossBundlesPomsFeatureAndSite() throws Exception {
		String pomVersion = VERSION + "-SNAPSHOT";
		String osgiVersion = VERSION + ".qualifier";
		for (Bundle bundle : bundles.values()) {
			assertEquals(osgiVersion, bundle.version(), bundle.name());
			String pom = Files.readString(bundle.folder().resolve("pom.xml"));
			assertTrue(pom.contains("<version>" + pomVersion + "</version>"), bundle.name() + "/pom.xml");
			assertTrue(pom.contains("<artifactId>" + bundle.name() + "</artifactId>"), bundle.name() + "/pom.xml");
		}
		assertTrue(Files.readString(root.resolve("pom.xml")).contains("<version>" + pomVersion + "</version>"));

		Element feature = xml(root.resolve("org.wpo.feature/feature.xml")).getDocumentElement();
		assertEquals("org.wpo.feature", feature.getAttribute("id"));
		assertEquals(osgiVersion, feature.getAttribute("version"));
		Set<String> inFeature = new TreeSet<>();
		NodeList plugins = feature.getElementsByTagName("plugin");
		for (int i = 0; i < plugins.getLength(); i++) {
			Element plugin = (Element) plugins.item(i);
			String id = plugin.getAttribute("id");
			inFeature.add(id);
			assertTrue(bundles.containsKey(id), id + " is in the feature but not in the repository");
			assertEquals(osgiVersion, plugin.getAttribute("version"), id);
		}
		// The editor's bundles and every repository bundle they require are in the feature.
		for (String editorBundle : List.of("org.wpo.dsl.ui", "org.wpo.design")) {
			if (bundles.containsKey(editorBundle)) {
				assertTrue(inFeature.contains(editorBundle), editorBundle + " is missing from the feature");
				for (String required : bundles.get(editorBundle).required()) {
					assertTrue(!bundles.containsKey(required) || inFeature.contains(required),
							required + " (required by " + editorBundle + ") is missing from the feature");
				}
			}
		}
		assertTrue(Files.readString(root.resolve("org.wpo.feature/pom.xml")).contains("<version>" + pomVersion));

		Element site = xml(root.resolve("org.wpo.site/category.xml")).getDocumentElement();
		Element siteFeature = (Element) site.getElementsByTagName("feature").item(0);
		assertEquals("org.wpo.feature", siteFeature.getAttribute("id"));
		assertEquals(osgiVersion, siteFeature.getAttribute("version"));
	}

	@Test
	void theIdeProfileBuildsTheEclipseModulesAndTheDefaultBuildDoesNot() throws Exception {
		Element project = xml(root.resolve("pom.xml")).getDocumentElement();
		Set<String> defaultModules = new TreeSet<>();
		Set<String> ideModules = new TreeSet<>();
		NodeList modules = project.getElementsByTagName("module");
		for (int i = 0; i < modules.getLength(); i++) {
			Node module = modules.item(i);
			boolean inProfile = module.getParentNode().getParentNode().getNodeName().equals("profile");
			(inProfile ? ideModules : defaultModules).add(module.getTextContent().strip());
		}
		Set<String> eclipseOnly = Set.of("org.wpo.target.ide", "org.wpo.dsl.ui", "org.wpo.feature", "org.wpo.site");
		assertEquals(eclipseOnly, ideModules.stream().filter(eclipseOnly::contains).collect(java.util.stream.Collectors.toSet()));
		assertTrue(defaultModules.stream().noneMatch(eclipseOnly::contains), defaultModules::toString);
		if (Files.isDirectory(root.resolve("org.wpo.design"))) {
			assertTrue(ideModules.contains("org.wpo.design") || defaultModules.contains("org.wpo.design"),
					"org.wpo.design is built by no profile");
		}
	}

	@Test
	void bothTargetsUseTheSameXtext() throws Exception {
		String pom = Files.readString(root.resolve("pom.xml"));
		Matcher property = Pattern.compile("<xtext-version>([^<]+)</xtext-version>").matcher(pom);
		assertTrue(property.find());
		String xtext = property.group(1);
		assertTrue(Files.readString(root.resolve("org.wpo.target/org.wpo.target.target"))
				.contains("<artifactId>org.eclipse.xtext</artifactId><version>" + xtext + "</version>"));
		Element target = xml(root.resolve("org.wpo.target.ide/org.wpo.target.ide.target")).getDocumentElement();
		NodeList repositories = target.getElementsByTagName("repository");
		List<String> locations = new ArrayList<>();
		for (int i = 0; i < repositories.getLength(); i++) {
			locations.add(((Element) repositories.item(i)).getAttribute("location"));
		}
		assertTrue(locations.contains("https://download.eclipse.org/modeling/tmf/xtext/updates/releases/" + xtext + "/"),
				locations::toString);
		assertTrue(locations.stream().allMatch(l -> l.startsWith("https://download.eclipse.org/")), locations::toString);
		// Sirius as the Eclipse release ships it (IdeFeatureTest checks the units).
		assertTrue(locations.contains("https://download.eclipse.org/releases/2025-03/"), locations::toString);
		// The update site names the same sites, so that p2 finds what the feature requires.
		String category = Files.readString(root.resolve("org.wpo.site/category.xml"));
		assertTrue(category.contains("https://download.eclipse.org/modeling/tmf/xtext/updates/releases/" + xtext + "/"));
		assertTrue(Files.readString(root.resolve("org.wpo.feature/feature.xml"))
				.contains("<import feature=\"org.eclipse.xtext.ui\" version=\"" + xtext + "\""));
	}

	@Test
	void theEclipseWorkflowIsTheDefaultOnePlusTheEditor() throws IOException {
		Path folder = root.resolve("org.wpo.dsl/src/org/wpo/dsl");
		String plain = withoutComments(Files.readString(folder.resolve("GenerateWpo.mwe2")));
		String eclipse = withoutComments(Files.readString(folder.resolve("GenerateWpoEclipse.mwe2")));
		String expected = plain.replace("module org.wpo.dsl.GenerateWpo\n", "module org.wpo.dsl.GenerateWpoEclipse\n")
				.replace("\t\t\t\t\tname = \"org.wpo.dsl.ide\"\n\t\t\t\t}\n",
						"\t\t\t\t\tname = \"org.wpo.dsl.ide\"\n\t\t\t\t}\n\t\t\t\teclipsePlugin = {\n"
								+ "\t\t\t\t\tenabled = true\n\t\t\t\t\tname = \"org.wpo.dsl.ui\"\n\t\t\t\t}\n");
		Assertions.assertNotEquals(plain.replace("GenerateWpo\n", "GenerateWpoEclipse\n"), expected);
		assertEquals(expected, eclipse);
	}

	private static String withoutComments(String text) {
		return text.lines().filter(l -> !l.strip().startsWith("//")).map(l -> l + "\n")
				.collect(java.util.stream.Collectors.joining()).replaceAll("\n{2,}", "\n");
	}

	private static Document xml(Path file) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
	}
}
