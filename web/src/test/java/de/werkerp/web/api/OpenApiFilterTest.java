package de.werkerp.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

/** The operation names and summaries the OpenAPI filter derives from method and path. */
class OpenApiFilterTest {

    @Test
    void operationIdFollowsMethodAndPath() {
        assertEquals("getEinrichtungen", OpenApiFilter.operationId(HttpMethod.GET, "/api/v1/einrichtungen"));
        assertEquals("getEinrichtungenById", OpenApiFilter.operationId(HttpMethod.GET, "/api/v1/einrichtungen/{id}"));
        assertEquals("putGruppenById", OpenApiFilter.operationId(HttpMethod.PUT, "/api/v1/gruppen/{id}"));
        assertEquals("postRechnerSozialversicherung",
                OpenApiFilter.operationId(HttpMethod.POST, "/api/v1/rechner/sozialversicherung"));
        // hyphens, dots and umlauts become plain Java-friendly words
        assertEquals("getAbrechnungOffenePostenCsv",
                OpenApiFilter.operationId(HttpMethod.GET, "/api/v1/abrechnung/offene-posten.csv"));
        assertEquals("getWahlenByIdByDokumentPdf",
                OpenApiFilter.operationId(HttpMethod.GET, "/api/v1/wahlen/{id}/{dokument}.pdf"));
        assertEquals("getReferenzdatenRechengroessen",
                OpenApiFilter.operationId(HttpMethod.GET, "/api/v1/referenzdaten/rechengrößen"));
    }

    @Test
    void theSamePathWithAnotherMethodGetsAnotherName() {
        assertNotEquals(OpenApiFilter.operationId(HttpMethod.GET, "/api/v1/gruppen/{id}"),
                OpenApiFilter.operationId(HttpMethod.DELETE, "/api/v1/gruppen/{id}"));
    }

    @Test
    void summaryNamesSubjectAndAction() {
        assertEquals("einrichtungen: abrufen", OpenApiFilter.summary(HttpMethod.GET, "/api/v1/einrichtungen"));
        assertEquals("gruppen: lesen", OpenApiFilter.summary(HttpMethod.GET, "/api/v1/gruppen/{id}"));
        assertEquals("gruppen: ändern", OpenApiFilter.summary(HttpMethod.PUT, "/api/v1/gruppen/{id}"));
        assertEquals("gruppen: löschen oder deaktivieren", OpenApiFilter.summary(HttpMethod.DELETE, "/api/v1/gruppen/{id}"));
    }
}
