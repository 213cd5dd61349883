package org.wpo.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.wpo.dsl.WpoStandaloneSetup;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.WorkspaceChecker;

/**
 * Loads, links and validates a synthetic model once in a fresh JVM and prints the time and the peak
 * heap: the sum of the peak usage of every heap pool, and the live heap after a full collection with
 * the model still loaded. Run it with the heap limit under test, such as -Xmx1g.
 */
public final class PeakHeap {

	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(args[0]);
		Path folder = new SyntheticModel(n, 42).writeTo(Files.createTempDirectory("wpo-heap-"));
		WorkspaceChecker checker = new WpoStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(WorkspaceChecker.class);
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
		long start = System.nanoTime();
		CheckResult result = checker.check(List.of(folder.toString()));
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.gc();
		long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf("specifications=%d files=%d errors=%d millis=%d peakHeapMiB=%d liveHeapMiB=%d maxHeapMiB=%d%n",
				n, result.files().size(), result.errors(), millis, peak >> 20, live >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
		if (result.resources().isEmpty()) {
			throw new IllegalStateException("nothing was loaded");
		}
	}
}
