package org.wpo.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wpo.dsl.model.Placement;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Specification;
import org.wpo.query.ListQuery;
import org.wpo.query.ModelIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wpo list [--area A] [--kind K] [--layer L] [--status S] [PATH...]}: specifications matching filters. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Lists the specifications that match filters.",
		description = { "--area matches an area's section number or title and includes its sub-areas.",
				"--product keeps what applies to a product: a specification whose applies statement",
				"includes it (ranges follow the product lines, 'products after' included), or that states",
				"no products." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:answered (also when nothing matches)", "1:the model has errors",
				"2:unknown product, wrong usage or bad input" })
final class ListCommand extends ModelPathsCommand {

	@Mixin
	private QueryOutput output;

	@Option(names = "--area", paramLabel = "AREA", description = "Section number or title, such as 7.3.")
	private String area;

	@Option(names = "--kind", paramLabel = "KIND", description = "protocol, format, algorithm, overview or standard.")
	private String kind;

	@Option(names = "--layer", paramLabel = "LAYER", description = "A layer name, such as session.")
	private String layer;

	@Option(names = "--status", paramLabel = "STATUS", description = "current, legacy, deprecated or obsolete.")
	private String status;

	@Option(names = "--product", paramLabel = "PRODUCT", description = "A product name or title, such as "
			+ "\"Windows 8\": only what applies to it (by its applies statement and the product order).")
	private String product;

	@Override
	int run(CheckResult model, PrintWriter out, PrintWriter err) {
		ModelIndex index = ModelIndex.of(model.resourceSet());
		Product wanted = null;
		if (product != null) {
			Optional<Product> found = QueryOutput.findProduct(index, product, err);
			if (found.isEmpty()) {
				return ExitStatus.USAGE_OR_INPUT;
			}
			wanted = found.get();
		}
		List<Specification> found = ListQuery.run(index, new ListQuery.Filter(area, kind, layer, status, wanted));
		if (output.json()) {
			QueryOutput.printJson(out, found.stream().map(ListCommand::toMap).toList());
		} else {
			for (Specification s : found) {
				out.println(String.format("%-16s %-9s %-10s %-12s %s", s.getName(), s.getKind().getLiteral(),
						s.getStatus().getLiteral(), s.getLayer() == null ? "-" : s.getLayer().getName(),
						s.getTitle() == null ? "" : s.getTitle()).stripTrailing());
			}
			if (wanted == null) {
				out.println(MessageText.plural(found.size(), "specification"));
			} else {
				long stating = found.stream().filter(ListQuery::statesProducts).count();
				out.println(MessageText.plural(found.size(), "specification")
						+ (found.size() == 1 ? " applies to " : " apply to ") + wanted.getName() + " ("
						+ stating + " by their applies statement, the others state no products and apply to every one)");
			}
		}
		out.flush();
		return ExitStatus.OK;
	}

	private static Map<String, Object> toMap(Specification s) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("shortName", s.getName());
		map.put("title", s.getTitle());
		map.put("kind", s.getKind().getLiteral());
		map.put("status", s.getStatus().getLiteral());
		map.put("layer", s.getLayer() == null ? null : s.getLayer().getName());
		map.put("area", Placement.areaOf(s).map(Area::getName).orElse(null));
		map.put("statesProducts", ListQuery.statesProducts(s));
		return map;
	}
}
