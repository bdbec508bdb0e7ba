package org.diplograph;

/**
 * The one unchecked root of every exception Diplograph throws on purpose.
 *
 * <p>Subtypes say what kind of trouble it is: {@link InvalidInputException} for input that cannot
 * be accepted, {@link NotFoundException} for a name or id that names nothing, and
 * {@link DatabaseUnavailableException} when the graph cannot be reached. Messages are whole
 * sentences that say what to do.
 */
public class DiplographException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message a whole sentence saying what went wrong and what to do
     */
    public DiplographException(String message) {
        super(message);
    }

    /**
     * @param message a whole sentence saying what went wrong and what to do
     * @param cause   the underlying failure
     */
    public DiplographException(String message, Throwable cause) {
        super(message, cause);
    }
}
