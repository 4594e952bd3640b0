package org.lodestar.platform.security;

import java.util.Map;
import org.lodestar.platform.ApiTokens;
import org.lodestar.platform.Role;
import org.lodestar.platform.internal.Users;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may call what. The API is stateless (HTTP Basic or a personal token on every call, no session, so no CSRF
 * exposure); the web UI uses form login with a session and CSRF tokens on every form and htmx request.
 * Finer rules (who may edit which project) are enforced by the modules' services, for web and API alike.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    /** Lodestar uses none of the browser's powerful features; pages may not ask for them either. */
    private static final StaticHeadersWriter PERMISSIONS_POLICY = new StaticHeadersWriter("Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()");

    /** A wrong password back to the sign-in page with "error", a locked account or address with "locked". */
    private static AuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(SignInThrottle.Locked.class.getName(), "/login?locked"));
        return failures;
    }

    /**
     * BCrypt at Spring Security's default cost (10) unless {@code lodestar.security.password-cost} says otherwise.
     * The test suites lower it to BCrypt's minimum, 4: thousands of HTTP Basic requests each verify a password, and
     * at cost 10 those checks alone took minutes of the CI budget. Hashes carry their own cost, so a database keeps
     * working whatever the setting.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${lodestar.security.password-cost:10}") int cost) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Users users, SignInThrottle throttle,
                            MessageSource messages) throws Exception {
        var unauthorized = ProblemResponses.unauthorized(messages);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, users, unauthorized, throttle),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new RequestUserFilter(), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.addHeaderWriter(PERMISSIONS_POLICY))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden(messages)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMINISTRATOR.name()))
                .httpBasic(Customizer.withDefaults())
                .addFilterAfter(new RequestUserFilter(), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.addHeaderWriter(PERMISSIONS_POLICY));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, Users users) throws Exception {
        http.addFilterAfter(new AccountRefreshFilter(users), SecurityContextHolderFilter.class)
                .addFilterAfter(new RequestUserFilter(), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.svg",
                                "/error").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/admin/audit").hasAnyRole(Role.ADMINISTRATOR.name(), Role.PMO.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler(signInFailures()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers
                        .addHeaderWriter(PERMISSIONS_POLICY)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
