package org.wpo.query;

import java.util.Optional;
import java.util.Set;

import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;

/**
 * The product a query is asked about, or every product. An element applies to a product when its
 * {@code applies} statement (in its body or an {@code extend} block) includes it, along the product
 * lines ({@code products after} continues a line); an element that states nothing applies to every
 * product. A relation holds in a product unless its {@code only} condition leaves the product out.
 */
public final class ProductScope {

	/** No product filter: everything applies and every relation holds. */
	public static final ProductScope ALL = new ProductScope(null);

	private final Product product;

	private ProductScope(Product product) {
		this.product = product;
	}

	public static ProductScope of(Product product) {
		return product == null ? ALL : new ProductScope(product);
	}

	/** The product asked about, or null for every product. */
	public Product product() {
		return product;
	}

	public boolean applies(Element element) {
		return whyNot(element) == null;
	}

	public boolean holds(Relation relation) {
		return whyNot(relation) == null;
	}

	/** Null when the element applies to the product, else its statement, such as "applies from Windows 8". */
	public String whyNot(Element element) {
		return product == null ? null : whyNot(Availability.statement(element), "applies ");
	}

	/** Null when the relation holds in the product, else its condition, such as "only from Windows 8". */
	public String whyNot(Relation relation) {
		return product == null ? null : whyNot(relation.getCondition(), "only ");
	}

	private String whyNot(Applicability statement, String keyword) {
		if (statement == null) {
			return null;
		}
		Optional<Set<Product>> products = Availability.products(statement);
		return products.isEmpty() || products.get().contains(product) ? null
				: keyword + Labels.applicability(statement);
	}
}
