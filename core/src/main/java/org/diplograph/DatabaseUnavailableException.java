package org.diplograph;

/** The graph database cannot be reached, or went away and did not come back within the retries. */
public class DatabaseUnavailableException extends DiplographException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message a whole sentence saying what went wrong and what to do
     * @param cause   the driver's exception
     */
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
