package org.wpo.tests.viewpoint;

import static org.wpo.tests.viewpoint.ValueType.BOOLEAN;
import static org.wpo.tests.viewpoint.ValueType.STRING;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.wpo.dsl.wpo.WpoPackage;
import org.wpo.tests.viewpoint.AqlSubset.Binary;
import org.wpo.tests.viewpoint.AqlSubset.Call;
import org.wpo.tests.viewpoint.AqlSubset.Literal;
import org.wpo.tests.viewpoint.AqlSubset.Navigation;
import org.wpo.tests.viewpoint.AqlSubset.Node;
import org.wpo.tests.viewpoint.AqlSubset.Not;
import org.wpo.tests.viewpoint.AqlSubset.Qualified;
import org.wpo.tests.viewpoint.AqlSubset.Var;

/**
 * Types the expressions of a viewpoint ({@code feature:}, {@code var:}, {@code service:} and the AQL
 * subset {@link AqlSubset} parses) against the WPO metamodel and the service classes: every feature
 * navigated must exist on the class it is evaluated on, every service called must exist with a
 * matching signature. An expression that does not type is a problem; its type is then null.
 */
final class ExpressionCheck {

	private final List<Class<?>> services;
	private final Problems problems;

	/** @param services the classes whose public methods the viewpoint may call as services */
	ExpressionCheck(List<Class<?>> services, Problems problems) {
		this.services = services;
		this.problems = problems;
	}

	/** Checks an expression attribute, if set; its type, or null when absent or wrong. */
	ValueType expect(EObject owner, String attribute, Map<String, ValueType> variables, ValueType expected) {
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(attribute);
		if (feature == null || !owner.eIsSet(feature)) {
			return null;
		}
		ValueType type = evaluate(owner, attribute, (String) owner.eGet(feature), variables);
		if (type != null && expected != null && !conforms(type, expected)) {
			problems.add(owner, attribute + " gives " + type + ", not " + expected);
		}
		return type;
	}

	private static boolean conforms(ValueType actual, ValueType expected) {
		if (expected.java() != null && actual.java() != null) {
			return expected.java().isAssignableFrom(actual.java()) && actual.many() == expected.many();
		}
		return false;
	}

	ValueType evaluate(EObject owner, String attribute, String expression, Map<String, ValueType> variables) {
		if (expression == null) {
			return null;
		}
		String where = attribute + " \"" + expression + "\"";
		try {
			if (expression.startsWith("feature:")) {
				return navigate(variables.get("self"), expression.substring(8));
			}
			if (expression.startsWith("var:")) {
				ValueType variable = variables.get(expression.substring(4));
				if (variable == null) {
					throw new CheckError("no variable '" + expression.substring(4) + "' here");
				}
				return variable;
			}
			if (expression.startsWith("service:")) {
				return call(variables.get("self"), expression.substring(8), List.of());
			}
			if (expression.startsWith("aql:")) {
				return type(AqlSubset.parse(expression.substring(4)), variables);
			}
			if (expression.matches("-?[0-9]+")) {
				return ValueType.value(Integer.class);
			}
			throw new CheckError("not an expression of a checked kind (feature:, var:, service:, aql:)");
		} catch (AqlSubset.SyntaxError | CheckError e) {
			problems.add(owner, where + ": " + e.getMessage());
			return null;
		}
	}

	private static final class CheckError extends Exception {
		private static final long serialVersionUID = 1L;

		CheckError(String message) {
			super(message);
		}
	}

	private ValueType type(Node node, Map<String, ValueType> variables) throws CheckError {
		if (node instanceof Var var) {
			ValueType type = variables.get(var.name());
			if (type == null) {
				throw new CheckError("no variable '" + var.name() + "' here");
			}
			return type;
		}
		if (node instanceof Literal literal) {
			return ValueType.value(literal.value().getClass());
		}
		if (node instanceof Qualified qualified) {
			List<String> segments = qualified.segments();
			if (!"wpo".equals(segments.get(0))) {
				throw new CheckError("'" + segments.get(0) + "' is not the WPO metamodel");
			}
			EClassifier classifier = WpoPackage.eINSTANCE.getEClassifier(segments.get(1));
			if (classifier == null) {
				throw new CheckError("the WPO metamodel has no type " + segments.get(1));
			}
			if (segments.size() == 3) {
				if (!(classifier instanceof EEnum eEnum) || eEnum.getEEnumLiteral(segments.get(2)) == null) {
					throw new CheckError(segments.get(1) + " has no literal " + segments.get(2));
				}
				return ValueType.value(eEnum.getInstanceClass());
			}
			return ValueType.value(EClass.class);
		}
		if (node instanceof Navigation navigation) {
			return navigate(type(navigation.receiver(), variables), navigation.name());
		}
		if (node instanceof Call call) {
			List<ValueType> arguments = new ArrayList<>();
			for (Node argument : call.arguments()) {
				arguments.add(type(argument, variables));
			}
			return call(type(call.receiver(), variables), call.name(), arguments);
		}
		if (node instanceof Not not) {
			requireBoolean(type(not.operand(), variables), "not");
			return BOOLEAN;
		}
		Binary binary = (Binary) node;
		ValueType left = type(binary.left(), variables);
		ValueType right = type(binary.right(), variables);
		return switch (binary.operator()) {
		case "and", "or" -> {
			requireBoolean(left, binary.operator());
			requireBoolean(right, binary.operator());
			yield BOOLEAN;
		}
		case "=", "<>" -> BOOLEAN;
		default -> {
			if (!String.class.equals(left.java()) && !String.class.equals(right.java())) {
				throw new CheckError("'+' joins strings, not " + left + " and " + right);
			}
			yield STRING;
		}
		};
	}

