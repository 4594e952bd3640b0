package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lodestar.web.AuthorisationMatrix.Context;
import org.lodestar.web.AuthorisationMatrix.Endpoint;

class AuthorisationMatrixTests {

    private static final String HEADER = "method path anonymous admin pmo portfolio pm resource exec member requester\n";

    @Test
    void aCellWithASlashExpectsOneAnswerOnTheOwnAndAnotherOnTheForeignRecord() {
        AuthorisationMatrix matrix = AuthorisationMatrix.parse(HEADER + """
                # a comment
                PUT    /api/v1/projects/{id}   401  allow  allow  allow/deny  allow/deny  deny  deny  allow/deny  deny
                """);

        Endpoint put = new Endpoint("PUT", "/api/v1/projects/{id}");
        assertThat(matrix.problems()).isEmpty();
        assertThat(matrix.endpoints()).containsExactly(put);
        assertThat(matrix.cell(put, "pm").expected(Context.OWN)).isEqualTo("allow");
        assertThat(matrix.cell(put, "pm").expected(Context.FOREIGN)).isEqualTo("deny");
        assertThat(matrix.cell(put, "exec").expected(Context.OWN)).isEqualTo("deny");
        assertThat(matrix.cell(put, "anonymous").expected(Context.NONE)).isEqualTo("401");
    }

    @Test
    void unknownAnswersMissingColumnsAndRepeatedRowsAreProblemsNamingTheLine() {
        AuthorisationMatrix matrix = AuthorisationMatrix.parse(HEADER + """
                GET  /a  401  allow  allow  allow  allow  allow  allow  allow  maybe
                GET  /b  401  allow  allow
                GET  /c  401  allow  allow  allow  allow  allow  allow  allow  allow/deny/404
                GET  /c  401  allow  allow  allow  allow  allow  allow  allow  allow
                """);

        assertThat(matrix.problems()).hasSize(4);
        assertThat(matrix.problems().get(0)).startsWith("line 2, requester: 'maybe'");
        assertThat(matrix.problems().get(1)).startsWith("line 3: expected method, path and 9 roles");
        assertThat(matrix.problems().get(2)).startsWith("line 4, requester: 'allow/deny/404'");
        assertThat(matrix.problems().get(3)).isEqualTo("line 5: GET /c twice");
    }

    @Test
    void answersAreReadAsTheTableWritesThem() {
        assertThat(AuthorisationMatrix.outcome(200, null)).isEqualTo("allow");
        assertThat(AuthorisationMatrix.outcome(400, null)).isEqualTo("allow");
        assertThat(AuthorisationMatrix.outcome(409, null)).isEqualTo("allow");
        assertThat(AuthorisationMatrix.outcome(302, "/projects/7")).isEqualTo("allow");
        assertThat(AuthorisationMatrix.outcome(302, "http://localhost/login")).isEqualTo("login");
        assertThat(AuthorisationMatrix.outcome(403, null)).isEqualTo("deny");
        assertThat(AuthorisationMatrix.outcome(404, null)).isEqualTo("404");
        assertThat(AuthorisationMatrix.outcome(401, null)).isEqualTo("401");
        assertThat(AuthorisationMatrix.outcome(500, null)).isEqualTo("error");
        assertThat(AuthorisationMatrix.outcome(503, "http://localhost/login")).isEqualTo("error");
    }

    @Test
    void readsComeFirstAndDeletesLastSoThatNoCallRemovesWhatALaterOneNeeds() {
        Endpoint delete = new Endpoint("DELETE", "/a");
        Endpoint post = new Endpoint("POST", "/b");
        Endpoint get = new Endpoint("GET", "/c");

        assertThat(new TreeSet<>(List.of(delete, post, get))).containsExactly(get, post, delete);
    }
}
