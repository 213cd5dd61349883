package org.wpo.studio;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

import com.google.gson.JsonObject;

/**
 * One WebSocket connection to {@code /studio}: passes each text frame to the studio and sends its
 * answers and broadcasts, in order. A connection that goes away mid-edit changes nothing: the edit
 * runs to its end on the studio's worker and its answer is dropped. Public only because Jetty calls
 * its listener methods reflectively.
 */
public final class StudioEndpoint implements Session.Listener.AutoDemanding, Studio.Client {

	private final Studio studio;

	private volatile Session session;

	private volatile Studio.View view;

	StudioEndpoint(Studio studio) {
		this.studio = studio;
	}

	@Override
	public void onWebSocketOpen(Session opened) {
		session = opened;
		studio.connect(this);
	}

	@Override
	public void onWebSocketText(String message) {
		studio.receive(this, message);
	}

	@Override
	public void onWebSocketClose(int statusCode, String reason, Callback callback) {
		studio.disconnect(this);
		callback.succeed();
	}

	@Override
	public void onWebSocketError(Throwable cause) {
		studio.disconnect(this);
	}

	@Override
	public void send(JsonObject message) {
		Session current = session;
		if (current != null && current.isOpen()) {
			synchronized (this) {
				current.sendText(message.toString(), Callback.NOOP);
			}
		}
	}

	@Override
	public Studio.View view() {
		return view;
	}

	@Override
	public void view(Studio.View shown) {
		view = shown;
	}
}
