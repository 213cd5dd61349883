package org.wpo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.wpo.dsl.workspace.IssueConverter;
import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.naming.WpoQualifiedNameConverter;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Product;
import org.wpo.query.ModelIndex;
import org.wpo.query.Specifies;

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

	/** The product of that name or title, or empty after one line on stderr naming the closest product names. */
	static Optional<Product> findProduct(ModelIndex index, String name, PrintWriter err) {
		Optional<Product> found = index.product(name);
		if (found.isEmpty()) {
			List<String> closest = index.closestProducts(name, 5);
			err.println(Messages.problem(IssueConverter.shortenQuotedNames("unknown product '" + name + "'")
					+ (closest.isEmpty() ? "" : "; closest names: " + String.join(", ", closest))));
		}
		return found;
	}

	/** The name of an element and its title, when it has one. */
	static String describe(Element element) {
		return element.getTitle() == null ? element.getName() : element.getName() + " (" + element.getTitle() + ")";
	}

	/**
	 * The first lines of an answer about an element: its name and title; when another element has
	 * the same name, which one this is and how to ask for the other; and what answers as one with it.
	 */
	static void header(ModelIndex index, Element element, List<Element> partners, PrintWriter out) {
		out.println(describe(element));
		List<Element> others = index.shadowed(element);
		if (!others.isEmpty()) {
			out.println("this is " + id(element) + "; also declared: "
					+ others.stream().map(QueryOutput::id).collect(Collectors.joining(", ")));
		}
		if (!partners.isEmpty()) {
			out.println("answers as one with " + partners.stream()
					.map(p -> Specifies.through(element, p, index.graph())).collect(Collectors.joining("; ")));
		}
	}

	/** How an answer names the element whose relation it followed for another: "SMB2, which MS-SMB2 specifies". */
	static String name(ModelIndex index, Element element, Element through) {
		return through == null ? element.getName() : Specifies.through(element, through, index.graph());
	}

	/** The name that asks for exactly this element: its qualified name, or its name with the file. */
	static String id(Element element) {
		String id = ModelNames.id(element);
		return id.contains(WpoQualifiedNameConverter.DELIMITER) ? id : id + " in " + file(element);
	}

	private static String file(Element element) {
		return element.eResource() == null ? "?" : element.eResource().getURI().lastSegment();
	}
}
