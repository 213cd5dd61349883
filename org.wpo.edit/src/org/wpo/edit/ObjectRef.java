package org.wpo.edit;

import java.nio.file.Path;

/**
 * Names an object of the model in a way that survives reloading the files: by name (what a person or
 * a test writes) or by its place in a file (what a diagram knows of the object it shows).
 */
public sealed interface ObjectRef {

	/** The kinds of named objects. */
	enum Type {
		ELEMENT("specification or technology"), AREA("area"), LAYER("layer"), PRODUCT("product");

		private final String label;

		Type(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** An object by its name, short ({@code MS-RPCE}) or qualified by its model ({@code mswpo::MS-RPCE}). */
	record Named(Type type, String name) implements ObjectRef {
		@Override
		public String toString() {
			return type == Type.ELEMENT ? "'" + name + "'" : type.label() + " '" + name + "'";
		}
	}

	/**
	 * An object by its file and its URI fragment in that file, made of names ({@code element:MS-RPCE}, see org.wpo.dsl's WpoFragmentProvider); when
	 * {@code name} is given, the object there must still have that name (the diagram may be older
	 * than the file).
	 */
	record Located(Path file, String fragment, String name) implements ObjectRef {
		@Override
		public String toString() {
			return name != null ? "'" + name + "'" : file.getFileName() + "#" + fragment;
		}
	}

	/** A file itself: the top level of the model it holds. */
	record File(Path file) implements ObjectRef {
		@Override
		public String toString() {
			return "file " + file.getFileName();
		}
	}

	static ObjectRef element(String name) {
		return new Named(Type.ELEMENT, name);
	}

	static ObjectRef area(String name) {
		return new Named(Type.AREA, name);
	}

	static ObjectRef layer(String name) {
		return new Named(Type.LAYER, name);
	}

	static ObjectRef file(Path file) {
		return new File(file);
	}

	static ObjectRef at(Path file, String fragment) {
		return new Located(file, fragment, null);
	}
}
