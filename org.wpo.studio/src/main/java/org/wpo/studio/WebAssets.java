package org.wpo.studio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The page and its assets, read from the classpath ({@code org/wpo/studio/web/}, where the client's
 * build puts them), and {@code GET /config}. The token is written into index.html: every
 * {@code __WPO_TOKEN__} is replaced and a {@code <meta name="wpo-token">} is added. Only the names
 * listed here are served; nothing is read from the file system.
 */
final class WebAssets extends Handler.Abstract {

	static final String FOLDER = "/org/wpo/studio/web/";

	private static final Map<String, String> TYPES = Map.of("index.html", "text/html; charset=utf-8", "app.js",
			"text/javascript; charset=utf-8", "app.css", "text/css; charset=utf-8");

	private final String token;

	private final Supplier<String> config;

	/** @param config the JSON of {@code GET /config}, computed at each request */
	WebAssets(String token, Supplier<String> config) {
		this.token = token;
		this.config = config;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
			Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
			return true;
		}
		String path = Request.getPathInContext(request);
		String name = path.equals("/") ? "index.html" : path.substring(1);
		byte[] body;
		String type;
		if (name.equals("config")) {
			body = config.get().getBytes(StandardCharsets.UTF_8);
			type = "application/json; charset=utf-8";
		} else if (TYPES.containsKey(name)) {
			body = read(name);
			if (body == null) {
				Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404,
						"the page was not built into this jar (" + name + " is missing)");
				return true;
			}
			if (name.equals("index.html")) {
				body = withToken(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
			}
			type = TYPES.get(name);
		} else {
			Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
			return true;
		}
		response.setStatus(HttpStatus.OK_200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
		response.getHeaders().put("X-Content-Type-Options", "nosniff");
		response.getHeaders().put("Referrer-Policy", "no-referrer");
		response.getHeaders().put("X-Frame-Options", "DENY");
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
		response.write(true, HttpMethod.HEAD.is(request.getMethod()) ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body),
				callback);
		return true;
	}

	String withToken(String html) {
		String page = html.replace("__WPO_TOKEN__", token);
		String meta = "<meta name=\"wpo-token\" content=\"" + token + "\">";
		int head = page.indexOf("</head>");
		return head < 0 ? meta + page : page.substring(0, head) + meta + page.substring(head);
	}

	private static byte[] read(String name) throws IOException {
		try (InputStream in = WebAssets.class.getResourceAsStream(FOLDER + name)) {
			return in == null ? null : in.readAllBytes();
		}
	}
}
