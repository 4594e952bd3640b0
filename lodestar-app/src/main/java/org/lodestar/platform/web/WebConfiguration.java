package org.lodestar.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.Inbox;
import org.lodestar.platform.Languages;
import org.lodestar.platform.People;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Locale and layout. The language comes from the browser's Accept-Language among those Lodestar speaks, else from
 * the signed-in person's preferred language, else English; the user can switch it ({@code ?lang=fr}), which a
 * cookie remembers.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The languages of the message bundles, English first (the fallback). */
    static final List<Locale> SUPPORTED = Languages.SUPPORTED;

    private final CurrentUser currentUser;
    private final Inbox inbox;
    private final People people;

    WebConfiguration(CurrentUser currentUser, Inbox inbox, People people) {
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.people = people;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lodestar-locale");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> requested(request)
                .orElseGet(() -> people.preferredLanguageOfCurrentUser().orElse(Locale.ENGLISH)));
        return resolver;
    }

    /**
     * Links are written as they are, not rewritten by Spring's {@code ResourceUrlEncodingFilter} (which Boot's
     * Thymeleaf configuration registers because the webjars locator turns the resource chain on). That filter looks
     * every link of a page up among the static resources and does not remember the misses: a scenario page listing
     * 2,000 requests spent 3.5 of its 3.9 seconds there. Webjars stay reachable by their paths without a version,
     * which the locator resolves when they are requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /** The best of Lodestar's languages for the browser's Accept-Language, if it names any. */
    static Optional<Locale> requested(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED));
            } catch (IllegalArgumentException malformed) {
                // a malformed header asks for nothing
            }
        }
        return Optional.empty();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor localeChange = new LocaleChangeInterceptor();
        localeChange.setParamName("lang");
        localeChange.setIgnoreInvalidLocale(true);
        registry.addInterceptor(localeChange);
        registry.addInterceptor(new LayoutInterceptor());
        registry.addInterceptor(new AuthorisedFirstInterceptor());
        registry.addInterceptor(new AsciiNumbersInterceptor());
    }

    /** A link that shows the current page in another language. */
    public record LanguageLink(Locale locale, String url) {
    }

    /**
     * The current page in each language, keeping its filters and tab. A page answered to a form post has no address
     * to show again, so its links lead to the home page.
     */
    static List<LanguageLink> languageLinks(HttpServletRequest request) {
        boolean get = "GET".equals(request.getMethod());
        return SUPPORTED.stream().map(locale -> new LanguageLink(locale, UriComponentsBuilder
                        .fromPath(get ? request.getRequestURI() : "/").query(get ? request.getQueryString() : null)
                        .replaceQueryParam("lang", locale.getLanguage()).build().toUriString()))
                .toList();
    }

    /** Puts what the shared layout needs into every page's model. */
    private final class LayoutInterceptor implements HandlerInterceptor {
        @Override
        public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                               ModelAndView view) {
            if (view == null || !view.hasView() || view.getViewName() == null
                    || view.getViewName().startsWith("redirect:")) {
                return;
            }
            currentUser.find().ifPresent(actor -> {
                view.addObject("actor", actor);
                view.addObject("unreadNotices", inbox.unread());
            });
            view.addObject("languageLinks", languageLinks(request));
            view.addObject("requestPath", request.getRequestURI());
        }
    }
}
