package org.wpo.render;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a task on a thread with a large stack. ELK's network simplex placement walks the graph
 * recursively, one frame per node on a path, which overflows an ordinary thread's stack on layer
 * stacks of a few thousand elements.
 */
final class DeepStack {

	/** Stack size of the layout thread; reserved, not committed, until the recursion needs it. */
	static final long STACK_BYTES = 512L << 20;

	private DeepStack() {
	}

	static void run(Runnable task) {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				task.run();
			} catch (Throwable e) {
				failure.set(e);
			}
		}, "wpo-layout", STACK_BYTES);
		thread.start();
		try {
			thread.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("the layout was interrupted", e);
		}
		Throwable e = failure.get();
		if (e instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (e instanceof Error error) {
			throw error;
		}
		if (e != null) {
			throw new IllegalStateException(e);
		}
	}
}
