package org.lodestar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lodestar.platform.NewPerson;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Role;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Scheduled distribution over a real socket to an SMTP server (GreenMail): each recipient gets the report as an
 * attachment, subject and text in their own language; a due day sends once; a recipient who may not read the report
 * is refused.
 */
class DistributionMailIntegrationTests extends IntegrationTestSupport {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportDistributions distributions;

    private Person person(String username, String language, Role role) {
        Person person = people.create(new NewPerson(username, "Distribution " + username, username + "@lodestar.example",
                null, null, Set.of(role), "a long demo password"));
        jdbc.sql("update app_user set preferred_locale = :language where id = :id")
                .param("language", language).param("id", person.id().value()).update();
        return person;
    }

    private static List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    private static BodyPart attachment(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() != null) return parts.getBodyPart(i);
        }
        throw new AssertionError("no attachment");
    }

    private static Map<String, Object> distribution(String name, String report, String format, String frequency,
                                                    int day, List<Long> recipients) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("report", report);
        d.put("format", format);
        d.put("frequency", frequency);
        d.put("runDay", day);
        d.put("recipientIds", recipients);
        return d;
    }

    @Test
    void eachRecipientGetsTheKpiPackInTheirLanguageAndADueDaySendsOnce() throws Exception {
        Person french = person("dist-fr", "fr", Role.EXECUTIVE);
        Person japanese = person("dist-ja", "ja", Role.PMO);
        Api pmo = Api.as(port, "pmo");
        int today = LocalDate.now().getDayOfWeek().getValue();
        Api.Response created = pmo.post("/api/v1/report-distributions", json(distribution("KPI Monday",
                "KPI_PACK", "EXCEL", "WEEKLY", today, List.of(french.id().value(), japanese.id().value()))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(distributions.sendDue(LocalDate.now())).isEqualTo(2);
        assertThat(distributions.sendDue(LocalDate.now())).as("sent once a day").isZero();

        MimeMessage toFrench = to("dist-fr@lodestar.example").get(0);
        assertThat(toFrench.getSubject()).isEqualTo("[Lodestar] KPI Monday du " + LocalDate.now());
        BodyPart workbook = attachment(toFrench);
        assertThat(workbook.getFileName()).isEqualTo("kpi-pack-" + LocalDate.now() + ".xlsx");
        try (InputStream in = workbook.getInputStream(); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Indicateur");
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= book.getSheetAt(0).getLastRowNum(); r++) {
                names.add(book.getSheetAt(0).getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).contains("Ponctualité des rapports", "Livraison dans les délais");
        }
        assertThat(to("dist-ja@lodestar.example").get(0).getSubject()).isEqualTo("[Lodestar] KPI Monday（" + LocalDate.now() + "）");
    }

    @Test
    void theSteeringPackGoesAsPdfAndARecipientWhoMayNotReadItIsRefused() throws Exception {
        Person korean = person("dist-ko", "ko", Role.PORTFOLIO_MANAGER);
        Person requester = person("dist-req", "en", Role.REQUESTER);
        Api pmo = Api.as(port, "pmo");
        Api.Response refused = pmo.post("/api/v1/report-distributions", json(distribution("Pack", "STEERING_PACK",
                "PDF", "MONTHLY", 1, List.of(korean.id().value(), requester.id().value()))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("recipientIds");
        Api.Response badDay = pmo.post("/api/v1/report-distributions", json(distribution("Pack", "STEERING_PACK",
                "PDF", "MONTHLY", 29, List.of(korean.id().value()))));
        assertThat(badDay.json().get("errors").get(0).get("field").asString()).isEqualTo("runDay");
        assertThat(Api.as(port, "exec").post("/api/v1/report-distributions", json(distribution("Pack",
                "STEERING_PACK", "PDF", "MONTHLY", 1, List.of(korean.id().value())))).status()).isEqualTo(403);

        JsonNode created = pmo.post("/api/v1/report-distributions", json(distribution("Steering pack", "STEERING_PACK",
                "PDF", "MONTHLY", 1, List.of(korean.id().value())))).json();
        JsonNode sent = pmo.post("/api/v1/report-distributions/" + created.get("id").asLong() + "/send", "{}").json();
        assertThat(sent.get("mails").asInt()).isEqualTo(1);
        MimeMessage toKorean = to("dist-ko@lodestar.example").get(0);
        assertThat(toKorean.getSubject()).startsWith("[Lodestar] Steering pack");
        assertThat((String) ((MimeMultipart) toKorean.getContent()).getBodyPart(0).getContent().toString())
                .isNotBlank();
        BodyPart pdf = attachment(toKorean);
        try (InputStream in = pdf.getInputStream()) {
            assertThat(new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        assertThat(pmo.get("/api/v1/report-distributions/" + created.get("id").asLong()).json().get("lastSentOn")
                .asString()).isEqualTo(LocalDate.now().toString());
    }
}
