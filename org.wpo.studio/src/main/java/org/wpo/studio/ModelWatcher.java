package org.wpo.studio;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * Watches the model's folders (and the folders below them) for files changed by other programs: a
 * git checkout, another editor. After a short quiet time it asks the studio to compare the files
 * with the texts it last saw, which reloads and tells the clients when something really changed.
 */
final class ModelWatcher implements AutoCloseable {

	/** Events closer together than this are one change (an editor writes, renames, touches). */
	private static final long QUIET_MILLIS = 150;

	private final Studio studio;

	private final WatchService service;

	private final Thread thread;

	ModelWatcher(Studio studio) throws IOException {
		this.studio = studio;
		this.service = FileSystems.getDefault().newWatchService();
		for (Path folder : studio.folders().folders()) {
			registerTree(folder);
		}
		this.thread = new Thread(this::run, "wpo-studio-watcher");
		thread.setDaemon(true);
		thread.start();
	}

	private void registerTree(Path folder) throws IOException {
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
				if (!dir.equals(folder) && (name.startsWith(".") || name.equals("target") || name.equals("node_modules"))) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
						StandardWatchEventKinds.ENTRY_MODIFY);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private void run() {
		try {
			while (true) {
				WatchKey key = service.take();
				// Gather what follows closely, then look once.
				do {
					Path dir = (Path) key.watchable();
					for (WatchEvent<?> event : key.pollEvents()) {
						if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
								&& Files.isDirectory(dir.resolve(name))) {
							try {
								registerTree(dir.resolve(name));
							} catch (IOException e) {
								// A folder gone again: nothing to watch.
							}
						}
					}
					key.reset();
					key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
				} while (key != null);
				studio.later(studio::checkDisk);
			}
		} catch (InterruptedException | ClosedWatchServiceException e) {
			// Stopped.
		}
	}

	@Override
	public void close() throws IOException {
		service.close();
		thread.interrupt();
	}
}
