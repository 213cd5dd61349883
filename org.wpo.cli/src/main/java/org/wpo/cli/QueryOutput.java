package org.wpo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import org.wpo.dsl.workspace.IssueConverter;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ModelIndex;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Option;

/** What the query commands share: the output format, name look-up and JSON printing. */
final class QueryOutput {

	enum Format {
		text, json
	}

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text or json (default: ${DEFAULT-VALUE}).")
	Format format;

	boolean json() {
		return format == Format.json;
	}

	static void printJson(PrintWriter out, Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(value));
	}

	/** The element of that name, or empty after one line on stderr naming the closest known names. */
	static Optional<Element> find(ModelIndex index, String name, PrintWriter err) {
		Optional<Element> found = index.find(name);
		if (found.isEmpty()) {
			List<String> closest = index.closest(name, 5);
			err.println(Messages.problem(IssueConverter.shortenQuotedNames("unknown element '" + name + "'")
					+ (closest.isEmpty() ? "" : "; closest names: " + String.join(", ", closest))));
		}
		return found;
	}

	/** The name of an element and its title, when it has one. */
	static String describe(Element element) {
		return element.getTitle() == null ? element.getName() : element.getName() + " (" + element.getTitle() + ")";
	}
}
