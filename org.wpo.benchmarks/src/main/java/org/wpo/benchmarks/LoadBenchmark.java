package org.wpo.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.wpo.dsl.WpoStandaloneSetup;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.WorkspaceChecker;

/** Load, link and validate a synthetic model of N specifications in N/100 files, from the files. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {

	@Param({ "1000", "10000", "100000" })
	public int specifications;

	private Path folder;
	private WorkspaceChecker checker;

	@Setup(Level.Trial)
	public void generate() throws Exception {
		folder = new SyntheticModel(specifications, 42).writeTo(Files.createTempDirectory("wpo-bench-"));
		checker = new WpoStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(WorkspaceChecker.class);
	}

	@Benchmark
	public CheckResult loadLinkValidate() throws Exception {
		CheckResult result = checker.check(List.of(folder.toString()));
		if (result.errors() > 0) {
			throw new IllegalStateException("the synthetic model has errors: " + result.diagnostics().get(0).format());
		}
		return result;
	}
}
