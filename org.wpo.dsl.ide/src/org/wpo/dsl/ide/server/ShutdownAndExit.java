package org.wpo.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

import com.google.inject.Singleton;

/**
 * Records the {@code shutdown} request and the {@code exit} notification instead of ending the
 * process, so that whoever started the server decides how to end: with status 0 when the client
 * asked for shutdown before exit, 1 otherwise (as the protocol asks).
 */
@Singleton
public class ShutdownAndExit implements ILanguageServerShutdownAndExitHandler {

	private volatile boolean shutdownRequested;

	private volatile boolean exitReceived;

	private final CompletableFuture<Integer> exitStatus = new CompletableFuture<>();

	@Override
	public void shutdown() {
		shutdownRequested = true;
	}

	@Override
	public void exit() {
		exitReceived = true;
		exitStatus.complete(shutdownRequested ? 0 : 1);
	}

	public boolean shutdownRequested() {
		return shutdownRequested;
	}

	/** Whether the client sent {@code exit} (rather than only closing the connection). */
	public boolean exitReceived() {
		return exitReceived;
	}

	/** Completes with the exit status when the client sends {@code exit}. */
	public CompletableFuture<Integer> exitStatus() {
		return exitStatus;
	}
}
