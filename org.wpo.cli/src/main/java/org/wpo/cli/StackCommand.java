package org.wpo.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.query.ModelIndex;
import org.wpo.query.StackQuery;

import picocli.CommandLine.Command;

/** {@code wpo stack NAME [PATH...]}: what one needs to implement to speak a protocol. */
@Command(name = "stack", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Shows what one needs to implement to speak a protocol.",
		description = { "Everything NAME runs over, extends, is a profile of or requires, transitively,",
				"grouped by layer, and the alternative transport paths down to the lowest layer." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:answered", "1:the model has errors", "2:unknown name, wrong usage or bad input" })
final class StackCommand extends ElementQueryCommand {

	@Override
	void answer(ModelIndex index, Element root, PrintWriter out) {
		StackQuery.Result stack = StackQuery.run(index, root);
		if (output.json()) {
			QueryOutput.printJson(out, toMap(stack));
		} else {
			print(stack, out);
		}
	}

	private static void print(StackQuery.Result stack, PrintWriter out) {
		out.println(QueryOutput.describe(stack.root()));
		if (stack.byLayer().isEmpty()) {
			out.println("needs nothing beneath it");
		} else {
			out.println("needs, by layer:");
			for (Map.Entry<Layer, List<StackQuery.Needed>> entry : stack.byLayer().entrySet()) {
				out.println("  " + layerName(entry.getKey()) + ": " + entry.getValue().stream()
						.map(n -> n.element().getName() + " (" + n.kind().getLiteral() + " from " + n.via().getName() + ")")
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
	}

	private static String layerName(Layer layer) {
		return layer == null ? "(no layer)" : layer.getName();
	}

	private static Map<String, Object> toMap(StackQuery.Result stack) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("element", stack.root().getName());
		List<Map<String, Object>> layers = new ArrayList<>();
		for (Map.Entry<Layer, List<StackQuery.Needed>> entry : stack.byLayer().entrySet()) {
			Map<String, Object> layer = new LinkedHashMap<>();
			layer.put("layer", entry.getKey() == null ? null : entry.getKey().getName());
			layer.put("elements", entry.getValue().stream().map(n -> {
				Map<String, Object> needed = new LinkedHashMap<>();
				needed.put("name", n.element().getName());
				needed.put("kind", n.kind().getLiteral());
				needed.put("via", n.via().getName());
				needed.put("depth", n.depth());
				return needed;
			}).toList());
			layers.add(layer);
		}
		map.put("byLayer", layers);
		map.put("transportPaths",
				stack.transportPaths().stream().map(p -> p.stream().map(Element::getName).toList()).toList());
		map.put("pathsTruncated", stack.pathsTruncated());
		return map;
	}
}
