package org.wpo.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Parameters;

/** A model command whose only positional parameters are the files and folders of the model. */
abstract class ModelPathsCommand extends ModelCommand {

	@Parameters(paramLabel = "PATH", arity = "0..*", description = "A .wpo file or a folder to search.")
	private List<String> paths = new ArrayList<>();

	@Override
	final List<String> paths() {
		return paths;
	}
}
