package org.wpo.tests.viewpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * A parser for the expressions a viewpoint may use: {@code feature:NAME}, {@code var:NAME},
 * {@code service:NAME} and this subset of AQL:
 *
 * <pre>
 * expr    := or
 * or      := and ('or' and)*
 * and     := not ('and' not)*
 * not     := 'not' not | compare
 * compare := sum (('=' | '&lt;&gt;') sum)?
 * sum     := postfix ('+' postfix)*
 * postfix := primary ('.' NAME ('(' args ')')?)*
 * primary := NAME | NAME '::' NAME ('::' NAME)? | 'string' | INT | 'true' | 'false' | '(' expr ')'
 * </pre>
 *
 * An expression outside the subset is an error, so that every expression of the viewpoint is checked
 * and none slips through as "not understood".
 */
final class AqlSubset {

	sealed interface Node {
	}

	/** A variable: self, container, source, ... */
	record Var(String name) implements Node {
	}

	/** {@code wpo::Specification} (a type) or {@code wpo::SpecKind::STANDARD} (an enumeration literal). */
	record Qualified(List<String> segments) implements Node {
	}

	record Literal(Object value) implements Node {
	}

	/** {@code receiver.name}: a feature of the receiver's class. */
	record Navigation(Node receiver, String name) implements Node {
	}

	/** {@code receiver.name(arguments)}: a service called on the receiver. */
	record Call(Node receiver, String name, List<Node> arguments) implements Node {
	}

	record Binary(String operator, Node left, Node right) implements Node {
	}

	record Not(Node operand) implements Node {
	}

	static final class SyntaxError extends Exception {
		private static final long serialVersionUID = 1L;

		SyntaxError(String message) {
			super(message);
		}
	}

	private final List<String> tokens;
	private int at;

	private AqlSubset(List<String> tokens) {
		this.tokens = tokens;
	}

	static Node parse(String text) throws SyntaxError {
		AqlSubset parser = new AqlSubset(tokenize(text));
		Node node = parser.or();
		if (parser.at < parser.tokens.size()) {
			throw new SyntaxError("unexpected '" + parser.tokens.get(parser.at) + "'");
		}
		return node;
	}

	private static List<String> tokenize(String text) throws SyntaxError {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '\'') {
				int end = text.indexOf('\'', i + 1);
				if (end < 0) {
					throw new SyntaxError("unterminated string");
				}
				tokens.add(text.substring(i, end + 1));
				i = end + 1;
			} else if (Character.isJavaIdentifierStart(c)) {
				int end = i;
				while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
					end++;
				}
				tokens.add(text.substring(i, end));
				i = end;
			} else if (Character.isDigit(c)) {
				int end = i;
				while (end < text.length() && Character.isDigit(text.charAt(end))) {
					end++;
				}
				tokens.add(text.substring(i, end));
				i = end;
			} else if (text.startsWith("::", i) || text.startsWith("<>", i) || text.startsWith("->", i)) {
				tokens.add(text.substring(i, i + 2));
				i += 2;
			} else if ("().,=+".indexOf(c) >= 0) {
				tokens.add(String.valueOf(c));
				i++;
			} else {
				throw new SyntaxError("'" + c + "' is outside the checked subset of AQL");
			}
		}
		return tokens;
	}

	private String peek() {
		return at < tokens.size() ? tokens.get(at) : null;
	}

	private boolean accept(String token) {
		if (token.equals(peek())) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(String token) throws SyntaxError {
		if (!accept(token)) {
			throw new SyntaxError("expected '" + token + "' but found " + (peek() == null ? "the end" : "'" + peek() + "'"));
		}
	}

	private Node or() throws SyntaxError {
		Node node = and();
		while (accept("or")) {
			node = new Binary("or", node, and());
		}
		return node;
	}

	private Node and() throws SyntaxError {
		Node node = not();
		while (accept("and")) {
			node = new Binary("and", node, not());
		}
		return node;
	}

	private Node not() throws SyntaxError {
		if (accept("not")) {
			return new Not(not());
		}
		Node left = sum();
		if (accept("=")) {
			return new Binary("=", left, sum());
		}
		if (accept("<>")) {
			return new Binary("<>", left, sum());
		}
		return left;
	}

	private Node sum() throws SyntaxError {
		Node node = postfix();
		while (accept("+")) {
			node = new Binary("+", node, postfix());
		}
		return node;
	}

	private Node postfix() throws SyntaxError {
		Node node = primary();
		while (true) {
			if (accept(".")) {
				String name = name();
				if (accept("(")) {
					List<Node> arguments = new ArrayList<>();
					if (!accept(")")) {
						do {
							arguments.add(or());
						} while (accept(","));
						expect(")");
					}
					node = new Call(node, name, arguments);
				} else {
					node = new Navigation(node, name);
				}
			} else if ("->".equals(peek())) {
				throw new SyntaxError("collection operations (->) are outside the checked subset of AQL");
			} else {
				return node;
			}
		}
	}

	private String name() throws SyntaxError {
		String token = peek();
		if (token == null || !Character.isJavaIdentifierStart(token.charAt(0))) {
			throw new SyntaxError("expected a name but found " + (token == null ? "the end" : "'" + token + "'"));
		}
		at++;
		return token;
	}

	private Node primary() throws SyntaxError {
		String token = peek();
		if (token == null) {
			throw new SyntaxError("unexpected end of expression");
		}
		if (accept("(")) {
			Node node = or();
			expect(")");
			return node;
		}
		if (token.startsWith("'")) {
			at++;
			return new Literal(token.substring(1, token.length() - 1));
		}
		if (Character.isDigit(token.charAt(0))) {
			at++;
			return new Literal(Integer.valueOf(token));
		}
		if (accept("true")) {
			return new Literal(Boolean.TRUE);
		}
		if (accept("false")) {
			return new Literal(Boolean.FALSE);
		}
		String name = name();
		if (accept("::")) {
			List<String> segments = new ArrayList<>(List.of(name, name()));
			if (accept("::")) {
				segments.add(name());
			}
			return new Qualified(segments);
		}
		return new Var(name);
	}
}
