package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shaded jar run as its own process with the JVM's default heap and stack, the way the ./wpo
 * launcher runs it, with a time limit, its elapsed time and its peak resident memory (read from
 * /proc while it runs, where there is one).
 */
final class JarProcess {

	/** How one run ended. */
	record Result(int status, List<String> out, List<String> err, double seconds, long peakKilobytes) {

		@Override
		public String toString() {
			return "exit " + status + "\nstdout:\n" + abbreviated(out) + "\nstderr:\n" + abbreviated(err);
		}

		private static String abbreviated(List<String> lines) {
			StringBuilder text = new StringBuilder();
			lines.stream().limit(10).forEach(line -> text.append(line.length() > 300 ? line.substring(0, 300)
					+ "... (" + line.length() + " characters)" : line).append('\n'));
			return text.toString();
		}
	}

	private JarProcess() {
	}

	static List<String> command(String... args) {
		return command(List.of(), args);
	}

	/** The command line with options for the JVM, such as -Xmx64m. */
	static List<String> command(List<String> jvmOptions, String... args) {
		String jar = System.getProperty("wpo.jar");
		assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the shaded jar is missing: " + jar);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar));
		command.addAll(List.of(args));
		return command;
	}

	/** Starts the jar with its output going to two files. */
	static Process start(Path workingDirectory, Path out, Path err, String... args) throws IOException {
		return start(workingDirectory, out, err, List.of(), args);
	}

	static Process start(Path workingDirectory, Path out, Path err, List<String> jvmOptions, String... args)
			throws IOException {
		return new ProcessBuilder(command(jvmOptions, args)).directory(workingDirectory.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile()).start();
	}

	/** Runs the jar to its end; fails the test when it takes longer than {@code timeoutSeconds}. */
	static Result run(Path workingDirectory, int timeoutSeconds, String... args) throws IOException, InterruptedException {
		return run(workingDirectory, timeoutSeconds, List.of(), args);
	}

	static Result run(Path workingDirectory, int timeoutSeconds, List<String> jvmOptions, String... args)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile("wpo", ".out");
		Path err = Files.createTempFile("wpo", ".err");
		try {
			long started = System.nanoTime();
			Process process = start(workingDirectory, out, err, jvmOptions, args);
			Path status = Path.of("/proc", Long.toString(process.pid()), "status");
			long peak = 0;
			long deadline = started + TimeUnit.SECONDS.toNanos(timeoutSeconds);
			while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
				peak = Math.max(peak, peakKilobytes(status));
				if (System.nanoTime() > deadline) {
					process.destroyForcibly().waitFor();
					fail("wpo " + String.join(" ", args) + " did not end within " + timeoutSeconds + " s");
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			return new Result(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
					Files.readAllLines(err, StandardCharsets.UTF_8), seconds, peak);
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** VmHWM, the process's peak resident set so far, or 0 where it cannot be read. */
	private static long peakKilobytes(Path status) {
		try {
			for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		} catch (IOException | RuntimeException e) {
			// The process ended meanwhile, or there is no /proc.
		}
		return 0;
	}
}
