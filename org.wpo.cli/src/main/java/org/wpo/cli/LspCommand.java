package org.wpo.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.wpo.dsl.ide.server.WpoLanguageServerLauncher;
import org.wpo.dsl.ide.server.WpoServerModule;
import org.wpo.dsl.workspace.MessageText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wpo lsp [--port N]}: the WPO language server, for any editor with a language-server client.
 * On stdio, stdout carries JSON-RPC only: everything else (log, messages) goes to stderr.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Runs the WPO language server (Language Server Protocol).",
		description = {
				"Talks JSON-RPC on stdin and stdout, as editors start language servers;",
				"with --port, listens on 127.0.0.1 only and serves one client after another.",
				"The built-in model mswpo is written to ~/.cache/wpo/library (or",
				"$XDG_CACHE_HOME/wpo/library) so that editors can open its files.",
				"Log messages go to stderr." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:the client sent shutdown, then exit",
				"1:the client sent exit without shutdown, or closed the connection",
				"2:wrong usage, the port cannot be used, or an internal failure" })
final class LspCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	private Integer port;

	@Option(names = "--port", paramLabel = "N",
			description = "Listen on 127.0.0.1:N instead of stdio (0 picks a free port; it is printed on stderr).")
	void setPort(int port) {
		if (port < 0 || port > 65535) {
			throw new ParameterException(spec.commandLine(), "invalid port: " + port + " (0 to 65535)");
		}
		this.port = port;
	}

	@Override
	public Integer call() throws IOException, InterruptedException {
		PrintWriter err = spec.commandLine().getErr();
		// Only JSON-RPC may reach stdout: the protocol gets the real stdout, anything printed goes to stderr.
		OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
		InputStream protocolIn = new FileInputStream(FileDescriptor.in);
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
		logToStderr();
		WpoLanguageServerLauncher launcher = new WpoLanguageServerLauncher(WpoServerModule.create());
		if (port == null) {
			return launcher.serve(protocolIn, protocolOut);
		}
		try {
			return launcher.serveSocket(port, bound -> {
				err.println(Messages.problem("language server listening on 127.0.0.1:" + bound));
				err.flush();
			});
		} catch (IOException e) {
			err.println(Messages.problem("cannot listen on 127.0.0.1:" + port + " (" + MessageText.describe(e) + ")"));
			return ExitStatus.USAGE_OR_INPUT;
		}
	}

	/** Xtext and EMF log through log4j: warnings and errors to stderr, one line each. */
	private static void logToStderr() {
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		root.setLevel(Level.WARN);
		ConsoleAppender appender = new ConsoleAppender(new PatternLayout("wpo lsp: %p %c{1}: %m%n"),
				ConsoleAppender.SYSTEM_ERR);
		root.addAppender(appender);
	}
}
