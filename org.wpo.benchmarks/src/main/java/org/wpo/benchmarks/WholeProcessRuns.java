package org.wpo.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./wpo check} as a user runs it, through the launcher, on the synthetic models (seed 42) and
 * the built-in model: wall time, CPU time (user and system, which a busy machine disturbs less than
 * wall time) and peak resident memory, read from GNU time ({@code /usr/bin/time -f}), with the load
 * average before each run. Writes the section {@link #HEADING} of BENCHMARKS.md, keeping the rest.
 * Usage: WholeProcessRuns ROOT RUNS SIZE...
 */
public final class WholeProcessRuns {

	static final String HEADING = "## Whole process: `./wpo check`";

	private static final Path TIME = Path.of("/usr/bin/time");

	/** One run: seconds of wall and CPU time, peak resident memory in KiB, the load before it. */
	record Run(double wall, double cpu, long peakKib, String load) {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args[0]).toAbsolutePath();
		int runs = Integer.parseInt(args[1]);
		if (!Files.isExecutable(TIME)) {
			throw new IllegalStateException("GNU time is needed at " + TIME + " (Debian package time)");
		}
		List<String> rows = new ArrayList<>();
		rows.add(row("built-in model (13 files)", measure(root, null, runs)));
		for (int a = 2; a < args.length; a++) {
			int size = Integer.parseInt(args[a]);
			Path folder = new SyntheticModel(size, 42).writeTo(Files.createTempDirectory("wpo-whole-" + size + "-"));
			rows.add(row(String.format("%,d specifications (%,d files, %,d bytes)", size, fileCount(folder),
					bytes(folder)), measure(root, folder, runs)));
			System.out.println(rows.get(rows.size() - 1));
		}
		PeerRuns.write(root.resolve("BENCHMARKS.md"), HEADING, section(rows));
	}

	private static List<Run> measure(Path root, Path folder, int runs) throws IOException, InterruptedException {
		List<Run> result = new ArrayList<>();
		for (int i = 0; i < runs + 1; i++) {
			Run run = once(root, folder);
			if (i > 0) {
				result.add(run);
			}
		}
		return result;
	}

	/** One run after a first one that is not counted (it makes the launcher's class archive). */
	private static Run once(Path root, Path folder) throws IOException, InterruptedException {
		String load = Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
		Path report = Files.createTempFile("wpo-time-", ".txt");
		List<String> command = new ArrayList<>(List.of(TIME.toString(), "-o", report.toString(), "-f", "%e %U %S %M",
				root.resolve("wpo").toString(), "check"));
		if (folder != null) {
			command.add(folder.toString());
		}
		Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("./wpo check " + (folder == null ? "" : folder) + " failed");
		}
		List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
		String[] f = lines.get(lines.size() - 1).trim().split(" ");
		Files.delete(report);
		return new Run(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
				Long.parseLong(f[3]), load);
	}

	private static String row(String model, List<Run> runs) {
		Run median = runs.stream().sorted(Comparator.comparingDouble(Run::wall)).toList().get(runs.size() / 2);
		double minWall = runs.stream().mapToDouble(Run::wall).min().orElseThrow();
		double maxWall = runs.stream().mapToDouble(Run::wall).max().orElseThrow();
		long peak = runs.stream().mapToLong(Run::peakKib).max().orElseThrow();
		return String.format("| %s | %.2f s (%.2f – %.2f) | %.2f s | %,d MiB | %s | %d |", model, median.wall(), minWall,
				maxWall, median.cpu(), peak / 1024, String.join(" / ", runs.stream().map(Run::load).toList()),
				runs.size());
	}

	private static String section(List<String> rows) throws IOException {
		return HEADING + "\n\nWritten by `benchmarks/run` (org.wpo.benchmarks.WholeProcessRuns) on "
				+ java.time.LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ". Each run is `/usr/bin/time ./wpo check [FOLDER]`: the"
				+ " launcher with the flags it chooses for the model's size, after one run that is not counted."
				+ " Wall time is the median with its range; CPU time (user + system) is that of the median run;"
				+ " peak RSS the largest of the runs; the 1-minute load average before each run.\n\n"
				+ "| model | wall | CPU | peak RSS | load before | runs |\n| --- | --- | --- | --- | --- | --- |\n"
				+ String.join("\n", rows) + "\n";
	}

	private static long fileCount(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			return files.filter(p -> p.toString().endsWith(".wpo")).count();
		}
	}

	private static long bytes(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			return files.filter(p -> p.toString().endsWith(".wpo")).mapToLong(p -> p.toFile().length()).sum();
		}
	}
}
