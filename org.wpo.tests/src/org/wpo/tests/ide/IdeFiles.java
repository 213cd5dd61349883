package org.wpo.tests.ide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reading the files of the -Pide modules (target definitions, feature, manifests, POMs) as plain text
 * and XML, for the tests that check them without p2.
 */
public final class IdeFiles {

	private IdeFiles() {
	}

	/** The repository: the wpo.root property the build sets, else the nearest folder above with the parent POM. */
	static Path root() throws IOException {
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

	static Document xml(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(file.toFile());
	}

	static List<Element> elements(Node parent, String tag) {
		NodeList nodes = parent instanceof Document document ? document.getElementsByTagName(tag)
				: ((Element) parent).getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	static String childText(Element parent, String tag) {
		List<Element> children = elements(parent, tag);
		return children.isEmpty() ? null : children.get(0).getTextContent().strip();
	}

	static Attributes manifest(Path bundleFolder) throws IOException {
		try (InputStream in = Files.newInputStream(bundleFolder.resolve("META-INF/MANIFEST.MF"))) {
			return new Manifest(in).getMainAttributes();
		}
	}

	static String symbolicName(Attributes manifest) {
		return clauses(manifest.getValue("Bundle-SymbolicName")).get(0).split(";")[0].strip();
	}

	/** The comma-separated clauses of a manifest header, commas inside quotes kept. */
	public static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		if (header == null) {
			return clauses;
		}
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause.toString().strip());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		if (!clause.toString().isBlank()) {
			clauses.add(clause.toString().strip());
		}
		return clauses;
	}

	/** The names of a header's clauses that are not optional. */
	static List<String> mandatory(String header) {
		return clauses(header).stream().filter(c -> !c.replace(" ", "").contains("resolution:=optional"))
				.map(c -> c.split(";")[0].strip()).toList();
	}

	/** The modules of the -Pide build: the default modules and those of the ide profile. */
	static List<String> ideReactor(Path root) throws Exception {
		List<String> modules = new ArrayList<>();
		for (Element module : elements(xml(root.resolve("pom.xml")), "module")) {
			modules.add(module.getTextContent().strip());
		}
		return modules;
	}
}
