package org.wpo.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.wpo.dsl.WpoStandaloneSetup;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.WorkspaceChecker;

/** A one-shot timing of load, link and validate, for profiling; the benchmark suite is WpoBenchmarks. */
public final class QuickTiming {

	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(args[0]);
		Path folder = new SyntheticModel(n, 42).writeTo(Files.createTempDirectory("wpo-synthetic-"));
		WorkspaceChecker checker = new WpoStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(WorkspaceChecker.class);
		for (int run = 0; run < (args.length > 1 ? Integer.parseInt(args[1]) : 1); run++) {
			long start = System.nanoTime();
			CheckResult result = checker.check(List.of(folder.toString()));
			long ms = (System.nanoTime() - start) / 1_000_000;
			System.out.println("n=" + n + " files=" + result.files().size() + " errors=" + result.errors()
					+ " warnings=" + result.warnings() + " time=" + ms + " ms");
		}
	}
}
