package org.wpo.studio;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** Reading the fields of the studio's JSON messages, with one clear sentence for a wrong one. */
final class Messages {

	private Messages() {
	}

	/**
	 * A string field.
	 *
	 * @throws IllegalArgumentException when it is required and missing, or not a string
	 */
	static String string(JsonObject message, String field, boolean required) {
		JsonElement value = message.get(field);
		if (value == null || value.isJsonNull()) {
			if (required) {
				throw new IllegalArgumentException("missing field '" + field + "'");
			}
			return null;
		}
		if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
			throw new IllegalArgumentException("field '" + field + "' must be a string");
		}
		return primitive.getAsString();
	}

	static double number(JsonObject message, String field) {
		JsonElement value = message.get(field);
		if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
			throw new IllegalArgumentException("field '" + field + "' must be a number");
		}
		double number = primitive.getAsDouble();
		if (!Double.isFinite(number)) {
			throw new IllegalArgumentException("field '" + field + "' must be a finite number");
		}
		return number;
	}

	static boolean flag(JsonObject message, String field) {
		JsonElement value = message.get(field);
		if (value == null || value.isJsonNull()) {
			return false;
		}
		if (!(value instanceof JsonPrimitive primitive) || !primitive.isBoolean()) {
			throw new IllegalArgumentException("field '" + field + "' must be true or false");
		}
		return primitive.getAsBoolean();
	}
}
