package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Notices by mail, over a real socket to an SMTP server (GreenMail). */
class InboxMailIntegrationTests extends IntegrationTestSupport {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    Inbox inbox;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private Person person(String username, String language) {
        Person person = people.create(new NewPerson(username, "Mail " + username, username + "@lodestar.example",
                null, null, Set.of(Role.REQUESTER), null));
        jdbc.sql("update app_user set preferred_locale = :language where id = :id")
                .param("language", language).param("id", person.id().value()).update();
        return person;
    }

    private static Notice rejected() {
        return Notice.of("intake.notice.REJECTED", "/requests/4242", "REQ-4242", "Mail trial", "Out of budget")
                .about("projectRequest", 4242);
    }

    @Test
    void eachRecipientIsMailedInTheirPreferredLanguageWithTheLink() throws Exception {
        Person japanese = person("mail-ja", "ja");
        Person korean = person("mail-ko", "ko");
        Person unset = person("mail-none", null);

        inbox.send(List.of(japanese.id(), korean.id(), unset.id()), rejected());

        assertThat(mailTo("mail-ja@lodestar.example")).startsWith("[Lodestar] 申請 REQ-4242 が却下されました\n")
                .contains("あなたの申請 REQ-4242 Mail trial は却下されました：Out of budget")
                .contains("http://localhost:8080/requests/4242");
        assertThat(mailTo("mail-ko@lodestar.example")).startsWith("[Lodestar] 요청 REQ-4242 거절됨\n")
                .contains("Out of budget");
        assertThat(mailTo("mail-none@lodestar.example")).as("the installation's mail language, English")
                .startsWith("[Lodestar] Request REQ-4242 rejected\n");
    }

    @Test
    void aNoticeSentInATransactionThatRollsBackIsNeitherStoredNorMailed() throws Exception {
        Person person = person("mail-rollback", "fr");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            inbox.send(List.of(person.id()), rejected());
            status.setRollbackOnly();
        });

        // the mail would have been handed to the server before send returned: none was
        assertThat(received("mail-rollback@lodestar.example")).isEmpty();
        assertThat(jdbc.sql("select count(*) from notice where recipient = :id").param("id", person.id().value())
                .query(Long.class).single()).isZero();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                inbox.send(List.of(person.id()), rejected()));
        assertThat(received("mail-rollback@lodestar.example")).hasSize(1);
    }

    private static List<MimeMessage> received(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> recipients(message).contains(address))
                .toList();
    }

    /** The one mail to the address: its subject, a line break and its text. */
    private static String mailTo(String address) throws MessagingException, java.io.IOException {
        List<MimeMessage> mails = received(address);
        assertThat(mails).hasSize(1);
        return mails.get(0).getSubject() + "\n" + mails.get(0).getContent();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
