package org.wpo.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Product;
import org.wpo.query.ModelIndex;
import org.wpo.query.ProductScope;
import org.wpo.query.StackQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wpo stack NAME [--product P] [PATH...]}: what one needs to implement to speak a protocol. */
@Command(name = "stack", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Shows what one needs to implement to speak a protocol.",
		description = { "Everything NAME runs over, extends, is a profile of or requires, transitively,",
				"grouped by layer, and the alternative transport paths down to the lowest layer.",
				"A document answers as one with the technology it specifies; below a relation",
				"written 'runs-over T via V' only the carriers V of T are followed; with --product,",
				"only what applies to that product, and what does not is named." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:answered", "1:the model has errors",
				"2:unknown name or product, wrong usage or bad input" })
final class StackCommand extends ElementQueryCommand {

	@Option(names = "--product", paramLabel = "PRODUCT",
			description = "Only what applies to this product (name or title), such as \"Windows 8\".")
	private String product;

	@Override
	int answer(ModelIndex index, Element root, PrintWriter out, PrintWriter err) {
		ProductScope scope = ProductScope.ALL;
		if (product != null) {
			Optional<Product> found = QueryOutput.findProduct(index, product, err);
			if (found.isEmpty()) {
				return ExitStatus.USAGE_OR_INPUT;
			}
			scope = ProductScope.of(found.get());
		}
		StackQuery.Result stack = StackQuery.run(index, root, scope);
		if (output.json()) {
			QueryOutput.printJson(out, toMap(index, stack, scope));
		} else {
			print(index, stack, scope, out);
		}
		return ExitStatus.OK;
	}

	private static void print(ModelIndex index, StackQuery.Result stack, ProductScope scope, PrintWriter out) {
		QueryOutput.header(index, stack.root(), stack.partners(), out);
		if (scope.product() != null) {
			out.println(stack.rootWhyNot() == null ? "in " + scope.product().getName() + ":"
					: "in " + scope.product().getName() + ", to which it does not apply (" + stack.rootWhyNot() + "):");
		}
		if (stack.byLayer().isEmpty()) {
			out.println("needs nothing beneath it");
		} else {
			out.println("needs, by layer:");
			for (Map.Entry<Layer, List<StackQuery.Needed>> entry : stack.byLayer().entrySet()) {
				out.println("  " + layerName(entry.getKey()) + ": " + entry.getValue().stream()
						.map(n -> n.element().getName() + " (" + n.kind().getLiteral() + " from "
								+ QueryOutput.name(index, n.via(), n.through()) + ")")
						.collect(Collectors.joining(", ")));
			}
		}
		if (!stack.transportPaths().isEmpty()) {
			out.println("transport paths:");
			for (List<Element> path : stack.transportPaths()) {
				out.println("  " + path.stream().map(Element::getName).collect(Collectors.joining(" > ")));
			}
			if (stack.pathsTruncated()) {
				out.println("  ... (only the first " + StackQuery.MAX_PATHS + " paths are shown)");
			}
		}
		if (!stack.notApplying().isEmpty()) {
			out.println("not in " + scope.product().getName() + ":");
			for (StackQuery.NotApplying n : stack.notApplying()) {
				out.println("  " + n.element().getName() + " (" + n.kind().getLiteral() + " from "
						+ QueryOutput.name(index, n.via(), n.through()) + ": " + n.reason() + ")");
			}
		}
		if (!stack.members().isEmpty()) {
			out.println("members (part-of it; not followed, ask for each): "
					+ stack.members().stream().map(Element::getName).collect(Collectors.joining(", ")));
		}
	}

	private static String layerName(Layer layer) {
		return layer == null ? "(no layer)" : layer.getName();
	}

	private static Map<String, Object> toMap(ModelIndex index, StackQuery.Result stack, ProductScope scope) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("element", stack.root().getName());
		map.put("answersWith", stack.partners().stream().map(Element::getName).toList());
		map.put("product", scope.product() == null ? null : scope.product().getName());
		map.put("appliesToProduct", stack.rootWhyNot() == null);
		List<Map<String, Object>> layers = new ArrayList<>();
		for (Map.Entry<Layer, List<StackQuery.Needed>> entry : stack.byLayer().entrySet()) {
			Map<String, Object> layer = new LinkedHashMap<>();
			layer.put("layer", entry.getKey() == null ? null : entry.getKey().getName());
			layer.put("elements", entry.getValue().stream().map(n -> {
				Map<String, Object> needed = new LinkedHashMap<>();
				needed.put("name", n.element().getName());
				needed.put("kind", n.kind().getLiteral());
				needed.put("via", n.via().getName());
				if (n.through() != null) {
					needed.put("through", n.through().getName());
				}
				needed.put("depth", n.depth());
				return needed;
			}).toList());
			layers.add(layer);
		}
		map.put("byLayer", layers);
		map.put("transportPaths",
				stack.transportPaths().stream().map(p -> p.stream().map(Element::getName).toList()).toList());
		map.put("pathsTruncated", stack.pathsTruncated());
		map.put("notApplying", stack.notApplying().stream().map(n -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("name", n.element().getName());
			item.put("kind", n.kind().getLiteral());
			item.put("via", n.via().getName());
			item.put("reason", n.reason());
			return item;
		}).toList());
		map.put("members", stack.members().stream().map(Element::getName).toList());
		return map;
	}
}
