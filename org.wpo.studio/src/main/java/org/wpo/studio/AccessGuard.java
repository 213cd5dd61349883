package org.wpo.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The studio's front door: every HTTP request and WebSocket upgrade must carry the studio's token in
 * its query ({@code ?token=T}) and, when it names its origin or host, name the studio's own address.
 * Anything else gets 403 and never reaches a handler: another web site open in the same browser
 * cannot read the page, open a WebSocket (cross-site) or reach the port through a name it controls
 * (DNS rebinding).
 */
final class AccessGuard extends Handler.Wrapper {

	private final String token;

	private volatile int port;

	AccessGuard(String token, Handler handler) {
		super(handler);
		this.token = token;
	}

	/** A new random token: 32 bytes from a strong source, in hexadecimal. */
	static String newToken() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** Called once the port is known: only then can Host and Origin be checked. */
	void setPort(int port) {
		this.port = port;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String refusal = refusal(request);
		if (refusal != null) {
			Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, refusal);
			return true;
		}
		return super.handle(request, response, callback);
	}

	/** Why the request is refused, or null when it may pass. */
	String refusal(Request request) {
		String host = request.getHeaders().get(HttpHeader.HOST);
		if (host == null || !ownHost(host)) {
			return "foreign host";
		}
		String origin = request.getHeaders().get(HttpHeader.ORIGIN);
		if (origin != null && !origin.equals("http://127.0.0.1:" + port) && !origin.equals("http://localhost:" + port)) {
			return "foreign origin";
		}
		Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
		String given = query.getValue("token");
		if (given == null || !sameToken(given)) {
			return "missing or wrong token";
		}
		return null;
	}

	private boolean ownHost(String host) {
		return host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port);
	}

	/** Compares in constant time, so that the answer's timing tells nothing about the token. */
	private boolean sameToken(String given) {
		return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
	}
}
