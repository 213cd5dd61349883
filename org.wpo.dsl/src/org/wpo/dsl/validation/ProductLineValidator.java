package org.wpo.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.wpo.dsl.model.ProductLines;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.ProductSet;

/**
 * Product lines across files: a {@code products after P} list continues the line of P only after its
 * last product, and only one list may continue a line at one place ({@link ProductLines} finds the
 * conflict; this reports it once, on the list that cannot continue, naming the other). An
 * {@code after} that names no product is reported by the linker alone.
 */
public class ProductLineValidator extends ComposedValidator {

	@Check(CheckType.NORMAL)
	public void checkContinuation(ProductSet set) {
		Product after = set.getAfter();
		if (after == null || after.eIsProxy()) {
			return;
		}
		ProductLines.Conflict conflict = ProductLines.of(set).conflict(set);
		if (conflict != null) {
			error("This products list cannot continue the line after '" + after.getName() + "': " + conflict.reason()
					+ ".", set, WPO.getProductSet_After(), WpoIssueCodes.PRODUCT_LINE_CONFLICT, after.getName());
		}
	}
}
