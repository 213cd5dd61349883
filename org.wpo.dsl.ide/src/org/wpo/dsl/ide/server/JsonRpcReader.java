package org.wpo.dsl.ide.server;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.stream.Collectors;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.wpo.dsl.ide.server.FrameReader.Frame;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads the client's messages (framed by {@link FrameReader}) in place of LSP4J's reader, which only
 * logged a message it could not read, with a stack trace, and never answered it. Here each one is
 * answered as JSON-RPC 2.0 asks, logged as one line, and reading goes on:
 * <ul>
 * <li>-32700 (parse error) for a body that is not JSON, a header block without a usable
 * Content-Length, bytes outside any message, and a message followed by bytes its Content-Length
 * counted (they are read again as the next message);</li>
 * <li>-32600 (invalid request) for JSON that is no request, notification or response;</li>
 * <li>-32602 (invalid params) for a request whose params do not fit its method ({@link ParamsCheck});
 * such a notification is only logged, since notifications get no answer.</li>
 * </ul>
 * The answer carries the request's id when it could be read, else null.
 */
final class JsonRpcReader implements MessageProducer, Closeable {

	private static final Logger LOG = Logger.getLogger(JsonRpcReader.class);

	private final FrameReader frames;

	private final MessageJsonHandler json;

	private final MessageIssueHandler issueHandler;

	private final MessageConsumer toClient;

	private final ParamsCheck params;

	private volatile boolean keepRunning;

	/** A problem was answered and no message read since: bytes skipped now belong to that problem. */
	private boolean recovering;

	/**
	 * @param issueHandler handles problems of the client's responses (LSP4J's remote endpoint)
	 * @param toClient     the stream of messages to the client, shared with the remote endpoint
	 */
	JsonRpcReader(InputStream input, MessageJsonHandler json, MessageIssueHandler issueHandler,
			MessageConsumer toClient) {
		this.frames = new FrameReader(input);
		this.json = json;
		this.issueHandler = issueHandler;
		this.toClient = toClient;
		this.params = new ParamsCheck(json);
	}

	@Override
	public void listen(MessageConsumer callback) {
		keepRunning = true;
		try {
			while (keepRunning) {
				Frame frame = frames.next();
				if (frame == null) {
					return;
				}
				if (frame.skipped() > 0 && !recovering) {
					reject(null, ResponseErrorCode.ParseError,
							frame.skipped() + " bytes before the next Content-Length header are no message");
				}
				if (frame.problem() != null) {
					reject(null, ResponseErrorCode.ParseError, frame.problem());
				} else {
					read(frame, callback);
				}
			}
		} catch (IOException e) {
			if (keepRunning && !JsonRpcException.indicatesStreamClosed(e)) {
				throw new JsonRpcException(e);
			}
		} finally {
			keepRunning = false;
		}
	}

	@Override
	public void close() {
		keepRunning = false;
	}

	private void read(Frame frame, MessageConsumer callback) {
		byte[] body = frame.body();
		Charset charset;
		try {
			charset = Charset.forName(frame.charset());
		} catch (IllegalArgumentException e) {
			reject(null, ResponseErrorCode.ParseError, "unknown charset '" + frame.charset() + "'");
			return;
		}
		String content = new String(body, charset);
		Message message;
		try {
			message = json.parseMessage(content);
		} catch (RuntimeException e) {
			int end = endOfValue(body);
			if (end > 0 && !blank(body, end)) {
				// Content-Length counted bytes of the next message: read them again.
				frames.giveBack(body, end);
				reject(idOf(new String(body, 0, end, charset)), ResponseErrorCode.ParseError, "Content-Length "
						+ body.length + " is larger than the message (" + end + " bytes); the rest is read as the next message");
			} else {
				unreadable(e, content);
			}
			return;
		}
		if (message == null) {
			// Gson reads both "null" and an empty body as null.
			if (isJson(content)) {
				reject(null, ResponseErrorCode.InvalidRequest, "null is no JSON-RPC message");
			} else {
				reject(null, ResponseErrorCode.ParseError, "the message is empty");
			}
			return;
		}
		if (message instanceof RequestMessage request) {
			String problem = params.problem(request.getMethod(), request.getParams());
			if (problem != null) {
				reject(request.getRawId(), ResponseErrorCode.InvalidParams,
						"invalid params of '" + request.getMethod() + "': " + problem);
				return;
			}
		} else if (message instanceof NotificationMessage notification) {
			String problem = params.problem(notification.getMethod(), notification.getParams());
			if (problem != null) {
				LOG.warn("ignored the notification '" + notification.getMethod() + "': " + problem);
				return;
			}
		}
		recovering = false;
		try {
			callback.consume(message);
		} catch (MessageIssueException e) {
			issueHandler.handle(e.getRpcMessage(), e.getIssues());
		} catch (RuntimeException e) {
			if (e instanceof JsonRpcException && JsonRpcException.indicatesStreamClosed(e)) {
				throw e;
			}
			LOG.error("handling a message failed: " + e);
		}
	}

