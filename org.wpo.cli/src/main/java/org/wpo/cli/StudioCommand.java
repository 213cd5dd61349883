package org.wpo.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.wpo.dsl.ide.server.WpoServerModule;
import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.studio.StudioServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wpo studio [PATH...] [--port N] [--open]}: the model's text and diagrams, editable side by
 * side in the browser (org.wpo.studio). Prints one line with the address and serves until Ctrl-C.
 */
@Command(name = "studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Edits the model's text and diagrams in the browser.",
		description = { "Starts a local server on 127.0.0.1 and prints the address to open (it carries a",
				"random token: keep it to yourself). Without PATH: the .wpo files under the current",
				"folder. The built-in model is always there, read-only. Ctrl-C stops it; every file",
				"is written whole, so nothing is lost when it stops." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:stopped (Ctrl-C)", "2:wrong usage, unreadable model, or the port cannot be used" })
final class StudioCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", arity = "0..*", description = "A .wpo file or a folder of the model.")
	private List<String> paths = new ArrayList<>();

	private int port;

	@Option(names = "--open", description = "Open the default browser at the address.")
	private boolean open;

	@Option(names = "--port", paramLabel = "N", description = "Listen on 127.0.0.1:N (default: any free port).")
	void setPort(int port) {
		if (port < 0 || port > 65535) {
			throw new ParameterException(spec.commandLine(), "invalid port: " + port + " (0 to 65535)");
		}
		this.port = port;
	}

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Path> model = new ArrayList<>();
		for (String path : paths.isEmpty() ? List.of(".") : paths) {
			Path file = Path.of(path);
			if (!Files.exists(file)) {
				err.println(Messages.problem("no such file or folder: " + path));
				return ExitStatus.USAGE_OR_INPUT;
			}
			model.add(file);
		}
		StudioServer server;
		try {
			server = StudioServer.start(model, port, WpoServerModule.create(), VersionProvider.version());
		} catch (InputProblemException e) {
			err.println(Messages.problem(e.getMessage()));
			return ExitStatus.USAGE_OR_INPUT;
		} catch (IOException e) {
			String reason = e instanceof BindException || e.getCause() instanceof BindException ? "in use"
					: MessageText.describe(e);
			err.println(Messages.problem("cannot listen on 127.0.0.1:" + port + " (" + reason + ")"));
			return ExitStatus.USAGE_OR_INPUT;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			// Ctrl-C: the edit being written (if any) ends first, then the server stops.
			server.close();
			stopped.countDown();
		}, "wpo-studio-stop"));
		out.println(server.address());
		out.flush();
		if (open) {
			openBrowser(server.address(), err);
		}
		stopped.await();
		return ExitStatus.OK;
	}

	private static void openBrowser(String address, PrintWriter err) {
		try {
			if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
				Desktop.getDesktop().browse(URI.create(address));
				return;
			}
			new ProcessBuilder("xdg-open", address).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		} catch (IOException | RuntimeException e) {
			err.println(Messages.problem("cannot open a browser (" + e.getMessage() + "); open the address yourself"));
			err.flush();
		}
	}
}
