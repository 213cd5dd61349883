package org.wpo.dsl.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.xtext.ide.server.concurrent.AbstractRequestManager;
import org.eclipse.xtext.ide.server.concurrent.ReadRequest;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function1;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's request manager, except that a read request ending in a {@link ResponseErrorException} is
 * not logged as an error with its stack trace: such an exception is the answer to the client (an
 * unknown document, a name of the built-in model that cannot be renamed), not a failure of the
 * server. The client gets the error either way.
 */
@Singleton
public class WpoRequestManager extends RequestManager {

	@Inject
	public WpoRequestManager(ExecutorService parallel, OperationCanceledManager operationCanceledManager) {
		super(parallel, operationCanceledManager);
	}

	@Override
	public synchronized <V> CompletableFuture<V> runRead(Function1<? super CancelIndicator, ? extends V> cancellable) {
		return submit(new AnsweringReadRequest<>(this, cancellable, getParallelExecutorService()));
	}

	private static final class AnsweringReadRequest<V> extends ReadRequest<V> {

		AnsweringReadRequest(AbstractRequestManager requestManager,
				Function1<? super CancelIndicator, ? extends V> readOperation, ExecutorService executor) {
			super(requestManager, readOperation, executor);
		}

		@Override
		protected void logAndCompleteExceptionally(Throwable t) {
			Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
			if (cause instanceof ResponseErrorException) {
				get().completeExceptionally(cause);
			} else {
				super.logAndCompleteExceptionally(t);
			}
		}
	}
}
