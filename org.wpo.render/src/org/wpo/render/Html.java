package org.wpo.render;

/** Builds one HTML page: markup is appended as is, text always escaped. */
final class Html {

	private final StringBuilder out = new StringBuilder(16 * 1024);

	Html raw(String markup) {
		out.append(markup);
		return this;
	}

	/** Model or other text, escaped; null appends nothing. */
	Html text(String text) {
		if (text != null) {
			out.append(Svg.escape(text));
		}
		return this;
	}

	/** A link to a page of the site (or plain text when there is none). */
	Html link(String href, String text) {
		if (href == null) {
			return text(text);
		}
		return raw("<a href=\"").text(href).raw("\">").text(text).raw("</a>");
	}

	String end() {
		out.append("</main>\n<footer>Made by WPO Studio from the model; open it from any folder, nothing is loaded "
				+ "from the network.</footer>\n</body>\n</html>\n");
		return out.toString();
	}
}
