package org.wpo.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.query.ImpactQuery;
import org.wpo.query.ModelIndex;

import picocli.CommandLine.Command;

/** {@code wpo impact NAME [PATH...]}: everything that depends on an element. */
@Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Shows everything that depends on an element.",
		description = { "Every element that runs over, extends, is a profile of, uses, requires or manages",
				"NAME, directly or through others, grouped by the kind of its dependency, and the wholes",
				"it or they are part of. A document answers as one with the technology it specifies.",
				"NAME's own members are listed, one level; what uses a member alone is not." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:answered", "1:the model has errors", "2:unknown name, wrong usage or bad input" })
final class ImpactCommand extends ElementQueryCommand {

	@Override
	int answer(ModelIndex index, Element root, PrintWriter out, PrintWriter err) {
		ImpactQuery.Result impact = ImpactQuery.run(index, root);
		if (output.json()) {
			QueryOutput.printJson(out, toMap(impact));
			return ExitStatus.OK;
		}
		QueryOutput.header(index, root, impact.partners(), out);
		if (!impact.members().isEmpty()) {
			out.println("members (part-of it; what uses a member alone is not listed): "
					+ impact.members().stream().map(Element::getName).collect(Collectors.joining(", ")));
		}
		out.println(impact.size() == 0 ? "nothing depends on it"
				: MessageText.plural(impact.size(), "element") + (impact.size() == 1 ? " depends" : " depend") + " on it:");
		for (Map.Entry<RelationKind, List<ImpactQuery.Dependent>> entry : impact.byKind().entrySet()) {
			out.println("  " + entry.getKey().getLiteral()
					+ (entry.getKey() == RelationKind.PART_OF ? " (wholes it or a dependent is part of):" : ":"));
			for (ImpactQuery.Dependent dependent : entry.getValue()) {
				String on = QueryOutput.name(index, dependent.on(), dependent.through());
				out.println("    " + dependent.element().getName() + (dependent.direct()
						? " (directly" + (dependent.through() == null ? "" : ", through " + on) + ")"
						: " (through " + on + ", depth " + dependent.depth() + ")"));
			}
		}
		return ExitStatus.OK;
	}

	private static Map<String, Object> toMap(ImpactQuery.Result impact) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("element", impact.root().getName());
		map.put("answersWith", impact.partners().stream().map(Element::getName).toList());
		map.put("members", impact.members().stream().map(Element::getName).toList());
		Map<String, Object> byKind = new LinkedHashMap<>();
		for (Map.Entry<RelationKind, List<ImpactQuery.Dependent>> entry : impact.byKind().entrySet()) {
			byKind.put(entry.getKey().getLiteral(), entry.getValue().stream().map(d -> {
				Map<String, Object> dependent = new LinkedHashMap<>();
				dependent.put("name", d.element().getName());
				dependent.put("on", d.on().getName());
				if (d.through() != null) {
					dependent.put("through", d.through().getName());
				}
				dependent.put("depth", d.depth());
				return dependent;
			}).toList());
		}
		map.put("dependents", byKind);
		return map;
	}
}
