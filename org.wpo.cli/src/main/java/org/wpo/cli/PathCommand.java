package org.wpo.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ModelIndex;
import org.wpo.query.PathQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code wpo path A B [PATH...]}: the relation chains that lead from A to B. */
@Command(name = "path", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Shows the chains of relations that lead from one element to another.",
		description = { "Chains of relations of any kind as written, shortest first, at most "
				+ PathQuery.MAX_PATHS + " chains of at most " + PathQuery.MAX_LENGTH + " relations.",
				"A document steps to the technology it specifies (-specifies->). When no chain leads",
				"from FROM to TO, the chains from TO to FROM are shown." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:answered (also when there is no chain; then the chains the other way are shown)", "1:the model has errors",
				"2:unknown name, wrong usage or bad input" })
final class PathCommand extends ModelCommand {

	@Mixin
	private QueryOutput output;

	@Parameters(index = "0", paramLabel = "FROM", description = "Where the chains start.")
	private String from;

	@Parameters(index = "1", paramLabel = "TO", description = "Where the chains end.")
	private String to;

	@Parameters(index = "2..*", paramLabel = "PATH", arity = "0..*", description = "A .wpo file or a folder.")
	private List<String> paths = new ArrayList<>();

	@Override
	List<String> paths() {
		return paths;
	}

	@Override
	int run(CheckResult model, PrintWriter out, PrintWriter err) {
		ModelIndex index = ModelIndex.of(model.resourceSet());
		Optional<Element> start = QueryOutput.find(index, from, err);
		Optional<Element> end = QueryOutput.find(index, to, err);
		if (start.isEmpty() || end.isEmpty()) {
			return ExitStatus.USAGE_OR_INPUT;
		}
		PathQuery.Result result = PathQuery.run(index, start.get(), end.get());
		if (output.json()) {
			Map<String, Object> map = toMap(result);
			map.put("reverse", result.reverse() == null ? null : toMap(result.reverse()));
			QueryOutput.printJson(out, map);
		} else if (result.chains().isEmpty()) {
			out.println("no chain of relations leads from " + start.get().getName() + " to " + end.get().getName());
			if (result.reverse() == null) {
				out.println("nor from " + end.get().getName() + " to " + start.get().getName());
			} else {
				out.println("but from " + end.get().getName() + " to " + start.get().getName() + ":");
				print(result.reverse(), "  ", out);
			}
		} else {
			print(result, "", out);
		}
		out.flush();
		return ExitStatus.OK;
	}

	private static void print(PathQuery.Result result, String indent, PrintWriter out) {
		for (PathQuery.Chain chain : result.chains()) {
			out.println(indent + result.from().getName() + chain.steps().stream()
					.map(s -> " -" + s.label() + "-> " + s.target().getName()).collect(Collectors.joining()));
		}
		if (result.truncated()) {
			out.println(indent + "... (longer or further chains are not shown)");
		}
	}

	private static Map<String, Object> toMap(PathQuery.Result result) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("from", result.from().getName());
		map.put("to", result.to().getName());
		map.put("chains", result.chains().stream().map(c -> c.steps().stream().map(PathCommand::step).toList())
				.toList());
		map.put("truncated", result.truncated());
		return map;
	}

	private static Map<String, Object> step(PathQuery.Step step) {
		ModelGraph.Edge edge = step.edge();
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("source", step.source().getName());
		map.put("kind", step.label());
		map.put("target", step.target().getName());
		map.put("section", edge.relation().getSection() == null || edge.relation().getSection().eIsProxy() ? null
				: edge.relation().getSection().getName());
		return map;
	}
}
