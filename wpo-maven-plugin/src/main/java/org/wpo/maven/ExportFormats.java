package org.wpo.maven;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.wpo.export.ExportFormat;

/**
 * The formats the {@code export} goal writes, as its configuration names them: every format of
 * org.wpo.export but sarif, which has a goal of its own. Each is written to its
 * {@link ExportFormat#fileName()} in the output folder.
 */
final class ExportFormats {

	/** The formats of the export goal, in the order the documentation lists them. */
	static final List<ExportFormat> KNOWN = Arrays.stream(ExportFormat.values()).filter(f -> f != ExportFormat.SARIF)
			.toList();

	private ExportFormats() {
	}

	/**
	 * The formats named in the configuration, in order and each once; case and surrounding blanks do
	 * not matter.
	 *
	 * @throws IllegalArgumentException naming the unknown format and the known ones
	 */
	static List<ExportFormat> parse(List<String> names) {
		Set<ExportFormat> formats = new LinkedHashSet<>();
		for (String name : names == null ? List.<String>of() : names) {
			String label = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
			if (label.isEmpty()) {
				continue;
			}
			formats.add(ExportFormat.named(label).filter(KNOWN::contains)
					.orElseThrow(() -> new IllegalArgumentException("unknown WPO export format '" + name.strip()
							+ "'; known formats: " + ExportFormat.labels(KNOWN))));
		}
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("no WPO export format given; known formats: " + ExportFormat.labels(KNOWN));
		}
		return new ArrayList<>(formats);
	}
}
