package org.wpo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wpo.dsl.workspace.CheckResult;
import org.wpo.diagram.DiagramKind;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ModelIndex;
import org.wpo.render.Diagrams;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code wpo render [--diagram D] [--root NAME] [--out DIR] [PATH...]}: the diagrams as SVG files. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Draws the diagrams of the model as SVG files.",
		description = { "Diagrams: area-map (areas and what they hold), layer-stack (a lane per layer,",
				"with runs-over relations), stack (one element and all it needs beneath it).",
				"Without --diagram: area-map and layer-stack, and the stack of --root if given.",
				"Prints one line per file written; each file is written whole or not at all." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:written", "1:the model has errors (nothing written)",
				"2:wrong usage, unknown name, bad input, or output that cannot be written" })
final class RenderCommand extends ModelPathsCommand {

	static final class DiagramConverter implements ITypeConverter<DiagramKind> {
		@Override
		public DiagramKind convert(String value) {
			try {
				return DiagramKind.of(value);
			} catch (IllegalArgumentException e) {
				throw new TypeConversionException(e.getMessage());
			}
		}
	}

	@Option(names = "--diagram", paramLabel = "DIAGRAM", converter = DiagramConverter.class,
			description = "area-map, layer-stack or stack.")
	private DiagramKind diagram;

	@Option(names = "--root", paramLabel = "NAME", description = "The element whose protocol stack is drawn.")
	private String root;

	@Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "wpo-diagrams",
			description = "Folder to write into (default: ${DEFAULT-VALUE}).")
	private Path outFolder;

	@Override
	String usageProblem() {
		if (diagram == DiagramKind.STACK && root == null) {
			return "the stack diagram needs --root NAME";
		}
		if (diagram != null && diagram != DiagramKind.STACK && root != null) {
			return "--root applies only to the stack diagram";
		}
		return null;
	}

	@Override
	int run(CheckResult model, PrintWriter out, PrintWriter err) {
		List<DiagramKind> kinds = new ArrayList<>();
		if (diagram != null) {
			kinds.add(diagram);
		} else {
			kinds.add(DiagramKind.AREA_MAP);
			kinds.add(DiagramKind.LAYER_STACK);
			if (root != null) {
				kinds.add(DiagramKind.STACK);
			}
		}
		ModelIndex index = ModelIndex.of(model.resourceSet());
		Element element = null;
		if (root != null) {
			Optional<Element> found = QueryOutput.find(index, root, err);
			if (found.isEmpty()) {
				return ExitStatus.USAGE_OR_INPUT;
			}
			element = found.get();
		}
		try {
			for (Path file : Diagrams.write(index, kinds, element, outFolder)) {
				out.println(outFolder.resolve(file.getFileName()));
			}
			out.flush();
			return ExitStatus.OK;
		} catch (IOException e) {
			err.println(Messages.cannotWrite("into " + outFolder, e));
			return ExitStatus.USAGE_OR_INPUT;
		}
	}
}
