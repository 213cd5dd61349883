package org.wpo.edit;

/**
 * Why an edit cannot be made on the loaded model: a precondition that does not hold, or an object
 * that is not there. The editor turns it into a refused {@link EditResult}; callers never see it.
 */
public class Refusal extends Exception {

	private static final long serialVersionUID = 1L;

	public Refusal(String reason) {
		super(reason);
	}
}
