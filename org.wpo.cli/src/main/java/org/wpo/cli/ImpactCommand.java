package org.wpo.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.query.ImpactQuery;
import org.wpo.query.ModelIndex;

import picocli.CommandLine.Command;

/** {@code wpo impact NAME [PATH...]}: everything that depends on an element. */
@Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Shows everything that depends on an element.",
		description = { "Every element that runs over, extends, is a profile of, uses, requires or is part",
				"of NAME, directly or through others, grouped by the kind of its dependency." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:answered", "1:the model has errors", "2:unknown name, wrong usage or bad input" })
final class ImpactCommand extends ElementQueryCommand {

	@Override
	void answer(ModelIndex index, Element root, PrintWriter out) {
		ImpactQuery.Result impact = ImpactQuery.run(index, root);
		if (output.json()) {
			QueryOutput.printJson(out, toMap(impact));
		} else {
			out.println(QueryOutput.describe(impact.root()));
			out.println(impact.size() == 0 ? "nothing depends on it"
					: MessageText.plural(impact.size(), "element") + " depend on it:");
			for (Map.Entry<RelationKind, List<ImpactQuery.Dependent>> entry : impact.byKind().entrySet()) {
				out.println("  " + entry.getKey().getLiteral() + ":");
				for (ImpactQuery.Dependent dependent : entry.getValue()) {
					out.println("    " + dependent.element().getName() + (dependent.direct() ? " (directly)"
							: " (through " + dependent.on().getName() + ", depth " + dependent.depth() + ")"));
				}
			}
		}
	}

	private static Map<String, Object> toMap(ImpactQuery.Result impact) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("element", impact.root().getName());
		Map<String, Object> byKind = new LinkedHashMap<>();
		for (Map.Entry<RelationKind, List<ImpactQuery.Dependent>> entry : impact.byKind().entrySet()) {
			byKind.put(entry.getKey().getLiteral(), entry.getValue().stream().map(d -> {
				Map<String, Object> dependent = new LinkedHashMap<>();
				dependent.put("name", d.element().getName());
				dependent.put("on", d.on().getName());
				dependent.put("depth", d.depth());
				return dependent;
			}).toList());
		}
		map.put("dependents", byKind);
		return map;
	}
}
