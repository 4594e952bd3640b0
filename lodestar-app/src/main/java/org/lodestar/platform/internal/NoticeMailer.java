package org.lodestar.platform.internal;

import java.util.Locale;
import org.lodestar.platform.Languages;
import org.lodestar.platform.Notice;
import org.lodestar.platform.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails notices over SMTP when a mail server is configured ({@code spring.mail.host}); without one, people read
 * them in the app only. Each mail is written in the recipient's preferred language, else in
 * {@code lodestar.mail.language}. A failed delivery is logged, never a failure of the user's action.
 */
@Component
public class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NoticeTexts texts;
    private final String from;
    private final String baseUrl;
    private final Locale defaultLocale;

    NoticeMailer(ObjectProvider<JavaMailSender> sender, NoticeTexts texts,
                 @Value("${lodestar.mail.from:lodestar@localhost}") String from,
                 @Value("${lodestar.base-url:http://localhost:8080}") String baseUrl,
                 @Value("${lodestar.mail.language:en}") String language) {
        this.sender = sender;
        this.texts = texts;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.defaultLocale = Languages.of(language).orElse(Locale.ENGLISH);
    }

    /** Mails the notice to the person, in their language, with a link to its page. */
    public void send(Person to, Notice notice) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to.email() == null || to.email().isBlank() || !to.enabled()) return;
        Locale locale = Languages.of(to.preferredLanguage()).orElse(defaultLocale);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.email());
        message.setSubject(texts.subject(notice.messageKey(), notice.arguments(), locale));
        String link = notice.link() == null ? "" : "\n\n" + baseUrl + notice.link() + "\n";
        message.setText(texts.text(notice.messageKey(), notice.arguments(), locale) + link);
        try {
            mail.send(message);
        } catch (MailException failed) {
            log.warn("Could not mail {} about {}: {}", to.username(), notice.messageKey(), failed.getMessage());
        }
    }
}
