package de.werkerp.web.api;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or path parameter that is no number or out of its range: 400 with a German message naming the parameter.
 * A {@link jakarta.ws.rs.WebApplicationException}, so that JAX-RS passes it on from the parameter conversion instead
 * of turning it into a 404.
 */
public class UngueltigerParameter extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public UngueltigerParameter(String parameter, String meldung) {
        super(meldung);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
