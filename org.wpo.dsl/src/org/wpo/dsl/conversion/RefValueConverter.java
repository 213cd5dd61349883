package org.wpo.dsl.conversion;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.wpo.dsl.naming.WpoQualifiedNameConverter;

/**
 * Converts a reference such as {@code mswpo::MS-RPCE} or {@code "SOAP1.1"} to the qualified name
 * text the linker looks up, segment by segment, and back.
 */
public class RefValueConverter extends AbstractValueConverter<String> {

	private final NameValueConverter segmentConverter;

	public RefValueConverter(NameValueConverter segmentConverter) {
		this.segmentConverter = segmentConverter;
	}

	@Override
	public String toValue(String text, INode node) throws ValueConverterException {
		if (text == null) {
			return null;
		}
		if (node == null) {
			return segmentConverter.toValue(text, null);
		}
		List<String> segments = new ArrayList<>();
		StringBuilder segment = new StringBuilder();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			if (WpoQualifiedNameConverter.DELIMITER.equals(leaf.getText())) {
				segments.add(segmentConverter.toValue(segment.toString(), node));
				segment.setLength(0);
			} else {
				segment.append(leaf.getText());
			}
		}
		segments.add(segmentConverter.toValue(segment.toString(), node));
		return String.join(WpoQualifiedNameConverter.DELIMITER, segments);
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		List<String> written = new ArrayList<>();
		for (String segment : value.split(WpoQualifiedNameConverter.DELIMITER, -1)) {
			written.add(segmentConverter.toString(segment));
		}
		return String.join(WpoQualifiedNameConverter.DELIMITER, written);
	}
}
