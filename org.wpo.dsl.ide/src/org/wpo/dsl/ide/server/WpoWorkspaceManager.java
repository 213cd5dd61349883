package org.wpo.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Singleton;

/**
 * Xtext's workspace manager with two changes for clients that send what they should not:
 * <ul>
 * <li>documents clamp positions into their text ({@link ClampedDocument}), so an edit with a range
 * outside the text is applied where an editor would apply it instead of being lost;</li>
 * <li>a request about a document that is neither open nor a file of the workspace is answered with
 * an InvalidParams error naming the URI (Xtext let EMF fail with FileNotFoundException, an internal
 * error with a stack trace, and left a broken resource in the resource set).</li>
 * </ul>
 */
@Singleton
public class WpoWorkspaceManager extends WorkspaceManager {

	@Override
	public BuildManager.Buildable didOpen(URI uri, Integer version, String contents) {
		BuildManager.Buildable buildable = super.didOpen(uri, version, contents);
		// The build runs later, so it reads this document.
		getOpenDocuments().put(uri, new ClampedDocument(uri.toString(), version, contents));
		return buildable;
	}

	@Override
	protected Document getDocument(XtextResource resource) {
		Document document = super.getDocument(resource);
		return document instanceof ClampedDocument ? document
				: new ClampedDocument(resource.getURI().toString(), document.getVersion(), document.getContents());
	}

	@Override
	public <T> T doRead(URI uri, Function2<? super Document, ? super XtextResource, ? extends T> work) {
		URI resource = uri.trimFragment();
		if (!isDocumentOpen(resource) && !exists(resource)) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					"Unknown document " + uri + ": it is not open and is no file of the workspace.", null));
		}
		return super.doRead(uri, work);
	}
}
