package dev.portrayal.eval;

import java.io.IOException;

/** The endpoint refused a request, or kept failing after every retry. */
public final class EndpointException extends IOException {
    private final int status;

    public EndpointException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The last HTTP status, or 0 when no response came back. */
    public int status() {
        return status;
    }
}
