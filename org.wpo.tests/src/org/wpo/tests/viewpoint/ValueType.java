package org.wpo.tests.viewpoint;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** A type an expression has: a class (of WPO or Sirius) or a Java value type, one or many. */
record ValueType(EClass eClass, Class<?> java, boolean many) {

	static final ValueType BOOLEAN = value(Boolean.class);
	static final ValueType STRING = value(String.class);

	static ValueType of(EClass eClass) {
		return new ValueType(eClass, null, false);
	}

	static ValueType value(Class<?> java) {
		return new ValueType(null, java, false);
	}

	Class<?> javaType() {
		if (eClass != null) {
			Class<?> instance = eClass.getInstanceClass();
			return instance == null ? EObject.class : instance;
		}
		return java;
	}

	@Override
	public String toString() {
		String name = eClass != null ? eClass.getName() : java.getSimpleName();
		return many ? "collection of " + name : name;
	}
}
