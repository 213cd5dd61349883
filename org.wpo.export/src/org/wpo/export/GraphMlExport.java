package org.wpo.export;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML: areas as nodes holding nested graphs, elements as nodes with their name, title, kind,
 * status, layer and applicability as data, and one edge per relation target, declared in the top
 * graph, with its kind, section, note, via (carriers joined by "; "), condition (in words, and its
 * products joined by "; ") and source document and section. Data without a value is left out.
 */
public final class GraphMlExport {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private GraphMlExport() {
	}

	public static String write(ExportGraph graph) {
		try {
			StringWriter text = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeNamespace("xsi", XSI);
			xml.writeAttribute(XSI, "schemaLocation", NAMESPACE + " " + NAMESPACE + "/1.0/graphml.xsd");
			key(xml, "name", "node");
			key(xml, "title", "node");
			key(xml, "type", "node");
			key(xml, "status", "node");
			key(xml, "layer", "node");
			key(xml, "applies", "node");
			key(xml, "kind", "edge");
			key(xml, "section", "edge");
			key(xml, "note", "edge");
			key(xml, "via", "edge");
			key(xml, "condition", "edge");
			key(xml, "conditionProducts", "edge");
			key(xml, "sourceDocument", "edge");
			key(xml, "sourceSection", "edge");
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "wpo");
			xml.writeAttribute("edgedefault", "directed");
			writeCluster(graph, null, xml);
			for (ExportGraph.Edge edge : graph.edges()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", edge.id());
				xml.writeAttribute("source", edge.source());
				xml.writeAttribute("target", edge.target());
				data(xml, "kind", edge.kind());
				data(xml, "section", edge.section());
				data(xml, "note", edge.note());
				data(xml, "via", edge.via().isEmpty() ? null : String.join("; ", edge.via()));
				data(xml, "condition", edge.condition());
				data(xml, "conditionProducts",
						edge.conditionProducts() == null ? null : String.join("; ", edge.conditionProducts()));
				data(xml, "sourceDocument", edge.sourceDocument());
				data(xml, "sourceSection", edge.sourceSection());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return text + "\n";
		} catch (XMLStreamException e) {
			throw new IllegalStateException("GraphML could not be written", e);
		}
	}

	private static void writeCluster(ExportGraph graph, String clusterId, XMLStreamWriter xml)
			throws XMLStreamException {
		for (ExportGraph.Node node : graph.nodesIn(clusterId)) {
			xml.writeStartElement("node");
			xml.writeAttribute("id", node.id());
			data(xml, "name", node.name());
			data(xml, "title", node.title());
			data(xml, "type", node.type());
			data(xml, "status", node.status());
			data(xml, "layer", node.layer());
			data(xml, "applies", node.applies());
			xml.writeEndElement();
		}
		for (ExportGraph.Cluster cluster : graph.clustersIn(clusterId)) {
			xml.writeStartElement("node");
			xml.writeAttribute("id", cluster.id());
			data(xml, "name", cluster.name());
			data(xml, "title", cluster.title());
			data(xml, "type", "area");
			xml.writeStartElement("graph");
			xml.writeAttribute("id", cluster.id() + ":");
			xml.writeAttribute("edgedefault", "directed");
			writeCluster(graph, cluster.id(), xml);
			xml.writeEndElement();
			xml.writeEndElement();
		}
	}

	private static void key(XMLStreamWriter xml, String name, String owner) throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", name);
		xml.writeAttribute("for", owner);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", "string");
	}

	private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		if (value != null) {
			xml.writeStartElement("data");
			xml.writeAttribute("key", key);
			xml.writeCharacters(value);
			xml.writeEndElement();
		}
	}
}
