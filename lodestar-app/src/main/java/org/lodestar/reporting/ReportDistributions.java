package org.lodestar.reporting;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.lodestar.performance.Kpis;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.Languages;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.Reference;
import org.lodestar.reporting.internal.Distribution;
import org.lodestar.reporting.internal.DistributionStore;
import org.lodestar.reporting.internal.KpiPack;
import org.lodestar.reporting.internal.PdfFonts;
import org.lodestar.status.DashboardFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduled distribution of reports: the PMO (DISTRIBUTE_REPORTS) keeps distributions, audited; each due day the
 * job mails every recipient the report as PDF or Excel, made with the recipient's own rights and in their own
 * language (their preferred one, else {@code lodestar.mail.language}). A recipient who may not read the report is
 * 400 naming {@code recipientIds}, as is a day outside the frequency's range ({@code runDay}). A failed delivery is
 * logged and the others still go; a distribution is sent at most once a day.
 */
@Service
public class ReportDistributions {

    static final String AUDIT_TYPE = "report-distribution";
    private static final Logger log = LoggerFactory.getLogger(ReportDistributions.class);

    private final DistributionStore store;
    private final SteeringPacks packs;
    private final Kpis kpis;
    private final PortfolioRegistry portfolios;
    private final OrganisationRights rights;
    private final People people;
    private final RunAs runAs;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final PdfFonts fonts;
    private final Clock clock;
    private final String from;
    private final Locale defaultLocale;
    private final AuditedChanges.Kind<Distribution> kind;

