package org.wpo.query.diff;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.dsl.workspace.SourceFileCollector;

/**
 * The .wpo files of a git revision, {@code REV:PATH} as git writes it ({@code HEAD~1:models/};
 * PATH from the top of the repository, or from the current folder when it starts with {@code ./}),
 * copied into a folder. It runs the {@code git} command: {@code rev-parse} to find the repository
 * and the commit, {@code ls-tree} to list the files, one {@code cat-file --batch} to read them all.
 * Every failure is an {@link InputProblemException} with one line for the user.
 */
final class GitRevision {

	private final String spec;
	private final String revision;
	private final String path;
	private final Path workingDirectory;

	GitRevision(String spec, Path workingDirectory) throws InputProblemException {
		int colon = spec.indexOf(':');
		if (colon <= 0) {
			throw new InputProblemException("no such file or folder: " + spec);
		}
		this.spec = spec;
		this.revision = spec.substring(0, colon);
		this.path = spec.substring(colon + 1);
		this.workingDirectory = workingDirectory;
	}

	/**
	 * Copies the revision's .wpo files under PATH into {@code into}, keeping their paths from the top
	 * of the repository, and returns what to load: the copy of PATH.
	 */
	Path extract(Path into) throws InputProblemException {
		String top = git(List.of("rev-parse", "--show-toplevel"), workingDirectory, null);
		if (top == null) {
			throw new InputProblemException("no such file or folder, and not a git revision: " + spec
					+ " (the current folder is not in a git repository)");
		}
		Path root = Path.of(top.strip());
		String inRepository = path;
		if (path.equals(".") || path.startsWith("./") || path.startsWith("../")) {
			String prefix = git(List.of("rev-parse", "--show-prefix"), workingDirectory, "");
			inRepository = Path.of(prefix.strip()).resolve(path).normalize().toString().replace('\\', '/');
			if (inRepository.startsWith("..")) {
				throw new InputProblemException("outside the git repository: " + spec);
			}
		}
		if (git(List.of("rev-parse", "--verify", "--quiet", revision + "^{commit}"), root, null) == null) {
			throw new InputProblemException("unknown git revision '" + revision + "' in " + spec);
		}
		List<String> listing = new ArrayList<>(List.of("--literal-pathspecs", "ls-tree", "-r", "-z", revision));
		if (!inRepository.isEmpty()) {
			listing.add("--");
			listing.add(inRepository);
		}
		String tree = git(listing, root, null);
		if (tree == null) {
			throw new InputProblemException("cannot list the files of " + spec);
		}
		List<String[]> files = new ArrayList<>();
		for (String entry : tree.split("\0")) {
			int tab = entry.indexOf('\t');
			String[] fields = tab < 0 ? new String[0] : entry.substring(0, tab).split(" ");
			String file = tab < 0 ? "" : entry.substring(tab + 1);
			if (fields.length == 3 && fields[1].equals("blob") && !fields[0].equals("120000")
					&& file.endsWith(SourceFileCollector.EXTENSION)) {
				files.add(new String[] { fields[2], file });
			}
		}
		if (files.isEmpty()) {
			throw new InputProblemException("no " + SourceFileCollector.EXTENSION + " file at " + spec);
		}
		copy(root, files, into);
		return inRepository.isEmpty() ? into : into.resolve(inRepository);
	}

	/** Reads every listed object with one {@code git cat-file --batch} and writes it to its path. */
	private void copy(Path root, List<String[]> files, Path into) throws InputProblemException {
		Process process = start(List.of("cat-file", "--batch"), root);
		Thread feeder = new Thread(() -> {
			try (OutputStream in = process.getOutputStream()) {
				for (String[] file : files) {
					in.write((file[0] + "\n").getBytes(StandardCharsets.US_ASCII));
				}
			} catch (IOException e) {
				// git stopped reading; the reading side reports the missing content.
			}
		}, "git cat-file input");
		feeder.setDaemon(true);
		feeder.start();
		try (DataInputStream out = new DataInputStream(process.getInputStream())) {
			for (String[] file : files) {
				String[] header = line(out).split(" ");
				if (header.length != 3 || !header[1].equals("blob")) {
					throw new InputProblemException("cannot read " + revision + ":" + file[1] + " from git");
				}
				byte[] content = new byte[Integer.parseInt(header[2])];
				out.readFully(content);
				out.read();
				Path target = into.resolve(file[1]).normalize();
				if (!target.startsWith(into)) {
					throw new InputProblemException("a file outside its folder in " + spec + ": " + file[1]);
				}
				Files.createDirectories(target.getParent());
				Files.write(target, content);
			}
		} catch (IOException | NumberFormatException e) {
			throw new InputProblemException("cannot read the files of " + spec + " from git (" + e.getMessage() + ")");
		} finally {
			process.destroy();
		}
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("git's output ended early");
			}
			line.write(b);
		}
		return line.toString(StandardCharsets.UTF_8);
	}

	/** The standard output of a git command, or {@code otherwise} when it fails. */
	private String git(List<String> arguments, Path directory, String otherwise) throws InputProblemException {
		Process process = start(arguments, directory);
		try {
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			return process.waitFor() == 0 ? new String(output, StandardCharsets.UTF_8) : otherwise;
		} catch (IOException e) {
			throw new InputProblemException("cannot run git to read " + spec + " (" + e.getMessage() + ")");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InputProblemException("interrupted while reading " + spec + " from git");
		} finally {
			process.destroy();
		}
	}

	private Process start(List<String> arguments, Path directory) throws InputProblemException {
		List<String> command = new ArrayList<>();
		command.add("git");
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("GIT_TERMINAL_PROMPT", "0");
		try {
			return builder.start();
		} catch (IOException e) {
			throw new InputProblemException("cannot run git to read " + spec + " (is git installed?)");
		}
	}
}