	private static void requireBoolean(ValueType type, String operator) throws CheckError {
		if (!Boolean.class.equals(type.java()) || type.many()) {
			throw new CheckError("'" + operator + "' needs a boolean, not " + type);
		}
	}

	/** A feature of the receiver's class; on a collection, of its elements (AQL's implicit collect). */
	private ValueType navigate(ValueType receiver, String name) throws CheckError {
		if (receiver == null) {
			throw new CheckError("'self' is not defined here; use a variable of the tool");
		}
		if (receiver.eClass() == null) {
			throw new CheckError(receiver + " has no feature '" + name + "'");
		}
		EStructuralFeature feature = receiver.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new CheckError(receiver.eClass().getName() + " has no feature '" + name + "'");
		}
		boolean many = receiver.many() || feature.isMany();
		if (feature instanceof EReference reference) {
			return new ValueType(reference.getEReferenceType(), null, many);
		}
		Class<?> java = feature.getEType().getInstanceClass();
		return new ValueType(null, java == null ? Object.class : box(java), many);
	}

	/** A service method of the checked classes, called on a receiver with arguments. */
	private ValueType call(ValueType receiver, String name, List<ValueType> arguments) throws CheckError {
		if (receiver == null) {
			throw new CheckError("'self' is not defined here; use a variable of the tool");
		}
		if (receiver.many()) {
			throw new CheckError("service " + name + " called on " + receiver + "; services take one object");
		}
		List<String> seen = new ArrayList<>();
		for (Class<?> service : services) {
			for (Method method : service.getMethods()) {
				if (!method.getName().equals(name) || method.getDeclaringClass() == Object.class) {
					continue;
				}
				seen.add(signature(method));
				Class<?>[] parameters = method.getParameterTypes();
				if (parameters.length != arguments.size() + 1 || !accepts(parameters[0], receiver)) {
					continue;
				}
				boolean fits = true;
				for (int i = 0; i < arguments.size(); i++) {
					fits &= accepts(parameters[i + 1], arguments.get(i));
				}
				if (fits) {
					return returned(method);
				}
			}
		}
		String called = name + "(" + receiver + (arguments.isEmpty() ? "" : ", ")
				+ String.join(", ", arguments.stream().map(ValueType::toString).toList()) + ")";
		throw new CheckError(seen.isEmpty() ? "no service named " + name
				: "no service " + called + "; there are " + String.join(", ", seen));
	}

	private static boolean accepts(Class<?> parameter, ValueType argument) {
		if (argument.many()) {
			return Collection.class.isAssignableFrom(parameter);
		}
		return box(parameter).isAssignableFrom(argument.javaType());
	}

	private ValueType returned(Method method) {
		Class<?> type = method.getReturnType();
		if (Collection.class.isAssignableFrom(type)) {
			Type generic = method.getGenericReturnType();
			if (generic instanceof ParameterizedType parameterized
					&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
				ValueType single = returnedSingle(element);
				return new ValueType(single.eClass(), single.java(), true);
			}
			return new ValueType(null, Object.class, true);
		}
		return returnedSingle(type);
	}

	private static ValueType returnedSingle(Class<?> type) {
		for (EClassifier classifier : WpoPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && type.equals(eClass.getInstanceClass())) {
				return ValueType.of(eClass);
			}
		}
		if (EObject.class.equals(type)) {
			return ValueType.of(EcorePackage.Literals.EOBJECT);
		}
		return ValueType.value(box(type));
	}

	private static String signature(Method method) {
		return method.getName() + "(" + String.join(", ",
				Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList()) + ")";
	}

	private static Class<?> box(Class<?> type) {
		if (type == boolean.class) {
			return Boolean.class;
		}
		if (type == int.class) {
			return Integer.class;
		}
		return type;
	}
}
