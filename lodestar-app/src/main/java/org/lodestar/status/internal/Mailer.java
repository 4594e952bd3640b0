package org.lodestar.status.internal;

import java.util.Locale;
import org.lodestar.platform.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends notification e-mails over SMTP when a mail server is configured ({@code spring.mail.host}); without one,
 * people get the in-app notifications only. A failed delivery is logged, never a failure of the user's action.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;
    private final Locale locale;

    Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages,
           @Value("${lodestar.mail.from:lodestar@localhost}") String from,
           @Value("${lodestar.base-url:http://localhost:8080}") String baseUrl,
           @Value("${lodestar.mail.language:en}") String language) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.locale = Locale.forLanguageTag(language);
    }

    /** Mails the person the subject and text of these message keys, with a link to the path. */
    void send(Person to, String subjectKey, String textKey, Object[] arguments, String path) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to.email() == null || to.email().isBlank() || !to.enabled()) return;
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.email());
        message.setSubject(messages.getMessage(subjectKey, arguments, locale));
        message.setText(messages.getMessage(textKey, arguments, locale) + "\n\n" + baseUrl + path + "\n");
        try {
            mail.send(message);
        } catch (MailException failed) {
            log.warn("Could not mail {} about {}: {}", to.username(), subjectKey, failed.getMessage());
        }
    }
}
