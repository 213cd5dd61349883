package org.wpo.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ModelIndex;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A query about one element: {@code NAME [PATH...]}, answered as text or JSON. */
abstract class ElementQueryCommand extends ModelCommand {

	@Mixin
	QueryOutput output;

	@Parameters(index = "0", paramLabel = "NAME", description = "Short name, name or alias of an element.")
	String name;

	@Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*", description = "A .wpo file or a folder.")
	List<String> paths = new ArrayList<>();

	@Override
	List<String> paths() {
		return paths;
	}

	/** Answers the query about the element that was found; returns the exit status. */
	abstract int answer(ModelIndex index, Element element, PrintWriter out, PrintWriter err);

	@Override
	int run(CheckResult model, PrintWriter out, PrintWriter err) {
		ModelIndex index = ModelIndex.of(model.resourceSet());
		Optional<Element> element = QueryOutput.find(index, name, err);
		if (element.isEmpty()) {
			return ExitStatus.USAGE_OR_INPUT;
		}
		return answer(index, element.get(), out, err);
	}
}
