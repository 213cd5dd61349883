package org.wpo.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets each property's tries from the build's budget and records what ran. A property marked
 * {@link Cost} runs the default tries ({@code jqwik.tries.default}, passed on as the system property
 * {@code wpo.tries}) divided by its cost, so that the fuzz profile spends its time evenly. With the
 * system property {@code wpo.seed} set, every property runs from that seed. Each property's tries,
 * checks, seconds and seed are printed and appended to {@code wpo.counts} (target/robustness-counts.txt).
 */
public class Budget implements AroundPropertyHook {

	/** How many times more one try costs than a try of a cheap property. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	public @interface Cost {
		int value();
	}

	static int defaultTries() {
		return Integer.getInteger("wpo.tries", 100);
	}

	@Override
	public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
		context.findAnnotation(Cost.class)
				.ifPresent(cost -> context.attributes().setTries(Math.max(10, defaultTries() / cost.value())));
		String seed = System.getProperty("wpo.seed", "");
		if (!seed.isBlank()) {
			context.attributes().setSeed(seed.strip());
		}
		long start = System.nanoTime();
		PropertyExecutionResult result = property.execute();
		double seconds = (System.nanoTime() - start) / 1e9;
		String line = String.format(java.util.Locale.ROOT, "%s.%s tries=%d checks=%d seconds=%.1f seed=%s status=%s",
				context.containerClass().getSimpleName(), context.targetMethod().getName(), result.countTries(),
				result.countChecks(), seconds, result.seed().orElse("?"), result.status());
		System.out.println("[robustness] " + line);
		String file = System.getProperty("wpo.counts");
		if (file != null && !file.isBlank()) {
			try {
				Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
				Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return result;
	}

	@Override
	public int aroundPropertyProximity() {
		// Outside jqwik's own hooks, so that the tries set here are the ones that run.
		return -100;
	}
}
