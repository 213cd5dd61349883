package org.wpo.dsl.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * Reads, decodes and parses .wpo files on every available processor. Files are independent until
 * they are linked, so each is parsed into a resource of its own, outside any resource set (which is
 * not thread-safe); the caller adds the results to its resource set in the order of the files, so
 * the outcome does not depend on which thread finished first.
 */
final class ParallelParser {

	private static final String ENCODING = "UTF-8";

	/** One file's outcome: its decoded text's problems and, when it could be parsed, its resource. */
	record Parsed(SourceFile file, List<WpoDiagnostic> problems, Resource resource) {
	}

	private final IResourceFactory resourceFactory;

	ParallelParser(IResourceFactory resourceFactory) {
		this.resourceFactory = resourceFactory;
	}

	/** Parses every file and returns the outcomes in the order of {@code files}. */
	List<Parsed> parse(List<SourceFile> files, Progress progress) throws InputProblemException {
		int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
		List<Parsed> parsed = new ArrayList<>(files.size());
		if (threads <= 1) {
			for (SourceFile file : files) {
				progress.step("loaded", parsed.size(), files.size());
				parsed.add(parse(file));
			}
			progress.step("loaded", parsed.size(), files.size());
			return parsed;
		}
		AtomicInteger counter = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "wpo-parser-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Parsed>> futures = new ArrayList<>(files.size());
			for (SourceFile file : files) {
				futures.add(pool.submit(() -> parse(file)));
			}
			for (Future<Parsed> future : futures) {
				progress.step("loaded", parsed.size(), files.size());
				parsed.add(outcome(future));
			}
			progress.step("loaded", parsed.size(), files.size());
			return parsed;
		} finally {
			pool.shutdownNow();
		}
	}

	private static Parsed outcome(Future<Parsed> future) throws InputProblemException {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while parsing", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof InputProblemException problem) {
				throw problem;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private Parsed parse(SourceFile file) throws InputProblemException {
		SourceText source = SourceText.decode(file.displayPath(), read(file));
		return new Parsed(file, source.problems(), source.parseable() ? load(file, source.text()) : null);
	}

	private static byte[] read(SourceFile file) throws InputProblemException {
		try {
			return Files.readAllBytes(file.path());
		} catch (IOException e) {
			throw new InputProblemException(
					"cannot read file: " + file.displayPath() + " (" + SourceFileCollector.reason(e) + ")", e);
		}
	}

	private Resource load(SourceFile file, String text) throws InputProblemException {
		URI uri = URI.createFileURI(file.path().toAbsolutePath().normalize().toString());
		// The language's own factory: it does not depend on a global registry having been filled.
		Resource resource = resourceFactory.createResource(uri);
		try {
			resource.load(new LazyStringInputStream(text, ENCODING), Map.of(XtextResource.OPTION_ENCODING, ENCODING));
		} catch (IOException e) {
			throw new InputProblemException(
					"cannot load file: " + file.displayPath() + " (" + SourceFileCollector.reason(e) + ")", e);
		}
		return resource;
	}
}
