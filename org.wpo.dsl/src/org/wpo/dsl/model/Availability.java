package org.wpo.dsl.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;

/**
 * The products an element or a relation applies to, from its {@code applies} (an element) or
 * {@code only} (a relation) statement and the order of the product lines ({@link ProductLines}):
 * {@code applies from A to B} is every product from A to B in that order.
 */
public final class Availability {

	private Availability() {
	}

	/**
	 * The statement that says which products an element applies to: the first in its body, else the
	 * first in an {@code extend} block of it (an extension may add one where the element has none);
	 * null when nothing restricts it.
	 */
	public static Applicability statement(Element element) {
		if (!element.getApplicabilities().isEmpty()) {
			return element.getApplicabilities().get(0);
		}
		for (Extension extension : ModelGraph.shared(element).extensions(element)) {
			if (!extension.getApplicabilities().isEmpty()) {
				return extension.getApplicabilities().get(0);
			}
		}
		return null;
	}

	/**
	 * The products the element applies to, or empty when it says nothing (it is then not
	 * restricted) or when its statement cannot be evaluated (see {@link #problem}).
	 */
	public static Optional<Set<Product>> of(Element element) {
		return products(statement(element));
	}

	/** The products a relation holds in (its {@code only} condition), or empty when it holds in all. */
	public static Optional<Set<Product>> of(Relation relation) {
		return products(relation.getCondition());
	}

	/** The products of one statement, or empty for none, or one that cannot be evaluated. */
	public static Optional<Set<Product>> products(Applicability applicability) {
		if (applicability == null || !resolved(applicability) || problem(applicability) != null) {
			return Optional.empty();
		}
		if (!applicability.getProducts().isEmpty()) {
			return Optional.of(new LinkedHashSet<>(applicability.getProducts()));
		}
		Product from = applicability.getFrom();
		Product to = applicability.getTo();
		List<Product> order = ProductLines.of(applicability).line(from != null ? from : to);
		int first = from == null ? 0 : order.indexOf(from);
		int last = to == null ? order.size() - 1 : order.indexOf(to);
		return Optional.of(new LinkedHashSet<>(order.subList(first, last + 1)));
	}

	/** Whether every product the statement names was found (the linker reports those that were not). */
	public static boolean resolved(Applicability applicability) {
		Product from = applicability.getFrom();
		Product to = applicability.getTo();
		if (!applicability.getProducts().isEmpty()) {
			return applicability.getProducts().stream().noneMatch(p -> p == null || p.eIsProxy());
		}
		return (from != null || to != null) && (from == null || !from.eIsProxy()) && (to == null || !to.eIsProxy());
	}

	/** Why a resolved statement names no products, or null when it names some. */
	public static String problem(Applicability applicability) {
		Product from = applicability.getFrom();
		Product to = applicability.getTo();
		if (resolved(applicability) && from != null && to != null) {
			ProductLines lines = ProductLines.of(applicability);
			if (!lines.sameLine(from, to)) {
				return "'" + from.getName() + "' and '" + to.getName()
						+ "' belong to different product lines, so no range runs from one to the other"
						+ " (a products list continues a line with: products after \"LAST PRODUCT\" { ... })";
			}
			List<Product> order = lines.line(from);
			if (order.indexOf(from) > order.indexOf(to)) {
				return "'" + from.getName() + "' comes after '" + to.getName()
						+ "' in the product list, so the range is empty";
			}
		}
		return null;
	}

	/** Products in {@code needed} that {@code available} lacks, in order. */
	public static List<Product> missing(Set<Product> needed, Set<Product> available) {
		List<Product> result = new ArrayList<>();
		for (Product product : needed) {
			if (!available.contains(product)) {
				result.add(product);
			}
		}
		return result;
	}
}
