package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wpo diff} with git revisions, run as its own process inside a temporary git repository
 * (the command reads the repository of its working folder).
 */
class DiffGitIT {

	@TempDir
	Path repository;

	@TempDir
	Path elsewhere;

	private void git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
				"-c", "commit.gpgsign=false"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
	}

	private JarProcess.Result wpo(Path in, String... arguments) throws IOException, InterruptedException {
		return JarProcess.run(in, 300, arguments);
	}

	@Test
	void revisionAgainstTheWorkingTreeAndTwoRevisions() throws Exception {
		git("init", "-q");
		DiffModels.writeOld(repository.resolve("models"));
		git("add", ".");
		git("commit", "-q", "-m", "old");
		DiffModels.writeNew(repository.resolve("models"));

		JarProcess.Result working = wpo(repository, "diff", "HEAD:models/", "models");
		assertEquals(1, working.status(), working::toString);
		assertEquals(DiffModels.text("models/discovery.wpo"), working.out());
		assertEquals(List.of(), working.err());

		git("commit", "-q", "-a", "-m", "new");
		JarProcess.Result revisions = wpo(repository.resolve("models"), "diff", "HEAD~1:models", "HEAD:./");
		assertEquals(1, revisions.status(), revisions::toString);
		assertEquals(DiffModels.text("HEAD:models/discovery.wpo"), revisions.out());

		JarProcess.Result same = wpo(repository, "diff", "HEAD:models", "models");
		assertEquals(0, same.status(), same::toString);
		assertEquals(List.of("no differences"), same.out());
	}

	@Test
	void badRevisionsAndNoRepositoryAreOneLineAndExitTwo() throws Exception {
		git("init", "-q");
		DiffModels.writeOld(repository.resolve("models"));
		git("add", ".");
		git("commit", "-q", "-m", "old");

		JarProcess.Result unknown = wpo(repository, "diff", "nosuchbranch:models", "models");
		assertEquals(2, unknown.status(), unknown::toString);
		assertEquals(List.of("wpo: unknown git revision 'nosuchbranch' in nosuchbranch:models"), unknown.err());

		JarProcess.Result empty = wpo(repository, "diff", "HEAD:elsewhere", "models");
		assertEquals(2, empty.status(), empty::toString);
		assertEquals(List.of("wpo: no .wpo file at HEAD:elsewhere"), empty.err());

		Files.createDirectories(elsewhere.resolve("models"));
		DiffModels.writeOld(elsewhere.resolve("models"));
		JarProcess.Result outside = wpo(elsewhere, "diff", "HEAD:models", "models");
		assertEquals(2, outside.status(), outside::toString);
		assertEquals(List.of("wpo: no such file or folder, and not a git revision: HEAD:models (the current folder"
				+ " is not in a git repository)"), outside.err());
		assertEquals(List.of(), outside.out());
	}
}