	/** Answers a body LSP4J could not turn into a message, or one with a problem in its params. */
	private void unreadable(RuntimeException failure, String content) {
		if (failure instanceof MessageIssueException issue) {
			Message message = issue.getRpcMessage();
			String detail = describe(issue);
			if (message instanceof RequestMessage request) {
				if (isJson(content)) {
					reject(request.getRawId(), ResponseErrorCode.InvalidParams,
							"invalid params of '" + request.getMethod() + "': " + detail);
				} else {
					reject(request.getRawId(), ResponseErrorCode.ParseError, "the message is no valid JSON: " + detail);
				}
			} else if (message instanceof NotificationMessage notification) {
				LOG.warn("ignored the notification '" + notification.getMethod() + "': " + detail);
			} else {
				issueHandler.handle(message, issue.getIssues());
			}
		} else if (isJson(content)) {
			reject(null, ResponseErrorCode.InvalidRequest,
					"no JSON-RPC request, notification or response: " + FrameReader.abbreviate(content));
		} else {
			reject(null, ResponseErrorCode.ParseError, "the message is no valid JSON: " + message(failure));
		}
	}

	/** Sends the client an error answer and logs it as one line. */
	private void reject(Either<String, Number> id, ResponseErrorCode code, String text) {
		LOG.warn("rejected a message (" + code.getValue() + "): " + text);
		ResponseMessage answer = new ResponseMessage();
		answer.setJsonrpc("2.0");
		answer.setRawId(id);
		answer.setError(new ResponseError(code, text, null));
		toClient.consume(answer);
		recovering = true;
	}

	private static String describe(MessageIssueException exception) {
		return exception.getIssues().stream().map(issue -> issue.getCause() == null ? issue.getText()
				: message(issue.getCause())).collect(Collectors.joining("; "));
	}

	/** The exception's own message, without Gson's pointer to its troubleshooting page. */
	private static String message(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() != null
				&& cause.getMessage().startsWith(cause.getCause().getClass().getName())) {
			cause = cause.getCause();
		}
		String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return FrameReader.abbreviate(text.replaceAll("\\s*See https://github.com/google/gson/\\S*", ""));
	}

	/** The id of the request that the JSON text holds, or null. */
	private Either<String, Number> idOf(String content) {
		try {
			Message message = json.parseMessage(content);
			return message instanceof RequestMessage request ? request.getRawId() : null;
		} catch (RuntimeException e) {
			return e instanceof MessageIssueException issue && issue.getRpcMessage() instanceof RequestMessage request
					? request.getRawId()
					: null;
		}
	}

	private static boolean blank(byte[] body, int from) {
		for (int i = from; i < body.length; i++) {
			if (!Character.isWhitespace(body[i])) {
				return false;
			}
		}
		return true;
	}

	/** Whether the text is exactly one JSON value (Gson's strict reading). */
	static boolean isJson(String content) {
		try {
			JsonReader reader = new JsonReader(new StringReader(content));
			reader.skipValue();
			return reader.peek() == JsonToken.END_DOCUMENT;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/**
	 * Where the JSON object or array that starts the body ends (the index after its closing bracket), or
	 * -1 if the body does not start with a complete one. Bytes are enough: in UTF-8 no byte of a
	 * multi-byte character looks like a bracket, quote or backslash.
	 */
	static int endOfValue(byte[] body) {
		int depth = 0;
		boolean inString = false;
		for (int i = 0; i < body.length; i++) {
			byte b = body[i];
			if (inString) {
				if (b == '\\') {
					i++;
				} else if (b == '"') {
					inString = false;
				}
			} else if (b == '"') {
				inString = depth > 0;
				if (depth == 0) {
					return -1;
				}
			} else if (b == '{' || b == '[') {
				depth++;
			} else if (b == '}' || b == ']') {
				depth--;
				if (depth == 0) {
					return i + 1;
				}
				if (depth < 0) {
					return -1;
				}
			} else if (depth == 0 && !Character.isWhitespace(b)) {
				return -1;
			}
		}
		return -1;
	}
}
