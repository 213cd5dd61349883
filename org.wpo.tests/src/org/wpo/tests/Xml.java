package org.wpo.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses SVG and the report's pages (which are well-formed XML) and walks their elements. */
final class Xml {

	static final String SVG = "http://www.w3.org/2000/svg";

	private Xml() {
	}

	static Document parse(String text) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		} catch (Exception e) {
			throw new AssertionError("not well-formed: " + e.getMessage(), e);
		}
	}

	/** Every element of the document, in document order. */
	static List<Element> all(Node root) {
		List<Element> result = new ArrayList<>();
		NodeList list = root instanceof Document d ? d.getElementsByTagName("*") : ((Element) root).getElementsByTagName("*");
		for (int i = 0; i < list.getLength(); i++) {
			result.add((Element) list.item(i));
		}
		return result;
	}

	/** Elements with a local name and a class. */
	static List<Element> withClass(Node root, String localName, String cssClass) {
		return all(root).stream().filter(e -> localName.equals(e.getLocalName()))
				.filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
	}

	static List<Element> children(Element parent, String localName) {
		List<Element> result = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
				result.add(e);
			}
		}
		return result;
	}

	/** Every attribute of every element, as name=value. */
	static List<String[]> attributes(Document document) {
		List<String[]> result = new ArrayList<>();
		for (Element element : all(document)) {
			NamedNodeMap map = element.getAttributes();
			for (int i = 0; i < map.getLength(); i++) {
				result.add(new String[] { element.getLocalName(), map.item(i).getNodeName(), map.item(i).getNodeValue() });
			}
		}
		return result;
	}
}