    ReportDistributions(DistributionStore store, SteeringPacks packs, Kpis kpis, PortfolioRegistry portfolios,
                        OrganisationRights rights, People people, RunAs runAs, InputValidation validation,
                        AuditedChanges changes, ObjectProvider<JavaMailSender> mail, MessageSource messages,
                        PdfFonts fonts, Clock clock, @Value("${lodestar.mail.from:lodestar@localhost}") String from,
                        @Value("${lodestar.mail.language:en}") String language) {
        this.store = store;
        this.packs = packs;
        this.kpis = kpis;
        this.portfolios = portfolios;
        this.rights = rights;
        this.people = people;
        this.runAs = runAs;
        this.validation = validation;
        this.changes = changes;
        this.mail = mail;
        this.messages = messages;
        this.fonts = fonts;
        this.clock = clock;
        this.from = from;
        this.defaultLocale = Languages.of(language).orElse(Locale.ENGLISH);
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, store::findById, store::save, Distribution::id,
                Distribution::version, Distribution::name, this::snapshot);
    }

    @Transactional(readOnly = true)
    public List<DistributionView> list() {
        rights.require(OrganisationAct.DISTRIBUTE_REPORTS);
        Map<Long, Person> names = people.byId();
        return store.findAllByOrderByNameAscIdAsc().stream().map(d -> view(d, names)).toList();
    }

    @Transactional(readOnly = true)
    public DistributionView get(long id) {
        rights.require(OrganisationAct.DISTRIBUTE_REPORTS);
        return view(changes.load(kind, id), people.byId());
    }

    @Transactional
    public DistributionView create(DistributionCommand command) {
        rights.require(OrganisationAct.DISTRIBUTE_REPORTS);
        check(command);
        Distribution distribution = Distribution.create(Instant.now(clock));
        define(distribution, command);
        return view(changes.create(kind, distribution), people.byId());
    }

    @Transactional
    public DistributionView change(long id, DistributionCommand command) {
        rights.require(OrganisationAct.DISTRIBUTE_REPORTS);
        Distribution distribution = changes.load(kind, id);
        AuditedChanges.Change<Distribution> change = changes.change(kind, distribution, command == null ? null : command.version());
        check(command);
        return view(change.apply(d -> define(d, command)), people.byId());
    }

    /**
     * Sends the distribution to its recipients now, whatever its schedule; the number of mails sent. Not one
     * transaction: each recipient's report is read in its own, so one refused cannot undo the others.
     */
    public int sendNow(long id) {
        rights.require(OrganisationAct.DISTRIBUTE_REPORTS);
        return send(changes.load(kind, id));
    }

    /** The job's round: sends every active distribution due on the day and not sent on it yet. */
    public int sendDue(LocalDate day) {
        int sent = 0;
        for (Distribution d : store.findAll()) {
            if (d.active() && due(d, day) && !day.equals(d.lastSentOn())) sent += send(d);
        }
        return sent;
    }

    static boolean due(Distribution d, LocalDate day) {
        return d.frequency().equals("WEEKLY") ? day.getDayOfWeek().getValue() == d.runDay() : day.getDayOfMonth() == d.runDay();
    }

    private int send(Distribution d) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("No mail server (spring.mail.host): distribution {} not sent.", d.id());
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        Map<Long, Person> names = people.byId();
        for (Long recipient : d.recipients()) {
            Person person = names.get(recipient);
            if (person == null || !person.enabled() || person.email() == null || person.email().isBlank()) continue;
            Locale locale = Languages.of(person.preferredLanguage()).orElse(defaultLocale);
            try {
                byte[] document = runAs.call(person.username(), () -> render(d, locale, today));
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(person.email());
                helper.setSubject(messages.getMessage("distribution.mail.subject", new Object[] {d.name(), today.toString()}, locale));
                helper.setText(messages.getMessage("distribution.mail.text", new Object[] {d.name(),
                        messages.getMessage("distribution.report." + d.report(), null, locale)}, locale));
                String file = (d.report().equals("KPI_PACK") ? "kpi-pack-" : "steering-pack-") + today
                        + (d.format().equals("PDF") ? ".pdf" : ".xlsx");
                helper.addAttachment(file, new ByteArrayResource(document), d.format().equals("PDF") ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                sender.send(message);
                sent++;
            } catch (MessagingException | RuntimeException failed) { // one bad address or report stops no other mail
                log.warn("Could not send distribution {} to {}: {}", d.id(), person.username(), failed.getMessage());
            }
        }
        d.sent(today, Instant.now(clock));
        store.save(d);
        return sent;
    }

    /** The report as the recipient may read it, in their language. */
    private byte[] render(Distribution d, Locale locale, LocalDate today) {
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (d.report().equals("KPI_PACK")) {
                KpiPack pack = new KpiPack(messages, fonts);
                if (d.format().equals("PDF")) pack.writePdf(kpis.dashboard(), today, locale, bytes);
                else pack.writeExcel(kpis.dashboard(), today, locale, bytes);
            } else {
                SteeringPack pack = packs.pack(new DashboardFilter(d.portfolio(), null, null, null, null, null, null), locale);
                if (d.format().equals("PDF")) packs.writePdf(pack, bytes);
                else packs.writeExcel(pack, bytes);
            }
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    private void check(DistributionCommand command) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command != null && command.frequency() != null) {
            int max = command.frequency() == DistributionCommand.Frequency.WEEKLY ? 7 : 28;
            if (command.runDay() == null || command.runDay() < 1 || command.runDay() > max) {
                problems.add("runDay", "distribution.validation.runDay", max);
            }
        }
        if (command != null && command.portfolioId() != null
                && portfolios.portfolios().stream().noneMatch(p -> p.id() == command.portfolioId())) {
            problems.add("portfolioId", "validation.reference.unknown");
        }
        if (command != null && command.recipientIds() != null && command.report() != null) {
            OrganisationAct needed = command.report() == DistributionCommand.Report.KPI_PACK
                    ? OrganisationAct.READ_KPIS : OrganisationAct.READ_PROJECT_DETAIL;
            Map<Long, Person> names = people.byId();
            for (Long id : command.recipientIds()) {
                Person person = id == null ? null : names.get(id);
                if (person == null) {
                    problems.add("recipientIds", "validation.reference.unknown");
                } else if (!person.canSignIn() || person.roles().stream().noneMatch(needed.roles()::contains)) {
                    // the report is made with the recipient's own rights, so they need an account that holds them
                    problems.add("recipientIds", "distribution.validation.recipient", person.displayName());
                }
            }
        }
        problems.throwIfAny();
    }

    private void define(Distribution d, DistributionCommand c) {
        d.define(c.name().strip(), c.report().name(), c.format().name(), c.frequency().name(), c.runDay(),
                c.report() == DistributionCommand.Report.STEERING_PACK ? c.portfolioId() : null,
                c.active() == null || c.active(), new LinkedHashSet<>(c.recipientIds()), Instant.now(clock));
    }

    private DistributionView view(Distribution d, Map<Long, Person> names) {
        List<Reference> recipients = new ArrayList<>();
        for (Long id : d.recipients()) {
            Person p = names.get(id);
            recipients.add(new Reference(id, p == null ? null : p.username(), p == null ? "" : p.displayName()));
        }
        Reference portfolio = d.portfolio() == null ? null : portfolios.portfolios().stream()
                .filter(p -> p.id() == d.portfolio()).findFirst()
                .map(p -> new Reference(p.id(), p.code(), p.name())).orElse(null);
        return new DistributionView(d.id(), d.name(), DistributionCommand.Report.valueOf(d.report()),
                DistributionCommand.Format.valueOf(d.format()), DistributionCommand.Frequency.valueOf(d.frequency()),
                d.runDay(), portfolio, d.active(), recipients, d.lastSentOn(), d.version());
    }

    private Map<String, String> snapshot(Distribution d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", d.name());
        fields.put("report", d.report());
        fields.put("format", d.format());
        fields.put("frequency", d.frequency());
        fields.put("runDay", Integer.toString(d.runDay()));
        fields.put("active", Boolean.toString(d.active()));
        Map<Long, Person> names = people.byId();
        fields.put("recipients", String.join(", ", d.recipients().stream()
                .map(id -> names.containsKey(id) ? names.get(id).displayName() : Objects.toString(id)).toList()));
        return fields;
    }
}
