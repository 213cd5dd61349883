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
		description = { "Chains of relations of any kind, shortest first, at most "
				+ PathQuery.MAX_PATHS + " chains of at most " + PathQuery.MAX_LENGTH + " relations." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:answered (also when there is no chain)", "1:the model has errors",
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
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("from", start.get().getName());
			map.put("to", end.get().getName());
			map.put("chains", result.chains().stream().map(c -> c.edges().stream().map(PathCommand::edge).toList())
					.toList());
			map.put("truncated", result.truncated());
			QueryOutput.printJson(out, map);
		} else if (result.chains().isEmpty()) {
			out.println("no chain of relations leads from " + start.get().getName() + " to " + end.get().getName());
		} else {
			for (PathQuery.Chain chain : result.chains()) {
				out.println(start.get().getName() + chain.edges().stream()
						.map(e -> " -" + e.kind().getLiteral() + "-> " + e.target().getName())
						.collect(Collectors.joining()));
			}
			if (result.truncated()) {
				out.println("... (longer or further chains are not shown)");
			}
		}
		out.flush();
		return ExitStatus.OK;
	}

	private static Map<String, Object> edge(ModelGraph.Edge edge) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("source", edge.source().getName());
		map.put("kind", edge.kind().getLiteral());
		map.put("target", edge.target().getName());
		map.put("section", edge.relation().getSection() == null || edge.relation().getSection().eIsProxy() ? null
				: edge.relation().getSection().getName());
		return map;
	}
}
